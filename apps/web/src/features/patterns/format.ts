import { LOCALES } from "@upnest/i18n";
import { currentLanguage, t } from "../../i18n/i18n.ts";
import { formatNumber } from "../../lib/units.ts";

// How the Patterns page writes durations, days and clock times, in the app's language.

const MINUTE = 60_000;

/** A duration to the minute: "10 h 56 min", "45 min", "3 h". */
export function formatDuration(ms: number): string {
  const minutes = Math.round(ms / MINUTE);
  const [h, m] = [Math.floor(minutes / 60), minutes % 60];
  if (h === 0) return t("care:patterns.duration.m", { m });
  return m === 0 ? t("care:patterns.duration.h", { h }) : t("care:patterns.duration.hm", { h, m });
}

/** Hours as a plain number for an axis or a bar's value (one decimal). */
export const hoursOf = (ms: number) => Math.round((ms / 3600_000) * 10) / 10;

/** An average a day: "4.4", "5". */
export const formatAverage = (value: number) => formatNumber(value, 1);

const formats = new Map<string, Intl.DateTimeFormat>();
function formatter(key: string, options: Intl.DateTimeFormatOptions) {
  const id = `${currentLanguage()}|${key}`;
  let format = formats.get(id);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[currentLanguage()], options);
    formats.set(id, format);
  }
  return format;
}

/** A family day (YYYY-MM-DD) as a chart's axis writes it: "Thu 14" (a week), "14" (a month). */
export function dayTick(day: string, period: 7 | 30): string {
  const date = Date.parse(`${day}T12:00:00Z`);
  return period === 7
    ? formatter("tick7", { weekday: "short", day: "numeric", timeZone: "UTC" }).format(date)
    : formatter("tick30", { day: "numeric", timeZone: "UTC" }).format(date);
}

/** A family day as a table's row says it: "Thu 14 May". */
export const dayName = (day: string) =>
  formatter("day", { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" }).format(
    Date.parse(`${day}T12:00:00Z`),
  );

/** The family's clock at an instant: "20:00" (in the family's zone, wherever the phone is). */
export const clockTime = (instant: string, timeZone: string) =>
  formatter(`clock|${timeZone}`, { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone }).format(
    Date.parse(instant),
  );

/** A time zone as people name it ("India Standard Time", "hora de Nueva York"), else its IANA name. */
export function zoneName(timeZone: string): string {
  const parts = formatter(`zone|${timeZone}`, { timeZone, timeZoneName: "longGeneric" }).formatToParts(Date.now());
  return parts.find((p) => p.type === "timeZoneName")?.value ?? timeZone;
}
