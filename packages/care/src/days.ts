import { TZDate } from "@date-fns/tz";
import { addDays, format } from "date-fns";

// The family's day: "today" and every daily total are calendar days in the baby's time zone, whatever zone
// the phone is in, and a day is as long as the clocks make it (23 or 25 hours across a daylight-saving change).

/** The calendar day (`YYYY-MM-DD`) an instant falls on in a time zone. */
export function dayOf(instant: string | number | Date, timeZone: string): string {
  return format(new TZDate(new Date(instant).getTime(), timeZone), "yyyy-MM-dd");
}

/** A day's `[start, end)` as UTC ISO instants. */
export type DayBounds = { start: string; end: string };

/** The first instant of a calendar day in a time zone, and the first of the next: `[start, end)` in UTC. */
export function dayBounds(day: string, timeZone: string): DayBounds {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const start = new TZDate(y, m - 1, d, timeZone);
  const end = addDays(start, 1);
  return { start: new Date(start.getTime()).toISOString(), end: new Date(end.getTime()).toISOString() };
}

/** The days from `from` to `to`, both included. */
export function daysBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000)
    out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}

/** The calendar day `n` days after `day` (before it for a negative `n`). */
export const shiftDay = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** The calendar day after `day`. */
export const nextDay = (day: string) => shiftDay(day, 1);

/** Where an instant (epoch ms) sits in a day, as a fraction of the day's real length: 0 at its start, 1 at its end. */
export function fractionOfDay(instant: number, bounds: DayBounds): number {
  const start = Date.parse(bounds.start);
  return (instant - start) / (Date.parse(bounds.end) - start);
}

/** Where the family's clock shows each of `hours` on a day, as fractions of the day (an hour skipped by DST moves on). */
export function clockTicks(day: string, timeZone: string, hours: readonly number[] = [0, 6, 12, 18, 24]) {
  const bounds = dayBounds(day, timeZone);
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return hours.map((hour) => ({
    hour,
    at: hour >= 24 ? 1 : fractionOfDay(new TZDate(y, m - 1, d, hour, timeZone).getTime(), bounds),
  }));
}

/**
 * The parts of `[start, end)` (epoch ms) on each of the family's days it touches, in order: a sleep from 20:00 to
 * 06:00 is a part on each day, each as long as it really was (a night across a DST change is an hour shorter or longer).
 */
export function splitByDay(start: number, end: number, timeZone: string) {
  const parts: { day: string; bounds: DayBounds; start: number; end: number }[] = [];
  let day = dayOf(start, timeZone);
  for (;;) {
    const bounds = dayBounds(day, timeZone);
    const dayEnd = Date.parse(bounds.end);
    parts.push({ day, bounds, start: Math.max(start, Date.parse(bounds.start)), end: Math.min(end, dayEnd) });
    if (end <= dayEnd) return parts;
    day = nextDay(day);
  }
}
