// The words around a growth chart: which standards it uses (its title line and the sentence under it, built from the
// segments shown), what each point says (its accessible name and details), and the target height.
import { t } from "../../i18n/i18n.ts";
import type { ShownAges } from "../../lib/ages.ts";
import {
  type ChartStandard,
  describePercentile,
  noScoreReason,
  percentOf95th,
  type Score,
  standardShortName,
} from "../../lib/growth-scores.ts";
import { DAYS_PER_MONTH, DAYS_PER_YEAR } from "./chart-axis.ts";

/** "INTERGROWTH-21st (born early)", "WHO", "CDC 2000": a standard as the chart's title line names it. */
export const standardName = (standard: ChartStandard) => t(`growth:standards.name.${standard}`);

/** The standards in the order the chart moves through them, each once. */
export function standardsShown(segments: readonly { standard: ChartStandard }[]): ChartStandard[] {
  const out: ChartStandard[] = [];
  for (const { standard } of segments) if (out[out.length - 1] !== standard) out.push(standard);
  return out;
}

/** "INTERGROWTH-21st (born early) → WHO → CDC 2000". */
export const standardsTitle = (standards: readonly ChartStandard[]) =>
  standards.map(standardName).join(t("growth:standards.arrow"));

/** The age a chart switches at, in the words a parent counts it: weeks in the first year, then months, then years. */
export function switchAge(days: number): string {
  if (days < 365) return t("age.weeks", { count: Math.round(days / 7) });
  if (days < 730) return t("age.months", { count: Math.round(days / DAYS_PER_MONTH) });
  return t("age.years", { count: Math.round(days / DAYS_PER_YEAR) });
}

export type StandardStretch = { standard: ChartStandard; fromDay: number };

/**
 * One sentence on the charts used, from the stretches shown: "Until 34 weeks old (64 weeks postmenstrual) this chart uses INTERGROWTH-21st's
 * standard for babies born early; from then WHO's, at corrected age; from 2 years CDC's charts, as US
 * paediatricians use." `corrected`: WHO reads the corrected age (a baby born before 37 weeks).
 */
export function standardsSentence(stretches: readonly StandardStretch[], corrected: boolean): string {
  const phrase = (standard: ChartStandard, first: boolean) =>
    standard === "who-2006" && corrected
      ? t(first ? "growth:standards.phrase.whoCorrected" : "growth:standards.phraseThen.whoCorrected")
      : t(first ? `growth:standards.phrase.${standard}` : `growth:standards.phraseThen.${standard}`);
  const [first, second] = stretches;
  if (!first) return "";
  if (!second) return t("growth:standards.only", { phrase: phrase(first.standard, true) });
  // INTERGROWTH-21st's postnatal standard ends at 64 weeks postmenstrual: said beside the baby's own age.
  const until =
    first.standard === "intergrowth-postnatal" ? "growth:standards.untilPostnatal" : "growth:standards.until";
  const parts = [t(until, { age: switchAge(second.fromDay), phrase: phrase(first.standard, true) })];
  stretches.slice(1).forEach((stretch, i) => {
    parts.push(
      i === 0
        ? t("growth:standards.fromThen", { phrase: phrase(stretch.standard, false) })
        : t("growth:standards.fromAge", { age: switchAge(stretch.fromDay), phrase: phrase(stretch.standard, false) }),
    );
  });
  return t("growth:standards.sentence", { parts: parts.join(t("growth:standards.partsJoin")) });
}

/** "34th percentile (WHO)", or why there is none. */
export const percentileWithStandard = (score: Score) =>
  score.percentile === null
    ? noScoreReason(score.reason)
    : t("growth:chart.percentileOf", {
        percentile: describePercentile(score.percentile),
        standard: score.standard ? standardShortName(score.standard) : "",
      });

/** CDC's BMI extra, as the list writes it: "BMI is 121 % of the 95th percentile"; null for any other score. */
export function bmiOfP95(score: Score): string | null {
  const ofP95 = percentOf95th(score);
  return ofP95 && t("growth:chart.bmiOfP95", { ofP95 });
}

/** What a screen reader reads for a point: "12 Mar 2026, 4 months (2 months corrected), 5.2 kg, 34th percentile (WHO)". */
export const pointName = (date: string, ages: ShownAges, value: string, score: Score) =>
  t("growth:chart.pointName", { date, age: ages.line, value, percentile: percentileWithStandard(score) });
