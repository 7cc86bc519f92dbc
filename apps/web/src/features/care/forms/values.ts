import { flOzToMl, formatNumber, mlToFlOz, type Units } from "@upnest/i18n";
import type { Allergen } from "@upnest/schemas";
import { parseDecimal, zodFieldErrors } from "../../../lib/forms.ts";
import { type CareEntry, type CareKind, definitionOf, entryValues } from "../entries.ts";
import { fromLocalInput, toLocalInput } from "../zone.ts";

// An entry's form, whatever its kind: what the person types (times on the family's clock, minutes, amounts in
// their units) and the kind's values as the API takes them (UTC instants, seconds, millilitres).

export type EntryFormValues = {
  /** The start (or the moment, for a diaper or a note), as a `datetime-local` value on the family's clock. */
  time: string;
  end: string;
  method: "breast" | "bottle" | "solids";
  side: "left" | "right" | "both";
  leftMinutes: string;
  rightMinutes: string;
  lastSide: "" | "left" | "right";
  amount: string;
  milk: "" | "breast-milk" | "formula" | "fortified";
  foods: string;
  allergens: Allergen[];
  reaction: string;
  sleepKind: "nap" | "night";
  contents: "wet" | "dirty" | "both";
  colour: "" | "yellow" | "green" | "brown" | "black" | "red" | "pale";
  consistency: "" | "watery" | "loose" | "soft" | "formed" | "hard";
  rash: boolean;
  minutes: string;
  text: string;
  label: string;
  unit: string;
  trackerAmount: string;
  notes: string;
  /** The entry's labels (an import's tags): kept unless the person removes one. */
  labels: string[];
};

const text = (value: unknown) => (typeof value === "string" ? value : "");
const minutesOf = (seconds: unknown) => (typeof seconds === "number" ? formatNumber(seconds / 60, "en", 1) : "");
const amountOf = (ml: unknown, units: Units) =>
  typeof ml === "number" ? formatNumber(units === "metric" ? ml : mlToFlOz(ml), "en", units === "metric" ? 0 : 1) : "";

/** The form's starting values: an entry's, else a new one at `now` (with any `preset`, e.g. a bottle). */
export function formValuesOf(
  kind: CareKind,
  entry: CareEntry | undefined,
  zone: string,
  units: Units,
  now: number,
  preset: Partial<EntryFormValues> = {},
): EntryFormValues {
  const v = entry ? entryValues(entry) : {};
  const start = text(v.startedAt) || text(v.at);
  return {
    // A sleep logged afterwards has a length: it starts an hour before now until it is told otherwise.
    time: toLocalInput(start || (kind === "sleeps" ? now - 3600_000 : now), zone),
    end: toLocalInput(text(v.endedAt) || now, zone),
    method: (v.method as EntryFormValues["method"]) ?? "breast",
    side: (v.side as EntryFormValues["side"]) ?? (kind === "pumpings" ? "both" : "left"),
    leftMinutes: minutesOf(v.leftSeconds),
    rightMinutes: minutesOf(v.rightSeconds),
    lastSide: (v.lastSide as EntryFormValues["lastSide"]) ?? "",
    amount: amountOf(v.amountMl, units),
    milk: (v.milk as EntryFormValues["milk"]) ?? "",
    foods: Array.isArray(v.foods) ? v.foods.join(", ") : "",
    allergens: Array.isArray(v.allergens) ? (v.allergens as Allergen[]) : [],
    reaction: text(v.reaction),
    sleepKind: (v.kind as EntryFormValues["sleepKind"]) ?? "nap",
    contents: (v.contents as EntryFormValues["contents"]) ?? "wet",
    colour: (v.colour as EntryFormValues["colour"]) ?? "",
    consistency: (v.consistency as EntryFormValues["consistency"]) ?? "",
    rash: v.rash === true,
    minutes: minutesOf(v.durationSeconds),
    text: text(v.text),
    label: text(v.label),
    unit: text(v.unit),
    trackerAmount: typeof v.amount === "number" ? String(v.amount) : "",
    notes: text(v.notes),
    labels: Array.isArray(v.labels) ? v.labels.map(String) : [],
    ...preset,
  };
}

/** The form field each value is typed in, for the schema's messages. */
const FIELD_OF: Record<string, keyof EntryFormValues> = {
  startedAt: "time",
  at: "time",
  endedAt: "end",
  leftSeconds: "leftMinutes",
  rightSeconds: "rightMinutes",
  amountMl: "amount",
  durationSeconds: "minutes",
  kind: "sleepKind",
  amount: "trackerAmount",
};
export const formFieldOf = (field: string) => FIELD_OF[field] ?? (field as keyof EntryFormValues);

const blank = (value: string) => (value.trim() === "" ? undefined : value.trim());
/** Typed minutes as whole seconds; what was typed unchanged keeps the stored seconds exactly. */
const seconds = (typed: string, initial: string, stored: unknown) => {
  if (typed === initial && typeof stored === "number") return stored;
  const minutes = parseDecimal(typed);
  return minutes === undefined ? undefined : Math.round(minutes * 60);
};
const millilitres = (typed: string, initial: string, stored: unknown, units: Units) => {
  if (typed === initial && typeof stored === "number") return stored;
  const amount = parseDecimal(typed);
  if (amount === undefined) return undefined;
  return units === "metric" ? amount : Math.round(flOzToMl(amount) * 10) / 10;
};

/** The kind's values from the form, or each field's first problem in the person's language. */
export function parseEntryForm(
  kind: CareKind,
  values: EntryFormValues,
  initial: EntryFormValues,
  stored: Record<string, unknown>,
  zone: string,
  units: Units,
):
  | { ok: true; values: Record<string, unknown> }
  | { ok: false; errors: Partial<Record<keyof EntryFormValues, string>> } {
  const time = fromLocalInput(values.time, zone) ?? values.time;
  const notes = blank(values.notes);
  const labels = values.labels.length > 0 ? { labels: values.labels } : {};
  const common = { timeZone: text(stored.timeZone) || zone, ...(notes ? { notes } : {}), ...labels };
  const draft: Record<string, unknown> = (() => {
    switch (kind) {
      case "feedings": {
        const base = { ...common, startedAt: time, method: values.method };
        if (values.method === "breast")
          return {
            ...base,
            side: values.side,
            leftSeconds: seconds(values.leftMinutes, initial.leftMinutes, stored.leftSeconds),
            rightSeconds: seconds(values.rightMinutes, initial.rightMinutes, stored.rightSeconds),
            lastSide: values.lastSide || undefined,
          };
        if (values.method === "bottle")
          return {
            ...base,
            amountMl: millilitres(values.amount, initial.amount, stored.amountMl, units),
            milk: values.milk || undefined,
          };
        const foods = values.foods
          .split(/[,;\n]/)
          .map((f) => f.trim())
          .filter(Boolean);
        return { ...base, foods, allergens: values.allergens, reaction: blank(values.reaction) };
      }
      case "sleeps":
        return {
          ...common,
          startedAt: time,
          endedAt: fromLocalInput(values.end, zone) ?? values.end,
          kind: values.sleepKind,
        };
      case "diapers": {
        const stool = values.contents !== "wet";
        return {
          ...common,
          at: time,
          contents: values.contents,
          colour: (stool && values.colour) || undefined,
          consistency: (stool && values.consistency) || undefined,
          rash: values.rash,
        };
      }
      case "pumpings":
        return {
          ...common,
          startedAt: time,
          side: values.side,
          amountMl: millilitres(values.amount, initial.amount, stored.amountMl, units),
          durationSeconds: seconds(values.minutes, initial.minutes, stored.durationSeconds),
        };
      case "tummyTimes":
        return {
          ...common,
          startedAt: time,
          durationSeconds: seconds(values.minutes, initial.minutes, stored.durationSeconds),
        };
      case "careNotes":
        return { at: time, timeZone: common.timeZone, text: values.text, ...labels };
      case "customEntries":
        return {
          ...common,
          startedAt: time,
          label: values.label,
          unit: blank(values.unit),
          amount: parseDecimal(values.trackerAmount),
          durationSeconds: seconds(values.minutes, initial.minutes, stored.durationSeconds),
        };
    }
  })();
  const clean = Object.fromEntries(Object.entries(draft).filter(([, v]) => v !== undefined));
  const result = definitionOf(kind).values.safeParse(clean);
  if (result.success) return { ok: true, values: result.data as Record<string, unknown> };
  const errors: Partial<Record<keyof EntryFormValues, string>> = {};
  for (const [field, message] of Object.entries(zodFieldErrors(result.error))) errors[formFieldOf(field)] ??= message;
  return { ok: false, errors };
}
