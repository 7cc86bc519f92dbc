// How a growth score is shown: a percentile parents can read (one precision rule everywhere), the z-score beside
// it, the standard it was read on, a warning for implausible values and words for why there is no percentile. The
// scores themselves come from the API.
import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@upnest/api";
import { formatOrdinal } from "@upnest/i18n";
import { currentLanguage, t } from "../i18n/i18n.ts";
import { formatNumber } from "./units.ts";

export { ordinalSuffix } from "@upnest/i18n";

type Outputs = inferRouterOutputs<AppRouter>;
export type ScoredMeasurement = Outputs["measurements"]["list"]["items"][number];
export type Growth = ScoredMeasurement["growth"];
export type Score = NonNullable<Growth["weightForAge"]>;
export type GrowthChartData = Outputs["measurements"]["chart"];
/** A chart a score is read on after birth: "intergrowth-postnatal", "who-2006", "cdc-2000". */
export type ChartStandard = NonNullable<Growth["standard"]>;

/**
 * The one precision for percentiles, on every screen: a whole number from the 3rd to the 97th percentile (a
 * tenth there is smaller than the change one millimetre or a few grams of measuring makes), one decimal outside
 * them where the charts' outer lines are and a tenth tells 0.4 from 2.6, and "< 0.1" / "> 99.9" beyond (one decimal
 * cannot say more there). The rule is applied to the value rounded to a tenth, so 2.96 is "3" and 97.04 is "97".
 */
const TAIL = 0.1;
const WHOLE_FROM = 3;
const WHOLE_TO = 97;
const written = (percentile: number) => {
  const tenth = Math.round(percentile * 10) / 10;
  return tenth < WHOLE_FROM || tenth > WHOLE_TO ? formatNumber(tenth, 1) : formatNumber(Math.round(tenth), 0);
};

/** The percentile's number: "62", "2.4", "97.6"; "< 0.1" / "> 99.9" in the tails. */
export function formatPercentile(percentile: number): string {
  if (percentile < TAIL) return t("growth:percentile.below", { value: formatNumber(TAIL, 1) });
  if (percentile > 100 - TAIL) return t("growth:percentile.above", { value: formatNumber(100 - TAIL, 1) });
  return written(percentile);
}

const ordinal = (text: string) => formatOrdinal(text, currentLanguage());

/** "62nd percentile", "2.4th percentile"; in the tails "below the 0.1st percentile" / "above the 99.9th percentile". */
export function describePercentile(percentile: number): string {
  if (percentile < TAIL) return t("growth:percentile.belowNth", { ordinal: ordinal(formatNumber(TAIL, 1)) });
  if (percentile > 100 - TAIL)
    return t("growth:percentile.aboveNth", { ordinal: ordinal(formatNumber(100 - TAIL, 1)) });
  return t("growth:percentile.nth", { ordinal: ordinal(written(percentile)) });
}

/** A curve's percentile as written at its end: "3rd", "50th" (Spanish "P3", "P50"). */
export const curveLabel = (percentile: number) =>
  t("growth:chart.curve", { ordinal: formatOrdinal(String(percentile), currentLanguage()) });

/** A z-score with two decimals, never "-0.00". */
export function formatZScore(z: number): string {
  const rounded = Math.round(z * 100) / 100;
  return formatNumber(rounded === 0 ? 0 : rounded, 2, undefined, 2);
}

const STANDARDS = ["intergrowth-postnatal", "who-2006", "cdc-2000", "intergrowth-newborn"] as const;
/** A standard's short name, as a row or a flag cites it: "INTERGROWTH-21st", "WHO", "CDC". */
export const standardShortName = (standard: string) =>
  (STANDARDS as readonly string[]).includes(standard)
    ? t(`growth:percentile.standard.${standard as (typeof STANDARDS)[number]}`)
    : standard;

/** CDC 2000 BMI-for-age: "112 % of the 95th percentile" (CDC's 2022 extended BMI classes use it); null elsewhere. */
export function percentOf95th(score: Score): string | null {
  if (score.percentile === null || typeof score.percentOf95thPercentile !== "number") return null;
  return t("growth:percentile.ofP95", { percent: formatNumber(score.percentOf95thPercentile, 0) });
}

export const checkMeasurement = () => t("growth:percentile.check");

/** Why a flagged value deserves a second look, in a parent's words. */
export const flagMessage = (flag: "implausible-low" | "implausible-high"): string =>
  t(flag === "implausible-low" ? "growth:percentile.flagLow" : "growth:percentile.flagHigh");

/**
 * Every code the API sends for a missing percentile: WHO's (`NoScoreReason`), CDC 2000's and INTERGROWTH-21st's
 * (`StandardNoScoreReason`) and the chart for the age's (`ChartReason`). A newer code reads as "not available".
 */
export const NO_SCORE_REASONS = [
  "age-before-birth",
  "age-over-5-years",
  "value-not-positive",
  "value-out-of-scale",
  "length-missing",
  "length-below-range",
  "length-above-range",
  "use-weight-for-height",
  "use-weight-for-length",
  "unknown-measurement-position",
  "age-under-2-years",
  "age-over-20-years",
  "gestational-age-before-24-weeks",
  "gestational-age-after-42-weeks",
  "postmenstrual-age-before-27-weeks",
  "postmenstrual-age-after-64-weeks",
  "before-postnatal-standard",
  "gestational-age-out-of-range",
] as const;
type Reason = (typeof NO_SCORE_REASONS)[number];
const isReason = (reason: string): reason is Reason => (NO_SCORE_REASONS as readonly string[]).includes(reason);

/** The reason's words alone: "measured before 27 weeks postmenstrual, where INTERGROWTH-21st's chart starts". */
export const reasonWords = (reason: string) => t(`growth:percentile.reason.${isReason(reason) ? reason : "other"}`);

/** Why a measurement has no percentile. */
export const noScoreReason = (reason: string) => t("growth:percentile.noScore", { reason: reasonWords(reason) });

/** A short, readable line for a score: "62nd percentile" or "No percentile: …". */
export const scoreText = (score: Score) =>
  score.percentile === null ? noScoreReason(score.reason) : describePercentile(score.percentile);
