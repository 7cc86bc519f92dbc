import { t } from "../../i18n/i18n.ts";
import type { ChartStandard, Growth, Score } from "../../lib/growth-scores.ts";

// A measurement's percentiles as its row in the list shows them: the scored measures grouped by the standard
// they were read on (each standard named once), and the measures without a percentile grouped by why (each reason
// said once), so a row says "No percentile for weight, length and head: …" once. Weight-for-length and BMI are
// computed from what was measured, not typed: they are shown when scored and left out otherwise (before the due
// date neither has a chart, and a line saying so for numbers nobody entered would only be noise).

export type MeasureKey = "weight" | "length" | "head" | "weightForLength" | "weightForHeight" | "bmi";
const MEASURED: readonly MeasureKey[] = ["weight", "length", "head"];
export type RowScore = { measure: MeasureKey; score: Score };
export type StandardGroup = { standard: ChartStandard | null; scores: RowScore[] };
export type MissingGroup = { reason: string; measures: MeasureKey[] };
export type RowScores = { scored: StandardGroup[]; missing: MissingGroup[]; flagged: RowScore[] };

/** Each measure's score, in the order the measures are shown. */
function measureScores(g: Growth): RowScore[] {
  const list: { measure: MeasureKey; score: Score | undefined }[] = [
    { measure: "weight", score: g.weightForAge },
    { measure: "length", score: g.lengthForAge },
    { measure: "head", score: g.headCircumferenceForAge },
    {
      measure: g.weightForLength?.indicator === "weight-for-height" ? "weightForHeight" : "weightForLength",
      score: g.weightForLength,
    },
    { measure: "bmi", score: g.bmiForAge },
  ];
  return list.filter((s): s is RowScore => s.score !== undefined);
}

/** Appends `item` to the group `keyOf` names, making the group the first time (groups keep first-seen order). */
function into<G, K>(groups: G[], keyOf: (group: G) => K, key: K, make: () => G, add: (group: G) => void) {
  const found = groups.find((group) => keyOf(group) === key);
  if (found) add(found);
  else {
    const group = make();
    add(group);
    groups.push(group);
  }
}

export function rowScores(growth: Growth): RowScores {
  const scored: StandardGroup[] = [];
  const missing: MissingGroup[] = [];
  const all = measureScores(growth);
  for (const item of all) {
    const { score } = item;
    if (score.percentile === null) {
      if (!MEASURED.includes(item.measure)) continue;
      into(
        missing,
        (g) => g.reason,
        score.reason,
        () => ({ reason: score.reason, measures: [] }),
        (g) => g.measures.push(item.measure),
      );
    } else {
      into(
        scored,
        (g) => g.standard,
        score.standard,
        () => ({ standard: score.standard, scores: [] }),
        (g) => g.scores.push(item),
      );
    }
  }
  return { scored, missing, flagged: all.filter(({ score }) => score.flag !== null) };
}

/** A measure's name as a row labels its percentile: "Weight", "BMI". */
export const measureLabel = (measure: MeasureKey) => t(`growth:measures.${measure}`);

/** Names joined the language's way: "weight, length and head" / "peso, longitud y cabeza". */
export function measureList(measures: readonly MeasureKey[], language: string): string {
  const names = measures.map((m) => t(`growth:measures.${m}Lower`));
  return new Intl.ListFormat(language, { style: "long", type: "conjunction" }).format(names);
}
