import type { RouterOutputs } from "@upnest/api";
import { currentLanguage, t } from "../../i18n/i18n.ts";
import { weeksAndDays } from "../../lib/ages.ts";
import { showDate } from "../../lib/dates.ts";
import { describePercentile, reasonWords, standardShortName } from "../../lib/growth-scores.ts";
import { formatLength, formatNumber, formatWeight, type Units } from "../../lib/units.ts";
import { formatAdultHeight } from "../babies/parent-heights.ts";

// The Growth tab's insights in words: each flag as a card "worth asking your clinician about" with its numbers in
// the person's units and its source, size at birth as one sentence, and the mid-parental target height. Never a
// diagnosis: the words say what was measured and who suggests asking about it.

export type GrowthInsights = RouterOutputs["measurements"]["insights"];
export type InsightFlag = GrowthInsights["flags"][number];
export type SizeAtBirth = GrowthInsights["sizeAtBirth"];
export type FlagCard = { key: string; title: string; body: string; source: string };

const percent = (value: number) => formatNumber(value, 1);

const MEASURES = ["weight-for-age", "length-for-age", "head-circumference-for-age", "bmi-for-age"] as const;
/** The measure a percentile-lines flag is about, in a sentence: "weight", "length/height", "head circumference". */
const measureOf = (indicator: string) =>
  t(
    `growth:insights.measure.${(MEASURES as readonly string[]).includes(indicator) ? (indicator as (typeof MEASURES)[number]) : "other"}`,
  );

/** One flag's card: what happened, with the numbers, and whose guidance suggests asking about it. */
export function flagCard(flag: InsightFlag, units: Units): FlagCard {
  const key = `${flag.code}-${flag.measurementId}`;
  const date = showDate(flag.measuredOn);
  switch (flag.code) {
    case "weight-loss-over-10-percent":
      return {
        key,
        title: t("growth:insights.weightLoss.title", { percent: percent(flag.lossPercent) }),
        body: t("growth:insights.weightLoss.body", {
          date,
          day: flag.ageInDays,
          weight: formatWeight(flag.weightKg, units),
          birthWeight: formatWeight(flag.birthWeightKg, units),
          percent: percent(flag.lossPercent),
        }),
        source: t("growth:insights.weightLoss.source"),
      };
    case "birth-weight-not-regained-by-14-days":
      return {
        key,
        title: t("growth:insights.notRegained.title"),
        body: t("growth:insights.notRegained.body", {
          date,
          day: flag.ageInDays,
          weight: formatWeight(flag.weightKg, units),
          birthWeight: formatWeight(flag.birthWeightKg, units),
          percent: percent(flag.belowPercent),
        }),
        source: t("growth:insights.notRegained.source"),
      };
    case "fell-across-two-percentile-lines":
    case "head-circumference-crossed-two-percentile-lines": {
      const lines = new Intl.ListFormat(currentLanguage(), { type: "conjunction" }).format(
        flag.linesCrossed.map((line) => t("growth:insights.line", { line })),
      );
      const head = flag.code === "head-circumference-crossed-two-percentile-lines";
      return {
        key,
        title: t(head ? "growth:insights.lines.headTitle" : `growth:insights.lines.title.${flag.direction}`, {
          measure: measureOf(flag.indicator),
        }),
        body: t(`growth:insights.lines.body.${flag.direction}`, {
          measure: measureOf(flag.indicator),
          standard: standardShortName(flag.standard),
          from: describePercentile(flag.from.percentile),
          to: describePercentile(flag.to.percentile),
          date,
          lines,
        }),
        source: t("growth:insights.lines.source"),
      };
    }
    default: {
      const level =
        flag.code === "bmi-at-or-above-140-percent-of-95th"
          ? "p140"
          : flag.code === "bmi-at-or-above-120-percent-of-95th"
            ? "p120"
            : "p95";
      return {
        key,
        title: t(`growth:insights.bmi.title.${level}`),
        body: t("growth:insights.bmi.body", {
          date,
          bmi: formatNumber(flag.bmi, 1),
          percentile: describePercentile(flag.percentile),
          percent: formatNumber(flag.percentOf95thPercentile, 0),
          p95: formatNumber(flag.bmi95thPercentile, 1),
        }),
        source: t("growth:insights.bmi.source"),
      };
    }
  }
}

const SIZES = ["sga", "aga", "lga"] as const;

/**
 * Size at birth: "Born at 30 + 0 weeks weighing 1.4 kg: appropriate for gestational age (42nd percentile,
 * INTERGROWTH-21st)", the birth length and head when measured, or what to add to see it.
 */
export function sizeAtBirthWords(
  size: SizeAtBirth,
  birth: { weightKg?: number | undefined; lengthCm?: number | undefined; headCircumferenceCm?: number | undefined },
  units: Units,
): { sentence: string; details: string[] } {
  if (size.status === "missing") return { sentence: t(`growth:insights.birth.missing.${size.reason}`), details: [] };
  const born = {
    weeks: weeksAndDays(size.gestationalAgeDays),
    weight: birth.weightKg === undefined ? "" : formatWeight(birth.weightKg, units),
  };
  const w = size.weight;
  const sentence =
    w.percentile === null
      ? t("growth:insights.birth.noScore", { ...born, reason: reasonWords(w.reason) })
      : t("growth:insights.birth.scored", {
          ...born,
          size:
            size.sizeForGestationalAge && SIZES.includes(size.sizeForGestationalAge)
              ? t(`growth:insights.birth.size.${size.sizeForGestationalAge}`)
              : t("growth:insights.birth.size.unknown"),
          percentile: describePercentile(w.percentile),
        });
  const details: string[] = [];
  const detail = (key: "length" | "head", cm: number | undefined, score: typeof size.length) => {
    if (cm === undefined || score === null) return;
    const value = formatLength(cm, units);
    details.push(
      score.percentile === null
        ? t(`growth:insights.birth.${key}NoScore`, { value, reason: reasonWords(score.reason) })
        : t(`growth:insights.birth.${key}`, { value, percentile: describePercentile(score.percentile) }),
    );
  };
  detail("length", birth.lengthCm, size.length);
  detail("head", birth.headCircumferenceCm, size.headCircumference);
  return { sentence, details };
}

/** "Target height from the parents' heights: 176 cm, most often between 168 and 185 cm (Tanner, ± 8.5 cm)." */
export function targetHeightWords(target: NonNullable<GrowthInsights["targetHeight"]>, units: Units): string {
  return t("growth:insights.target.sentence", {
    target: formatAdultHeight(target.targetCm, units),
    low: formatAdultHeight(target.lowCm, units),
    high: formatAdultHeight(target.highCm, units),
  });
}
