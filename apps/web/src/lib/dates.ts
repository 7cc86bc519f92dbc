import { formatDate } from "@upnest/i18n";
import { differenceInCalendarDays, differenceInMonths, format, parseISO } from "date-fns";
import { currentLanguage, t } from "../i18n/i18n.ts";

/** A calendar date (YYYY-MM-DD), the one way the app's language writes dates: "3 Mar 2026", "3 mar 2026". */
export const showDate = (isoDate: string) => formatDate(isoDate, currentLanguage());

/** Today in the person's own timezone, as YYYY-MM-DD. */
export const localToday = (now = new Date()) => format(now, "yyyy-MM-dd");

/** A child's age on a day, the way parents say it: days, then weeks, then months, then years and months. */
export function ageOn(dateOfBirth: string, day: string): string {
  const born = parseISO(dateOfBirth);
  const on = parseISO(day);
  const days = differenceInCalendarDays(on, born);
  if (days < 0) return t("age.notBorn");
  if (days < 14) return t("age.days", { count: days });
  const months = differenceInMonths(on, born);
  if (months < 2) return t("age.weeks", { count: Math.floor(days / 7) });
  if (months < 24) return t("age.months", { count: months });
  const rest = months % 12;
  const years = t("age.years", { count: Math.floor(months / 12) });
  return rest === 0 ? years : t("age.yearsMonths", { years, months: t("age.months", { count: rest }) });
}
