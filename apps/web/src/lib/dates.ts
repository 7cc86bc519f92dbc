import { differenceInCalendarDays, differenceInMonths, format, parseISO } from "date-fns";

/** A calendar date (YYYY-MM-DD) as people read it: "3 Mar 2026". */
export const showDate = (isoDate: string) => format(parseISO(isoDate), "d MMM yyyy");

/** Today in the person's own timezone, as YYYY-MM-DD. */
export const localToday = (now = new Date()) => format(now, "yyyy-MM-dd");

const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? "" : "s"}`;

/** A child's age on a day, the way parents say it: days, then weeks, then months, then years and months. */
export function ageOn(dateOfBirth: string, day: string): string {
  const born = parseISO(dateOfBirth);
  const on = parseISO(day);
  const days = differenceInCalendarDays(on, born);
  if (days < 0) return "not born yet";
  if (days < 14) return plural(days, "day");
  const months = differenceInMonths(on, born);
  if (months < 2) return plural(Math.floor(days / 7), "week");
  if (months < 24) return plural(months, "month");
  const rest = months % 12;
  return rest === 0
    ? plural(Math.floor(months / 12), "year")
    : `${plural(Math.floor(months / 12), "year")} ${plural(rest, "month")}`;
}
