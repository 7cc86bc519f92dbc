import { dayOf, splitByDay } from "./days.ts";
import { type CareEntry, isMilkFeed, spanOf } from "./entry.ts";

// Daily totals over the family's days, and their averages over the last week or month.

export type DailyTotals = {
  day: string;
  /** Breast and bottle feeds; solid meals separately. */
  feeds: number;
  solids: number;
  /** Bottle volume, in ml. */
  volumeMl: number;
  /** Sleep inside the day, by the real clock (a night is split at midnight), and the part of it that was naps. */
  sleepMs: number;
  napMs: number;
  /** A "both" diaper counts as wet and as dirty. */
  wet: number;
  dirty: number;
  /** How many entries began on the day: a day with none was probably not logged, rather than a day without feeds. */
  entries: number;
};

const empty = (day: string): DailyTotals => ({
  day,
  feeds: 0,
  solids: 0,
  volumeMl: 0,
  sleepMs: 0,
  napMs: 0,
  wet: 0,
  dirty: 0,
  entries: 0,
});

/**
 * The totals of each of `days` (family days in `timeZone`, in the order given). An entry counts on the day its
 * start falls on in the family's zone, whatever zone it was logged in; a sleep counts on each day it covers, as
 * long as it really lasted there (01:00–04:00 on the night clocks spring forward is 2 hours).
 */
export function dailyTotals(entries: readonly CareEntry[], timeZone: string, days: readonly string[]): DailyTotals[] {
  const totals = new Map(days.map((day) => [day, empty(day)]));
  for (const entry of entries) {
    const span = spanOf(entry);
    if (entry.kind === "sleeps")
      for (const part of splitByDay(span.start, span.end, timeZone)) {
        const day = totals.get(part.day);
        if (!day) continue;
        day.sleepMs += part.end - part.start;
        if (entry.record.kind === "nap") day.napMs += part.end - part.start;
      }
    const day = totals.get(dayOf(span.start, timeZone));
    if (!day) continue;
    day.entries += 1;
    if (isMilkFeed(entry)) day.feeds += 1;
    if (entry.kind === "feedings" && entry.record.method === "solids") day.solids += 1;
    if (entry.kind === "feedings" && entry.record.method === "bottle") day.volumeMl += entry.record.amountMl ?? 0;
    if (entry.kind === "diapers" && entry.record.contents !== "dirty") day.wet += 1;
    if (entry.kind === "diapers" && entry.record.contents !== "wet") day.dirty += 1;
  }
  return days.map((day) => totals.get(day) ?? empty(day));
}

export type Trend = {
  /** The days looked at (the last 7 or 30) and how many of them had anything logged. */
  period: 7 | 30;
  daysLogged: number;
  /** Averages per logged day. */
  feeds: number;
  solids: number;
  volumeMl: number;
  sleepMs: number;
  napMs: number;
  wet: number;
  dirty: number;
};

const AVERAGED = ["feeds", "solids", "volumeMl", "sleepMs", "napMs", "wet", "dirty"] as const;

/**
 * Averages a day over the last `period` days of `totals` (the latest days by date). Days on which no entry began
 * are left out, so a weekend without the app does not halve the average (the morning of a night logged the day
 * before does not make a day logged); `null` when no day of the period was logged.
 */
export function trends(totals: readonly DailyTotals[], period: 7 | 30): Trend | null {
  const last = [...totals].sort((a, b) => a.day.localeCompare(b.day)).slice(-period);
  const logged = last.filter((d) => d.entries > 0);
  if (logged.length === 0) return null;
  const average = (key: (typeof AVERAGED)[number]) => logged.reduce((sum, d) => sum + d[key], 0) / logged.length;
  return {
    period,
    daysLogged: logged.length,
    ...(Object.fromEntries(AVERAGED.map((key) => [key, average(key)])) as Record<(typeof AVERAGED)[number], number>),
  };
}
