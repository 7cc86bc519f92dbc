import { TZDate } from "@date-fns/tz";
import { addDays, format } from "date-fns";

// The family's day: "today" and every daily total are calendar days in the baby's time zone, whatever zone
// the phone is in, and a day is as long as the clocks make it (23 or 25 hours across a daylight-saving change).

/** The calendar day (`YYYY-MM-DD`) an instant falls on in a time zone. */
export function dayOf(instant: string | number | Date, timeZone: string): string {
  return format(new TZDate(new Date(instant).getTime(), timeZone), "yyyy-MM-dd");
}

/** The first instant of a calendar day in a time zone, and the first of the next: `[start, end)` in UTC. */
export function dayBounds(day: string, timeZone: string): { start: string; end: string } {
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
