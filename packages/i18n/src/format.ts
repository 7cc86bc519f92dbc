import type { Language } from "./languages.ts";

// How dates, numbers and units are written, one way per language, all through Intl. Values are stored metric
// (kg, cm); `units` says which a person reads.

export type Units = "metric" | "imperial";

/** The locale each language formats in: English dates read "3 Mar 2026", Spanish "3 mar 2026". */
export const LOCALES: Record<Language, string> = { en: "en-GB", es: "es-ES" };

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    cache.set(key, formatter);
  }
  return formatter;
}

const numberFormat = (language: Language, options: Intl.NumberFormatOptions) =>
  cached(`n|${language}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(LOCALES[language], options));

/** A number with at most `digits` decimals (and at least `minDigits`), in the language's way ("3,5" in Spanish). */
export const formatNumber = (value: number, language: Language, digits: number, minDigits = 0) =>
  numberFormat(language, { maximumFractionDigits: digits, minimumFractionDigits: minDigits }).format(value);

/** A value with its unit's short symbol, as Intl writes it in the language ("3,5 kg"). */
const withUnit = (value: number, unit: string, language: Language, digits: number) =>
  numberFormat(language, { style: "unit", unit, unitDisplay: "short", maximumFractionDigits: digits }).format(value);

/** Whole pounds and ounces to a tenth, carrying 16 oz into the next pound (1 lb = 0.45359237 kg exactly). */
export function kgToLbOz(kg: number): { lb: number; oz: number } {
  const tenthsOfOz = Math.round((kg / 0.45359237) * 160);
  const lb = Math.floor(tenthsOfOz / 160);
  return { lb, oz: (tenthsOfOz - lb * 160) / 10 };
}

/** A weight as a clinician writes it: "4.235 kg" (to the gram), or "9 lb 5.4 oz" ("7.1 oz" under a pound). */
export function formatWeight(kg: number, units: Units, language: Language): string {
  if (units === "metric") return withUnit(kg, "kilogram", language, 3);
  const { lb, oz } = kgToLbOz(kg);
  const ounces = withUnit(oz, "ounce", language, 1);
  return lb === 0 ? ounces : `${withUnit(lb, "pound", language, 0)} ${ounces}`;
}

/** A length or head size to the millimetre: "55.5 cm", or "21.9 in" (to a tenth of an inch). */
export function formatLength(cm: number, units: Units, language: Language): string {
  return units === "metric" ? withUnit(cm, "centimeter", language, 1) : withUnit(cm / 2.54, "inch", language, 1);
}

/** A calendar date (YYYY-MM-DD), the one way dates are written in the language: "3 Mar 2026", "3 mar 2026". */
export function formatDate(isoDate: string, language: Language): string {
  const [year = 0, month = 1, day = 1] = isoDate.slice(0, 10).split("-").map(Number);
  return cached(
    `d|${language}`,
    () =>
      new Intl.DateTimeFormat(LOCALES[language], { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }),
  ).format(Date.UTC(year, month - 1, day));
}

/** A moment (ISO timestamp) as its date and time in `timeZone`: "3 Mar 2026, 14:05". */
export function formatDateTime(isoTime: string, language: Language, timeZone?: string): string {
  return cached(
    `t|${language}|${timeZone ?? ""}`,
    () =>
      new Intl.DateTimeFormat(LOCALES[language], {
        day: "numeric",
        month: "short",
        year: "numeric",
        hour: "2-digit",
        minute: "2-digit",
        ...(timeZone ? { timeZone } : {}),
      }),
  ).format(new Date(isoTime));
}
