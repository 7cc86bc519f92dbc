import type { SleepKind } from "@upnest/schemas";
import { type DayBounds, fractionOfDay, splitByDay } from "./days.ts";
import { type CareEntry, idOf, isKind, spanOf } from "./entry.ts";

// Entries on a 24-hour axis: positions are fractions of the day's real length, so on a 23- or 25-hour day
// (daylight saving) every entry sits where the family's clock showed it.

export type TimelineItem = {
  entry: CareEntry;
  /** Where it starts and ends on the day, 0 (midnight) to 1 (the next midnight); a moment has `end === start`. */
  start: number;
  end: number;
  /** It began before the day (a night's sleep from yesterday) or runs past it. */
  clippedStart: boolean;
  clippedEnd: boolean;
};

/** The entries of a day (`bounds`, from `dayBounds`) placed on it, earliest first; a sleep across midnight is clipped. */
export function timeline(entries: readonly CareEntry[], bounds: DayBounds): TimelineItem[] {
  const [from, to] = [Date.parse(bounds.start), Date.parse(bounds.end)];
  const items: TimelineItem[] = [];
  for (const entry of entries) {
    const span = spanOf(entry);
    const inside = span.end > span.start ? span.start < to && span.end > from : span.start >= from && span.start < to;
    if (!inside) continue;
    items.push({
      entry,
      start: fractionOfDay(Math.max(span.start, from), bounds),
      end: fractionOfDay(Math.min(span.end, to), bounds),
      clippedStart: span.start < from,
      clippedEnd: span.end > to,
    });
  }
  return items.sort((a, b) => a.start - b.start || a.end - b.end);
}

export type SleepBand = {
  sleepId: string;
  kind: SleepKind;
  /** The band on its day's row (fractions), and the whole sleep's own start and end (UTC ISO). */
  start: number;
  end: number;
  startedAt: string;
  endedAt: string;
};
export type SleepRow = { day: string; bands: SleepBand[] };

/**
 * One row per family day of `days`, each sleep as a band `[start, end]` across it (fractions of the day's real
 * length); a night from 20:00 to 06:00 is two bands, the evening on its day and the morning on the next.
 */
export function sleepBands(entries: readonly CareEntry[], timeZone: string, days: readonly string[]): SleepRow[] {
  const rows = new Map(days.map((day) => [day, [] as SleepBand[]]));
  for (const sleep of entries.filter(isKind("sleeps"))) {
    const span = spanOf(sleep);
    if (span.end <= span.start) continue;
    for (const part of splitByDay(span.start, span.end, timeZone)) {
      if (part.end <= part.start) continue;
      rows.get(part.day)?.push({
        sleepId: idOf(sleep),
        kind: sleep.record.kind,
        start: fractionOfDay(part.start, part.bounds),
        end: fractionOfDay(part.end, part.bounds),
        startedAt: sleep.record.startedAt,
        endedAt: sleep.record.endedAt,
      });
    }
  }
  return days.map((day) => ({ day, bands: (rows.get(day) ?? []).sort((a, b) => a.start - b.start) }));
}
