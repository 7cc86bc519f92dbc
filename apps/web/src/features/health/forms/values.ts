import { celsiusToFahrenheit, fahrenheitToCelsius, formatNumber, type Units } from "@upnest/i18n";
import { parseDecimal, zodFieldErrors } from "../../../lib/forms.ts";
import { fromLocalInput, toLocalInput } from "../../care/zone.ts";
import { definitionOf, type HealthKind } from "../kinds.ts";

// A health record's form, whatever its kind: what the person types (times on the family's clock, a temperature in
// their units, symptoms separated by commas) and the kind's values as the API takes them (UTC instants, °C, lists).

export type HealthFormValues = {
  name: string;
  startedOn: string;
  amount: string;
  unit: string;
  route: string;
  spacing: "every" | "times";
  everyHours: string;
  timesPerDay: string;
  days: string;
  minIntervalHours: string;
  stoppedOn: string;
  prescribedBy: string;
  /** A moment (a dose given, a temperature taken), as a `datetime-local` value on the family's clock. */
  time: string;
  courseId: string;
  temperature: string;
  method: string;
  endedOn: string;
  symptoms: string;
  allergen: string;
  reaction: string;
  severity: string;
  noticedOn: string;
  visitedOn: string;
  clinician: string;
  reason: string;
  wellChild: boolean;
  nextAppointmentOn: string;
  nextAppointmentTime: string;
  notes: string;
  /** A dose's or a temperature's labels (an import's tags): kept unless the person removes one. */
  labels: string[];
};

const text = (value: unknown) => (typeof value === "string" ? value : "");
const number = (value: unknown) => (typeof value === "number" ? String(value) : "");
const shown = (celsius: unknown, units: Units) =>
  typeof celsius === "number"
    ? formatNumber(units === "metric" ? celsius : celsiusToFahrenheit(celsius), "en", 1, 1)
    : "";

/** The form's starting values: a record's, else a new one (`now` on the family's clock, today's dates). */
export function formValuesOf(
  record: Record<string, unknown> | undefined,
  zone: string,
  units: Units,
  now: number,
  preset: Partial<HealthFormValues> = {},
): HealthFormValues {
  const v = record ?? {};
  const today = toLocalInput(now, zone).slice(0, 10);
  const moment = text(v.givenAt) || text(v.takenAt);
  return {
    name: text(v.name),
    startedOn: text(v.startedOn) || today,
    amount: number(v.amount),
    unit: text(v.unit),
    route: text(v.route),
    spacing: typeof v.timesPerDay === "number" ? "times" : "every",
    everyHours: number(v.everyHours),
    timesPerDay: number(v.timesPerDay),
    days: number(v.days),
    minIntervalHours: number(v.minIntervalHours),
    stoppedOn: text(v.stoppedOn),
    prescribedBy: text(v.prescribedBy),
    time: toLocalInput(moment || now, zone),
    courseId: text(v.courseId),
    temperature: shown(v.celsius, units),
    method: text(v.method) || "axillary",
    endedOn: text(v.endedOn),
    symptoms: Array.isArray(v.symptoms) ? v.symptoms.join(", ") : "",
    allergen: text(v.allergen),
    reaction: text(v.reaction),
    severity: text(v.severity) || "mild",
    noticedOn: text(v.noticedOn),
    visitedOn: text(v.visitedOn) || today,
    clinician: text(v.clinician),
    reason: text(v.reason),
    wellChild: v.wellChild === true,
    nextAppointmentOn: text(v.nextAppointmentOn),
    nextAppointmentTime: text(v.nextAppointmentTime),
    notes: text(v.notes),
    labels: Array.isArray(v.labels) ? v.labels.map(String) : [],
    ...preset,
  };
}

/** Only the values that were given: an empty box is "not said". */
const given = (values: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined && v !== ""));
const optional = (typed: string) => (typed.trim() === "" ? undefined : typed.trim());
const decimal = (typed: string) => {
  const n = parseDecimal(typed);
  return n === undefined ? undefined : n;
};

/** Typed degrees in °C to the hundredth (so °F typed reads back the same); unchanged keeps the stored value. */
function celsiusOf(typed: string, initial: string, stored: unknown, units: Units): number | undefined {
  if (typed === initial && typeof stored === "number") return stored;
  const n = decimal(typed);
  if (n === undefined) return undefined;
  return Math.round((units === "metric" ? n : fahrenheitToCelsius(n)) * 100) / 100;
}

/** The kind's values from what was typed. */
function valuesFor(
  kind: HealthKind,
  f: HealthFormValues,
  initial: HealthFormValues,
  stored: Record<string, unknown>,
  zone: string,
  units: Units,
): Record<string, unknown> {
  const notes = optional(f.notes);
  const labels = f.labels.length > 0 ? f.labels : undefined;
  const timeZone = text(stored.timeZone) || zone;
  const medicine = { name: f.name.trim(), amount: decimal(f.amount), unit: optional(f.unit), route: optional(f.route) };
  switch (kind) {
    case "medicineCourses":
      return given({
        ...medicine,
        startedOn: f.startedOn,
        ...(f.spacing === "every" ? { everyHours: decimal(f.everyHours) } : { timesPerDay: decimal(f.timesPerDay) }),
        days: decimal(f.days),
        minIntervalHours: decimal(f.minIntervalHours),
        stoppedOn: optional(f.stoppedOn),
        prescribedBy: optional(f.prescribedBy),
        notes,
      });
    case "medicineDoses":
      return given({
        ...medicine,
        givenAt: fromLocalInput(f.time, zone),
        timeZone,
        courseId: optional(f.courseId),
        notes,
        labels,
      });
    case "temperatures":
      return given({
        takenAt: fromLocalInput(f.time, zone),
        timeZone,
        celsius: celsiusOf(f.temperature, initial.temperature, stored.celsius, units),
        method: f.method,
        notes,
        labels,
      });
    case "illnesses":
      return given({
        startedOn: f.startedOn,
        endedOn: optional(f.endedOn),
        name: optional(f.name),
        symptoms: f.symptoms
          .split(",")
          .map((s) => s.trim())
          .filter(Boolean),
        notes,
      });
    case "allergies":
      return given({
        allergen: f.allergen.trim(),
        reaction: optional(f.reaction),
        severity: f.severity,
        noticedOn: optional(f.noticedOn),
        notes,
      });
    case "visits":
      return given({
        visitedOn: f.visitedOn,
        clinician: optional(f.clinician),
        reason: optional(f.reason),
        wellChild: f.wellChild,
        notes,
        nextAppointmentOn: optional(f.nextAppointmentOn),
        nextAppointmentTime: optional(f.nextAppointmentTime),
      });
  }
}

/** Where a value field's message goes on the form (a moment's field is the time box, °C the temperature box). */
export const formFieldOf = (field: string): keyof HealthFormValues =>
  field === "givenAt" || field === "takenAt"
    ? "time"
    : field === "celsius"
      ? "temperature"
      : (field as keyof HealthFormValues);

export type Parsed =
  | { ok: true; values: Record<string, unknown> }
  | { ok: false; errors: Partial<Record<keyof HealthFormValues, string>> };

/** The form read as the kind's values, checked by its schema (messages in the app's language, on their boxes). */
export function parseHealthForm(
  kind: HealthKind,
  f: HealthFormValues,
  initial: HealthFormValues,
  stored: Record<string, unknown>,
  zone: string,
  units: Units,
): Parsed {
  const values = valuesFor(kind, f, initial, stored, zone, units);
  const result = definitionOf(kind).values.safeParse(values);
  if (result.success) return { ok: true, values };
  const errors: Partial<Record<keyof HealthFormValues, string>> = {};
  for (const [field, message] of Object.entries(zodFieldErrors(result.error))) errors[formFieldOf(field)] = message;
  return { ok: false, errors };
}
