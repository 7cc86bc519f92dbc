import { createI18n, formatDate, formatDateTime, formatNumber, type Language } from "@upnest/i18n";

const DAYS_PER_MONTH = 30.4375;
const DAYS_PER_YEAR = 365.25;
/** The due date in days of pregnancy (40+0 weeks): a corrected age of 0. */
const TERM_DAYS = 280;

/**
 * The report's words in one language: the `report` namespace's `pdf` texts (`t`), the vaccination words (`tv`) and
 * how the language writes dates, numbers and ages (the i18n package's formatters).
 */
export function wordsFor(language: Language) {
  const i18n = createI18n(language);
  const t = i18n.getFixedT(language, "report", "pdf");
  const tv = i18n.getFixedT(language, "vaccines");
  const number = (value: number, digits = 1) => formatNumber(value, language, digits);
  /** An age as a clinician reads it: days in the first two months, then months and days, years and months from 2. */
  const age = (days: number) => {
    if (Math.abs(days) < 61) return t("age.days", { count: days });
    if (days < 731) {
      const months = Math.floor(days / DAYS_PER_MONTH);
      return t("age.months", { months, days: Math.round(days - months * DAYS_PER_MONTH) });
    }
    const years = Math.floor(days / DAYS_PER_YEAR);
    return t("age.years", { years, months: Math.floor((days - years * DAYS_PER_YEAR) / DAYS_PER_MONTH) });
  };
  /**
   * A corrected age as a clinician reads it: before the due date (negative), the postmenstrual age in weeks+days
   * (40+0 weeks is the due date, as the corrected age counts from it).
   */
  const correctedAge = (days: number) => {
    if (days >= 0) return age(days);
    const pma = TERM_DAYS + days;
    return t("age.postmenstrual", { weeks: Math.floor(pma / 7), days: pma % 7 });
  };
  /** A percentile as the growth page writes it: one decimal, the tails as "< 0.1" and "> 99.9". */
  const percentile = (value: number | null) => {
    if (value === null) return "–";
    if (value < 0.1) return `< ${number(0.1)}`;
    if (value > 99.9) return `> ${number(99.9)}`;
    return number(value);
  };
  return {
    language,
    t,
    tv,
    number,
    age,
    correctedAge,
    percentile,
    date: (iso: string) => formatDate(iso, language),
    moment: (iso: string, timeZone: string) => formatDateTime(iso, language, timeZone),
  };
}
export type Words = ReturnType<typeof wordsFor>;
