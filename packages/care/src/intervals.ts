import { dayOf } from "./days.ts";
import { type CareEntry, isMilkFeed, median } from "./entry.ts";

// How far apart feeds are: the time from one milk feed's start to the next one's.

export type FeedingIntervals = {
  /** The median over every interval that ends on one of the days, and how many there were. */
  medianMs: number | null;
  count: number;
  /** Per family day: the intervals ending with a feed that began that day (the first one's runs from yesterday). */
  days: { day: string; medianMs: number | null; count: number; shortestMs: number | null; longestMs: number | null }[];
};

/**
 * The intervals between consecutive milk feeds (breast and bottle: a solid meal between two feeds does not halve
 * the interval), start to start, counted on the family's day in `timeZone` of the later feed, for each of `days`.
 */
export function feedingIntervals(
  entries: readonly CareEntry[],
  timeZone: string,
  days: readonly string[],
): FeedingIntervals {
  const starts = entries
    .filter(isMilkFeed)
    .map((f) => Date.parse(f.record.startedAt))
    .sort((a, b) => a - b);
  const byDay = new Map(days.map((day) => [day, [] as number[]]));
  for (let i = 1; i < starts.length; i++) byDay.get(dayOf(starts[i]!, timeZone))?.push(starts[i]! - starts[i - 1]!);
  const all = [...byDay.values()].flat();
  return {
    medianMs: median(all),
    count: all.length,
    days: days.map((day) => {
      const gaps = byDay.get(day) ?? [];
      return {
        day,
        medianMs: median(gaps),
        count: gaps.length,
        shortestMs: gaps.length ? Math.min(...gaps) : null,
        longestMs: gaps.length ? Math.max(...gaps) : null,
      };
    }),
  };
}
