import { dayOf } from "@upnest/care";
import {
  celsiusToFahrenheit,
  formatDate,
  formatDuration,
  formatNumber,
  formatTimeOfDay,
  type Units,
} from "@upnest/i18n";
import type { MedicineCourse } from "@upnest/schemas";
import { currentLanguage, t } from "../../i18n/i18n.ts";

// How the health page says things: a course's spacing and day, a moment on the family's clock (with its date when
// it is not today), a wait, a temperature in the person's units.

/** "every 6 h" or "3 times a day". */
export function spacingText(course: Pick<MedicineCourse, "everyHours" | "timesPerDay">): string {
  const language = currentLanguage();
  if (course.everyHours !== undefined)
    return t("health:medicines.everyHours", { hours: formatNumber(course.everyHours, language, 1) });
  return course.timesPerDay ? t("health:medicines.timesPerDay", { count: course.timesPerDay }) : "";
}

/** "day 2 of 7", or "day 12" for a course without an end. */
export const courseDayText = (day: number, days: number | undefined) =>
  days ? t("health:medicines.dayOf", { day, days }) : t("health:medicines.dayN", { day });

/** A moment on the family's clock: "14:30" today, "14:30, 2 Dec 2026" on another day. */
export function clockText(instant: string, zone: string, now: number): string {
  const language = currentLanguage();
  const time = formatTimeOfDay(instant, language, zone);
  return dayOf(instant, zone) === dayOf(now, zone) ? time : `${time}, ${formatDate(dayOf(instant, zone), language)}`;
}

/** A wait as a parent reads it: "1 h 20 min". */
export const waitText = (ms: number) => formatDuration(Math.ceil(ms / 60_000) * 60, currentLanguage());

/** The unit a person reads temperatures in. */
export const temperatureUnit = (units: Units) => (units === "metric" ? "°C" : "°F");

/** A stored °C temperature in the person's units, to a tenth: "38.4 °C", "101.1 °F". */
export function temperatureText(celsius: number, units: Units): string {
  const value = units === "metric" ? celsius : celsiusToFahrenheit(celsius);
  return `${formatNumber(value, currentLanguage(), 1, 1)} ${temperatureUnit(units)}`;
}
