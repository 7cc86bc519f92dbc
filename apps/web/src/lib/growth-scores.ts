// How a WHO score is shown: a percentile parents can read, the z-score beside it, a warning for implausible
// values and words for why there is no percentile. The scores themselves come from the API.
import type { RouterOutputs } from "@upnest/api";

export type ScoredMeasurement = RouterOutputs["measurements"]["list"]["items"][number];
export type Growth = ScoredMeasurement["growth"];
export type Score = NonNullable<Growth["weightForAge"]>;
export type GrowthChartData = RouterOutputs["measurements"]["chart"];

/** The percentile's number: one decimal where it says something ("62.3", "50"), "< 0.1" / "> 99.9" in the tails. */
export function formatPercentile(percentile: number): string {
  if (percentile < 0.1) return "< 0.1";
  if (percentile > 99.9) return "> 99.9";
  return (Math.round(percentile * 10) / 10).toFixed(1).replace(/\.0$/, "");
}

/** English ordinal ending of a number as written: 1st, 2nd, 3rd, 11th, 62.3rd, 0.1st. */
export function ordinalSuffix(written: string): string {
  const whole = !written.includes(".");
  if (whole && /1[123]$/.test(written)) return "th";
  const last = written.at(-1);
  return last === "1" ? "st" : last === "2" ? "nd" : last === "3" ? "rd" : "th";
}

/** "62.3rd percentile", "50th percentile"; in the tails "below the 0.1st percentile" / "above the 99.9th percentile". */
export function describePercentile(percentile: number): string {
  if (percentile < 0.1) return "below the 0.1st percentile";
  if (percentile > 99.9) return "above the 99.9th percentile";
  const written = formatPercentile(percentile);
  return `${written}${ordinalSuffix(written)} percentile`;
}

/** A z-score with two decimals, never "-0.00". */
export function formatZScore(z: number): string {
  const text = z.toFixed(2);
  return text === "-0.00" ? "0.00" : text;
}

export const CHECK_MEASUREMENT = "Check this measurement";

/** Why a flagged value deserves a second look, in a parent's words. */
export function flagMessage(flag: "implausible-low" | "implausible-high"): string {
  return `${CHECK_MEASUREMENT}: it is ${flag === "implausible-low" ? "far below" : "far above"} what is usual for the age. A typing slip or the wrong unit?`;
}

const REASONS: Record<string, string> = {
  "age-before-birth": "measured before the due date",
  "age-over-5-years": "the WHO standards stop at 5 years",
  "value-not-positive": "the value is not above zero",
  "value-out-of-scale": "the value is far outside the charts",
  "length-missing": "needs a length as well",
  "length-below-range": "the length is below the chart's range",
  "length-above-range": "the length is above the chart's range",
  "use-weight-for-height": "weight-for-height applies from 2 years",
  "use-weight-for-length": "weight-for-length applies under 2 years",
};

/** Why a measurement has no percentile. */
export const noScoreReason = (reason: string) =>
  `No percentile: ${REASONS[reason] ?? "not available for this measurement"}`;

/** A short, readable line for a score: "62.3rd percentile" or "No percentile: …". */
export const scoreText = (score: Score) =>
  score.percentile === null ? noScoreReason(score.reason) : describePercentile(score.percentile);
