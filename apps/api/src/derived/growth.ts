import {
  adjustLengthForAge,
  ageForPercentile,
  bmi,
  chartForAge,
  computeZScore,
  type Indicator,
  type PostnatalIndicator,
  PRETERM_BEFORE_DAYS,
  TERM_DAYS,
  type ZScoreResult,
} from "@upnest/growth";
import type { Baby, Measurement } from "@upnest/schemas";
import type { ChartStandard, Growth, Score } from "./growth-types.ts";

/**
 * Z-scores and percentiles are computed on read, never stored (decision 0002). The tables are static and
 * versioned with @upnest/growth, scoring takes microseconds, and a correction to the standard or to a baby's date
 * of birth or gestational age then applies to every past measurement at once, with no migration and no stale
 * percentiles. Each score names the standard that gave it.
 */
export type ScoredMeasurement = Measurement & { growth: Growth };

export type GrowthBaby = Pick<Baby, "sex" | "dateOfBirth" | "gestationalAgeWeeks">;

/** Gestational age at birth in whole days; term (40+0) when not recorded, as the charts take it. */
export const gestationDays = (baby: Pick<Baby, "gestationalAgeWeeks">) =>
  baby.gestationalAgeWeeks === undefined ? TERM_DAYS : Math.round(baby.gestationalAgeWeeks * 7);

/** Days from birth to the due date for a baby born before 37 weeks (WHO's corrected age), else 0. */
export const correctionDaysOf = (gestationalAgeDays: number) =>
  gestationalAgeDays < PRETERM_BEFORE_DAYS ? TERM_DAYS - gestationalAgeDays : 0;

/** WHO's plausibility limit, applied to the standards that have none of their own. */
const IMPLAUSIBLE_Z = 5;

/** Keeps what a client needs of a WHO answer; the package's developer message stays here. */
const whoScore = (result: ZScoreResult): Score =>
  result.zScore === null
    ? { standard: "who-2006", zScore: null, percentile: null, flag: null, reason: result.reason }
    : { standard: "who-2006", zScore: result.zScore, percentile: result.percentile, flag: result.flag };

type StandardAnswer =
  | { zScore: number; percentile: number; bmi95thPercentile?: number | null; percentOf95thPercentile?: number | null }
  | { zScore: null; reason: string };

function standardScore(standard: ChartStandard, result: StandardAnswer): Score {
  if (result.zScore === null) return { standard, zScore: null, percentile: null, flag: null, reason: result.reason };
  const { zScore, percentile } = result;
  const flag = zScore < -IMPLAUSIBLE_Z ? "implausible-low" : zScore > IMPLAUSIBLE_Z ? "implausible-high" : null;
  const score: Score = { standard, zScore, percentile, flag };
  if (result.bmi95thPercentile != null) {
    score.bmi95thPercentile = result.bmi95thPercentile;
    score.percentOf95thPercentile = result.percentOf95thPercentile ?? null;
  }
  return score;
}

/**
 * A measurement's scores on the standard for the baby's age on the day (chartForAge, by chronological age and
 * gestational age at birth): INTERGROWTH-21st postnatal (weight, length, head circumference by postmenstrual age)
 * for a preterm baby to 64 weeks, WHO at corrected age to 24 months, then CDC 2000 (weight, stature, BMI). What a
 * standard does not chart stays WHO: weight-for-length/height always, head circumference to 5 years, and BMI
 * while INTERGROWTH-21st scores the rest. Before a standard starts (born before 27 weeks) or past 20 years, a
 * score carries the chart's reason.
 */
export function scoreMeasurement(baby: GrowthBaby, m: Measurement): ScoredMeasurement {
  const age = ageForPercentile({
    dateOfBirth: baby.dateOfBirth,
    measuredOn: m.measuredOn,
    gestationalAgeWeeks: baby.gestationalAgeWeeks,
  });
  const ga = gestationDays(baby);
  const days = age.chronologicalDays;
  const chart = chartForAge({ ageInDays: days, gestationalAgeDays: ga });
  const { sex } = baby;
  const measured = m.lengthMethod ?? null;
  const who = (indicator: Indicator, value: number, extra: { lengthCm?: number; measured?: typeof measured } = {}) =>
    whoScore(computeZScore({ indicator, sex, ageInDays: age.usedDays, value, ...extra }));
  const noChart = (reason: string): Score => ({ standard: null, zScore: null, percentile: null, flag: null, reason });
  /** Weight, length and head circumference on the chart for the age; `onWho` scores it on WHO's. */
  const onChart = (indicator: PostnatalIndicator, value: number, onWho: () => Score): Score => {
    switch (chart.standard) {
      case "intergrowth-postnatal": {
        const { standard, postmenstrualAgeDays } = chart;
        return standardScore(standard, computeZScore({ standard, indicator, sex, postmenstrualAgeDays, value }));
      }
      case "cdc-2000": {
        // CDC 2000's 2–20 year charts have no head circumference: WHO's goes on to 5 years.
        if (indicator === "head-circumference-for-age") return onWho();
        const { standard } = chart;
        return standardScore(standard, computeZScore({ standard, indicator, sex, ageInDays: days, value }));
      }
      case "who-2006":
        return onWho();
      default:
        return noChart(chart.reason);
    }
  };

  const growth: Growth = {
    standard: chart.standard,
    age: { ...age, postmenstrualDays: ga < PRETERM_BEFORE_DAYS ? ga + days : null },
  };
  const { weightKg, lengthCm, headCircumferenceCm } = m;
  if (weightKg !== undefined)
    growth.weightForAge = onChart("weight-for-age", weightKg, () => who("weight-for-age", weightKg));
  // The standards other than WHO take the length as given, so WHO's 0.7 cm lying/standing rule is applied first,
  // the same way as on the WHO path: a lying length from 2 years is 0.7 cm more than the stature CDC 2000 charts,
  // a standing one before 2 years 0.7 cm less than the recumbent length INTERGROWTH-21st charts.
  if (lengthCm !== undefined)
    growth.lengthForAge = onChart("length-for-age", adjustLengthForAge(lengthCm, days, measured), () =>
      who("length-for-age", lengthCm, { measured }),
    );
  if (headCircumferenceCm !== undefined)
    growth.headCircumferenceForAge = onChart("head-circumference-for-age", headCircumferenceCm, () =>
      who("head-circumference-for-age", headCircumferenceCm),
    );
  if (weightKg !== undefined && lengthCm !== undefined) {
    const indicator = age.usedDays < 731 ? "weight-for-length" : "weight-for-height";
    growth.weightForLength = { indicator, ...who(indicator, weightKg, { lengthCm, measured }) };
    // From the 0.7 cm-adjusted length; WHO's BMI while INTERGROWTH-21st (which has none) scores the rest.
    const value = bmi({ weightKg, lengthCm, ageInDays: days, measured });
    if (value !== null)
      growth.bmiForAge =
        chart.standard === "cdc-2000"
          ? standardScore(
              chart.standard,
              computeZScore({ standard: chart.standard, indicator: "bmi-for-age", sex, ageInDays: days, value }),
            )
          : chart.standard === null
            ? noChart(chart.reason)
            : who("bmi-for-age", value);
  }
  return { ...m, growth };
}
