// How a WHO score is shown: a percentile parents can read, the z-score beside it, a warning for implausible
// values and words for why there is no percentile. The scores themselves come from the API.
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

const TAIL = 0.1;
const written = (percentile: number) => formatNumber(Math.round(percentile * 10) / 10, 1);

/** The percentile's number: one decimal where it says something ("62.3", "50"), "< 0.1" / "> 99.9" in the tails. */
export function formatPercentile(percentile: number): string {
  if (percentile < TAIL) return t("growth:percentile.below", { value: written(TAIL) });
  if (percentile > 100 - TAIL) return t("growth:percentile.above", { value: written(100 - TAIL) });
  return written(percentile);
}

const ordinal = (percentile: number) => formatOrdinal(written(percentile), currentLanguage());

/** "62.3rd percentile", "50th percentile"; in the tails "below the 0.1st percentile" / "above the 99.9th percentile". */
export function describePercentile(percentile: number): string {
  if (percentile < TAIL) return t("growth:percentile.belowNth", { ordinal: ordinal(TAIL) });
  if (percentile > 100 - TAIL) return t("growth:percentile.aboveNth", { ordinal: ordinal(100 - TAIL) });
  return t("growth:percentile.nth", { ordinal: ordinal(percentile) });
}

/** A curve's percentile as written at its end: "3rd", "50th" (Spanish "P3", "P50"). */
export const curveLabel = (percentile: number) =>
  t("growth:chart.curve", { ordinal: formatOrdinal(String(percentile), currentLanguage()) });

/** A z-score with two decimals, never "-0.00". */
export function formatZScore(z: number): string {
  const rounded = Math.round(z * 100) / 100;
  return formatNumber(rounded === 0 ? 0 : rounded, 2, undefined, 2);
}

export const checkMeasurement = () => t("growth:percentile.check");

/** Why a flagged value deserves a second look, in a parent's words. */
export const flagMessage = (flag: "implausible-low" | "implausible-high"): string =>
  t(flag === "implausible-low" ? "growth:percentile.flagLow" : "growth:percentile.flagHigh");

const REASONS = [
  "age-before-birth",
  "age-over-5-years",
  "value-not-positive",
  "value-out-of-scale",
  "length-missing",
  "length-below-range",
  "length-above-range",
  "use-weight-for-height",
  "use-weight-for-length",
] as const;
const isReason = (reason: string): reason is (typeof REASONS)[number] =>
  (REASONS as readonly string[]).includes(reason);

/** Why a measurement has no percentile. */
export const noScoreReason = (reason: string) =>
  t("growth:percentile.noScore", { reason: t(`growth:percentile.reason.${isReason(reason) ? reason : "other"}`) });

/** A short, readable line for a score: "62.3rd percentile" or "No percentile: …". */
export const scoreText = (score: Score) =>
  score.percentile === null ? noScoreReason(score.reason) : describePercentile(score.percentile);
