import { isLanguage, type Language, languageOfTag } from "./languages.ts";
import { cmToIn, kgToLbOz, mlToFlOz, type Units } from "./units.ts";

// How dates, numbers and units are written, one way per language, all through Intl. Values are stored metric
// (kg, cm); `units` says which a person reads. `language` is one of UpNest's languages, or any BCP 47 locale.

/** The locale each language formats in: English dates read "3 Mar 2026", Spanish "3 mar 2026". */
export const LOCALES: Record<Language, string> = { en: "en-GB", es: "es-ES" };

const localeOf = (language: Language | string) => (isLanguage(language) ? LOCALES[language] : language);

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    cache.set(key, formatter);
  }
  return formatter;
}

const numberFormat = (language: Language | string, options: Intl.NumberFormatOptions) =>
  cached(`n|${language}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(localeOf(language), options));

/** A number with at most `digits` decimals (and at least `minDigits`), in the language's way ("3,5" in Spanish). */
export const formatNumber = (value: number, language: Language | string, digits: number, minDigits = 0) =>
  numberFormat(language, { maximumFractionDigits: digits, minimumFractionDigits: minDigits }).format(value);

/** A metric value with its unit's symbol, as Intl writes it in the language ("3,5 kg"). */
const withUnit = (value: number, unit: string, language: Language | string, digits: number) =>
  numberFormat(language, { style: "unit", unit, unitDisplay: "short", maximumFractionDigits: digits }).format(value);

/** Pounds, ounces and inches keep the symbols on a US growth chart ("lb", "oz", "in") in every language. */
const withSymbol = (value: number, symbol: string, language: Language | string, digits: number) =>
  `${formatNumber(value, language, digits)} ${symbol}`;

/** A weight as a clinician writes it: "4.235 kg" (to the gram), or "9 lb 5.4 oz" ("7.1 oz" under a pound). */
export function formatWeight(kg: number, units: Units, language: Language | string): string {
  if (units === "metric") return withUnit(kg, "kilogram", language, 3);
  const { lb, oz } = kgToLbOz(kg);
  const ounces = withSymbol(oz, "oz", language, 1);
  return lb === 0 ? ounces : `${withSymbol(lb, "lb", language, 0)} ${ounces}`;
}

/** A length or head size to the millimetre: "55.5 cm", or "21.9 in" (to a tenth of an inch). */
export function formatLength(cm: number, units: Units, language: Language | string): string {
  return units === "metric" ? withUnit(cm, "centimeter", language, 1) : withSymbol(cmToIn(cm), "in", language, 1);
}

/** A feed's or a pumping's volume: "120 ml" (to the millilitre), or "4.1 oz" (US fluid ounces, to a tenth). */
export function formatVolume(ml: number, units: Units, language: Language | string): string {
  return units === "metric" ? withUnit(ml, "milliliter", language, 0) : withSymbol(mlToFlOz(ml), "oz", language, 1);
}

/** A calendar date (YYYY-MM-DD), the one way dates are written in the language: "3 Mar 2026", "3 mar 2026". */
export function formatDate(isoDate: string, language: Language | string): string {
  const [year = 0, month = 1, day = 1] = isoDate.slice(0, 10).split("-").map(Number);
  return cached(
    `d|${language}`,
    () =>
      new Intl.DateTimeFormat(localeOf(language), { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }),
  ).format(Date.UTC(year, month - 1, day));
}

/** A moment (ISO timestamp) as its date and time in `timeZone`: "3 Mar 2026, 14:05". */
export function formatDateTime(isoTime: string, language: Language | string, timeZone?: string): string {
  return cached(
    `t|${language}|${timeZone ?? ""}`,
    () =>
      new Intl.DateTimeFormat(localeOf(language), {
        day: "numeric",
        month: "short",
        year: "numeric",
        hour: "2-digit",
        minute: "2-digit",
        ...(timeZone ? { timeZone } : {}),
      }),
  ).format(new Date(isoTime));
}

/** English ordinal ending of a number as written: 1st, 2nd, 3rd, 11th, 62.3rd, 0.1st. */
export function ordinalSuffix(written: string): string {
  const whole = !/[.,]/.test(written);
  if (whole && /1[123]$/.test(written)) return "th";
  const last = written.at(-1);
  return last === "1" ? "st" : last === "2" ? "nd" : last === "3" ? "rd" : "th";
}

/** A number as the language writes it in "the … percentile": "62.3rd" in English, "62,3" in Spanish ("percentil 62,3"). */
export const formatOrdinal = (written: string, language: Language | string) =>
  (languageOfTag(language) ?? "en") === "en" ? `${written}${ordinalSuffix(written)}` : written;
