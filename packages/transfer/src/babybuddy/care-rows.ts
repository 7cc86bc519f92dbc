import { toMl } from "../units.ts";
import { because, type Reason } from "./reasons.ts";
import type { RowContext, RowMapper } from "./rows.ts";
import { flag, joinNotes, numberCell, secondsBetween } from "./rows.ts";
import { localHour, localToInstant } from "./time.ts";

// Baby Buddy's care models become UpNest's care-log kinds, one row to one entry.

const MILK: Record<string, "breast-milk" | "formula" | "fortified"> = {
  "breast milk": "breast-milk",
  formula: "formula",
  "fortified breast milk": "fortified",
};
const BREAST: Record<string, "left" | "right" | "both"> = {
  "left breast": "left",
  "right breast": "right",
  "both breasts": "both",
};

/** A start (and optional end) in the confirmed zone, or the reason they are unusable. */
function span(
  cells: Record<string, string>,
  ctx: RowContext,
  startColumn = "start",
): Reason | { start: string; end?: string } {
  const start = localToInstant(cells[startColumn] ?? "", ctx.timeZone);
  if (!start) return because("notDateTime", { column: startColumn, value: cells[startColumn] ?? "" });
  if (!cells.end) return { start };
  const end = localToInstant(cells.end, ctx.timeZone);
  if (!end) return because("notDateTime", { column: "end", value: cells.end });
  return { start, end };
}

export const feeding: RowMapper = (cells, ctx) => {
  const time = span(cells, ctx);
  if ("reason" in time) return time;
  const base = { startedAt: time.start, timeZone: ctx.timeZone, notes: joinNotes(cells.notes) };
  const method = cells.method?.toLowerCase() ?? "";
  const type = cells.type?.toLowerCase() ?? "";
  const side = BREAST[method];
  if (side) {
    const seconds = time.end ? secondsBetween(time.start, time.end) : undefined;
    if (side === "both") return { kind: "feedings", values: { ...base, method: "breast", side } };
    const timed = side === "left" ? { leftSeconds: seconds } : { rightSeconds: seconds };
    return { kind: "feedings", values: { ...base, method: "breast", side, lastSide: side, ...timed } };
  }
  if (method === "bottle") {
    const milk = MILK[type];
    if (!milk) return because("bottleMilk", { value: cells.type ?? "" });
    const amount = numberCell(cells.amount);
    if (amount === undefined) return because("bottleNoAmount");
    if (Number.isNaN(amount)) return because("notNumber", { column: "amount", value: cells.amount ?? "" });
    return {
      kind: "feedings",
      values: { ...base, method: "bottle", milk, amountMl: toMl(amount, ctx.units.volume) },
    };
  }
  if (type === "solid food") return because("solidFood");
  return because("feedingMethod", { method: cells.method ?? "", type: cells.type ?? "" });
};

/** Without Baby Buddy's nap column (older exports), a sleep starting 19:00–05:59 local time is the night's. */
const isNightStart = (start: string, zone: string) => {
  const hour = localHour(start, zone);
  return hour >= 19 || hour < 6;
};

export const sleep: RowMapper = (cells, ctx) => {
  const time = span(cells, ctx);
  if ("reason" in time) return time;
  if (!time.end) return because("sleepNoEnd");
  const nap = "nap" in cells ? flag(cells.nap) : !isNightStart(time.start, ctx.timeZone);
  if (nap === undefined) return because("napValue", { value: cells.nap ?? "" });
  const values = { startedAt: time.start, endedAt: time.end, timeZone: ctx.timeZone, notes: joinNotes(cells.notes) };
  return { kind: "sleeps", values: { ...values, kind: nap ? "nap" : "night" } };
};

const COLOURS = new Set(["black", "brown", "green", "yellow"]);

export const diaperchange: RowMapper = (cells, ctx) => {
  const at = localToInstant(cells.time ?? "", ctx.timeZone);
  if (!at) return because("notDateTime", { column: "time", value: cells.time ?? "" });
  const wet = flag(cells.wet);
  const solid = flag(cells.solid);
  if (wet === undefined || solid === undefined) return because("wetSolid");
  if (!wet && !solid) return because("neitherWetNorSolid");
  const colour = cells.color?.toLowerCase() ?? "";
  if (colour && !COLOURS.has(colour)) return because("colour", { value: cells.color ?? "" });
  const contents = wet && solid ? "both" : wet ? "wet" : "dirty";
  const values = { at, timeZone: ctx.timeZone, contents, notes: joinNotes(cells.notes) } as const;
  return { kind: "diapers", values: colour ? { ...values, colour: colour as "green" } : values };
};

export const tummytime: RowMapper = (cells, ctx) => {
  const time = span(cells, ctx);
  if ("reason" in time) return time;
  if (!time.end) return because("tummyNoEnd");
  const values = {
    startedAt: time.start,
    timeZone: ctx.timeZone,
    durationSeconds: secondsBetween(time.start, time.end),
    notes: joinNotes(cells.milestone, cells.notes),
  };
  return { kind: "tummyTimes", values };
};

/** Baby Buddy records no side for pumping: UpNest's entry says both. */
export const pumping: RowMapper = (cells, ctx) => {
  const time = span(cells, ctx, "start" in cells ? "start" : "time");
  if ("reason" in time) return time;
  const amount = numberCell(cells.amount);
  if (Number.isNaN(amount)) return because("notNumber", { column: "amount", value: cells.amount ?? "" });
  const values = {
    startedAt: time.start,
    timeZone: ctx.timeZone,
    side: "both" as const,
    amountMl: amount === undefined ? undefined : toMl(amount, ctx.units.volume),
    durationSeconds: time.end ? secondsBetween(time.start, time.end) : undefined,
    notes: joinNotes(cells.notes),
  };
  return { kind: "pumpings", values };
};

export const note: RowMapper = (cells, ctx) => {
  const at = localToInstant(cells.time ?? "", ctx.timeZone);
  if (!at) return because("notDateTime", { column: "time", value: cells.time ?? "" });
  return { kind: "careNotes", values: { at, timeZone: ctx.timeZone, text: cells.note ?? "" } };
};
