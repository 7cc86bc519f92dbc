import {
  type CareEntry,
  type DailyTotals,
  dailyTotals,
  daysBetween,
  type FeedingIntervals,
  feedingIntervals,
  type SleepRow,
  shiftDay,
  sleepBands,
  type Trend,
  trends,
} from "@upnest/care";

// What the Patterns page shows, from the care log's entries: @upnest/care does the counting, this picks the days.

export type Period = 7 | 30;
export const PERIODS = [7, 30] as const satisfies readonly Period[];

/**
 * The family days to read for the page: the last 30 and the 30 full days before today (the month's averages),
 * and one more, whose evening's night sleep runs into the first day.
 */
export const rangeFor = (today: string) => ({ from: shiftDay(today, -31), to: today });

export type Patterns = {
  /** The days shown (the last `period`, today last), and their totals in the same order. */
  days: string[];
  totals: DailyTotals[];
  /** Averages over the `period` full days before today (today is not over), with their median feed interval. */
  trend: Trend | null;
  intervalMs: number | null;
  intervals: FeedingIntervals["days"];
  sleep: SleepRow[];
};

/** The page's numbers for `period` days up to `today` (the family's day in `timeZone`). */
export function patternsOf(entries: readonly CareEntry[], timeZone: string, today: string, period: Period): Patterns {
  const days = daysBetween(shiftDay(today, 1 - period), today);
  const full = daysBetween(shiftDay(today, -period), shiftDay(today, -1));
  const totals = dailyTotals(entries, timeZone, [full[0] ?? today, ...days]);
  return {
    days,
    totals: totals.slice(1),
    trend: trends(totals.slice(0, -1), period),
    intervalMs: feedingIntervals(entries, timeZone, full).medianMs,
    intervals: feedingIntervals(entries, timeZone, days).days,
    sleep: sleepBands(entries, timeZone, days),
  };
}
