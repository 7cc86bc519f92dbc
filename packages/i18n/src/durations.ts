import { LOCALES } from "./format.ts";
import { isLanguage, type Language } from "./languages.ts";

// How long something lasted and when it happened on a family's clock, one way per language, through Intl.
// Durations are whole seconds (as the care log stores them); moments are ISO instants shown in a named time zone.

const localeOf = (language: Language | string) => (isLanguage(language) ? LOCALES[language] : language);
const integers = new Map<string, Intl.NumberFormat>();
const whole = (value: number, language: Language | string) => {
  let format = integers.get(language);
  if (!format) {
    format = new Intl.NumberFormat(localeOf(language), { maximumFractionDigits: 0 });
    integers.set(language, format);
  }
  return format.format(value);
};

/**
 * A duration as a parent says it, to the minute: "2 h 10 min", "2 h", "45 min"; under a minute "40 s".
 * The symbols h, min and s read the same in English and Spanish; the numbers follow the language.
 */
export function formatDuration(seconds: number, language: Language | string): string {
  const total = Math.max(0, Math.round(seconds));
  if (total < 60) return `${whole(total, language)} s`;
  const minutes = Math.floor(total / 60);
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${whole(minutes, language)} min`;
  return rest === 0 ? `${whole(hours, language)} h` : `${whole(hours, language)} h ${whole(rest, language)} min`;
}

/** A running timer's clock: "4:07", "1:20:05" (minutes and seconds always two digits after the first part). */
export function formatStopwatch(seconds: number): string {
  const total = Math.max(0, Math.floor(seconds));
  const two = (n: number) => String(n).padStart(2, "0");
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
}

const clocks = new Map<string, Intl.DateTimeFormat>();
const clock = (language: Language | string, timeZone: string, options: Intl.DateTimeFormatOptions) => {
  const key = `${language}|${timeZone}|${JSON.stringify(options)}`;
  let format = clocks.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(localeOf(language), { ...options, timeZone });
    clocks.set(key, format);
  }
  return format;
};

/** The time of day of an instant on the clocks of `timeZone`, as the language writes it: "02:10", "14:05". */
export const formatTimeOfDay = (instant: string | number, language: Language | string, timeZone: string) =>
  clock(language, timeZone, { hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(new Date(instant));

/** A family's day as a heading says it: "Tuesday 1 December", "martes, 1 de diciembre" (the day in `timeZone`). */
export const formatDayName = (instant: string | number, language: Language | string, timeZone: string) =>
  clock(language, timeZone, { weekday: "long", day: "numeric", month: "long" }).format(new Date(instant));

/** A time zone's name in the language at a moment: "Central Time", "hora central"; the IANA name if Intl has none. */
export function formatZoneName(timeZone: string, language: Language | string, at: string | number = Date.now()) {
  const parts = clock(language, timeZone, { timeZoneName: "longGeneric" }).formatToParts(new Date(at));
  return parts.find((p) => p.type === "timeZoneName")?.value ?? timeZone;
}

/** The zone's offset from UTC at a moment, in minutes (Chicago in winter: −360). */
export function zoneOffsetMinutes(timeZone: string, at: string | number = Date.now()): number {
  const name =
    clock("en", timeZone, { timeZoneName: "longOffset" })
      .formatToParts(new Date(at))
      .find((p) => p.type === "timeZoneName")?.value ?? "GMT";
  const match = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === "-" ? -minutes : minutes;
}
