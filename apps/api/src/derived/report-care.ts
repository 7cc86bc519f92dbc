import { type CareEntry, dailyTotals, daysBetween, shiftDay, trends } from "@upnest/care";

/** The care log's days a report reads: the last 30 of its range (and the evening before, for a night's sleep). */
export const careWindow = (to: string) => ({ from: shiftDay(to, -30), to });

/**
 * The care log's averages per logged day over the last 7 and 30 days of the range (`@upnest/care`'s totals and
 * trends), or null when nothing was logged in them: a family that does not use the care log gets no section.
 */
export function reportCare(entries: readonly CareEntry[], timeZone: string, to: string) {
  if (entries.length === 0) return null;
  const days = daysBetween(shiftDay(to, -29), to);
  const totals = dailyTotals(entries, timeZone, days);
  const week = trends(totals, 7);
  const month = trends(totals, 30);
  return week || month ? { week, month, from: days[0] ?? to, to } : null;
}
export type ReportCare = ReturnType<typeof reportCare>;
