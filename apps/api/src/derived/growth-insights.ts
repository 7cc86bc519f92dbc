import {
  ageInDays,
  birthWeightRegainFlags,
  bmiClassFlags,
  chartForAge,
  chartTimeline,
  type GrowthFlag,
  NEWBORN_FIRST_DAY,
  NEWBORN_LAST_DAY,
  type NewbornResult,
  type PercentilePoint,
  percentileLineFlags,
  sizeAtBirth,
  weightLossFlags,
} from "@upnest/growth";
import type { Baby } from "@upnest/schemas";
import { gestationDays, type ScoredMeasurement } from "./growth.ts";
import { targetHeightOf } from "./growth-chart.ts";
import type {
  ChartStandard,
  GrowthInsights,
  InsightFlag,
  Score,
  SizeAtBirthAnswer,
  SizeAtBirthScore,
} from "./growth-types.ts";

export type InsightsBaby = Pick<
  Baby,
  "sex" | "dateOfBirth" | "gestationalAgeWeeks" | "motherHeightCm" | "fatherHeightCm"
>;

type Found = { measurementId: string; measuredOn: string };
const pointer = (m: ScoredMeasurement): Found => ({ measurementId: m.measurementId, measuredOn: m.measuredOn });

const birthScore = (result: NewbornResult): SizeAtBirthScore =>
  result.zScore === null
    ? { zScore: null, percentile: null, reason: result.reason }
    : { zScore: result.zScore, percentile: result.percentile };

/** Size at birth from the measurement on the date of birth (its weight) and the gestational age (INTERGROWTH-21st). */
function birthSize(baby: InsightsBaby, birth: ScoredMeasurement | undefined): SizeAtBirthAnswer {
  if (birth?.weightKg === undefined) return { status: "missing", reason: "no-birth-weight" };
  if (baby.gestationalAgeWeeks === undefined) return { status: "missing", reason: "no-gestational-age" };
  const gestationalAgeDays = gestationDays(baby);
  if (gestationalAgeDays < NEWBORN_FIRST_DAY || gestationalAgeDays > NEWBORN_LAST_DAY)
    return { status: "missing", reason: "gestational-age-outside-standard" };
  const size = sizeAtBirth({
    sex: baby.sex,
    gestationalAgeDays,
    weightKg: birth.weightKg,
    lengthCm: birth.lengthCm,
    headCircumferenceCm: birth.headCircumferenceCm,
  });
  return {
    status: "scored",
    measurementId: birth.measurementId,
    gestationalAgeDays,
    measured: { weightKg: birth.weightKg, lengthCm: birth.lengthCm, headCircumferenceCm: birth.headCircumferenceCm },
    weight: birthScore(size.weight),
    length: size.length && birthScore(size.length),
    headCircumference: size.headCircumference && birthScore(size.headCircumference),
    sizeForGestationalAge: size.sizeForGestationalAge,
  };
}

/** The age a standard reads a measurement at: postmenstrual (INTERGROWTH-21st), used days (WHO), chronological (CDC). */
function readAt(standard: ChartStandard, m: ScoredMeasurement): number | null {
  const { age } = m.growth;
  if (standard === "intergrowth-postnatal") return age.postmenstrualDays;
  return standard === "who-2006" ? age.usedDays : age.chronologicalDays;
}

const LINE_MEASURES = [
  ["weight-for-age", (m: ScoredMeasurement) => m.growth.weightForAge],
  ["length-for-age", (m: ScoredMeasurement) => m.growth.lengthForAge],
  ["head-circumference-for-age", (m: ScoredMeasurement) => m.growth.headCircumferenceForAge],
] as const;

/**
 * Falls across two major lines (weight, length) and head circumference crossing two lines, within each standard's
 * own scores: lines of different standards are not compared. Each flag points at the later measurement.
 */
function lineFlags(measurements: readonly ScoredMeasurement[]): InsightFlag[] {
  const flags: InsightFlag[] = [];
  const standards: ChartStandard[] = ["intergrowth-postnatal", "who-2006", "cdc-2000"];
  for (const standard of standards) {
    for (const [indicator, scoreOf] of LINE_MEASURES) {
      const scored = new Map<number, ScoredMeasurement>();
      const points: PercentilePoint[] = [];
      for (const m of measurements) {
        const score: Score | undefined = scoreOf(m);
        const at = readAt(standard, m);
        if (score?.standard !== standard || score.percentile === null || at === null) continue;
        scored.set(at, m);
        points.push({ at, percentile: score.percentile });
      }
      for (const flag of percentileLineFlags({ standard, indicator, points })) {
        const m = scored.get(flag.to.at);
        if (m) flags.push({ ...flag, ...pointer(m) });
      }
    }
  }
  return flags;
}

/** Weight loss above 10 % in the first two weeks and birth weight not regained by day 14 (from the birth weight). */
function newbornFlags(baby: InsightsBaby, measurements: readonly ScoredMeasurement[], birthKg: number): InsightFlag[] {
  const byAge = new Map<number, ScoredMeasurement>();
  const weights = measurements.flatMap((m) => {
    if (m.weightKg === undefined) return [];
    const days = ageInDays(baby.dateOfBirth, m.measuredOn);
    byAge.set(days, m);
    return [{ ageInDays: days, weightKg: m.weightKg }];
  });
  const flags: GrowthFlag[] = [...weightLossFlags(birthKg, weights), ...birthWeightRegainFlags(birthKg, weights)];
  return flags.flatMap((flag) => {
    const m = "ageInDays" in flag ? byAge.get(flag.ageInDays) : undefined;
    return m ? [{ ...flag, ...pointer(m) }] : [];
  });
}

/** CDC's BMI classes on the latest BMI scored on CDC 2000. */
function bmiFlags(measurements: readonly ScoredMeasurement[]): InsightFlag[] {
  const latest = measurements.findLast(
    (m) => m.growth.bmiForAge?.standard === "cdc-2000" && m.growth.bmiForAge.zScore !== null,
  );
  const score = latest?.growth.bmiForAge;
  if (!latest || !score || score.zScore === null) return [];
  const { zScore, percentile, bmi95thPercentile = null, percentOf95thPercentile = null } = score;
  const method = percentile >= 95 ? "extended" : "lms";
  return bmiClassFlags({ zScore, percentile, method, bmi95thPercentile, percentOf95thPercentile }).map((flag) => ({
    ...flag,
    ...pointer(latest),
  }));
}

/**
 * The Growth tab's insights, computed on read from the baby's facts and every measurement (oldest first): the
 * charts the baby moves through and today's, size at birth, the clinical flags (each "worth asking your clinician
 * about", never a diagnosis; newest first) and the mid-parental target height.
 */
export function growthInsights(
  baby: InsightsBaby,
  measurements: readonly ScoredMeasurement[],
  today: string,
): GrowthInsights {
  const ga = gestationDays(baby);
  const sorted = [...measurements].sort((a, b) => a.measuredOn.localeCompare(b.measuredOn));
  const birth = sorted.find((m) => m.measuredOn === baby.dateOfBirth && m.weightKg !== undefined);
  const now = chartForAge({ ageInDays: Math.max(0, ageInDays(baby.dateOfBirth, today)), gestationalAgeDays: ga });
  const flags = [
    ...(birth?.weightKg === undefined ? [] : newbornFlags(baby, sorted, birth.weightKg)),
    ...lineFlags(sorted),
    ...bmiFlags(sorted),
  ].sort((a, b) => b.measuredOn.localeCompare(a.measuredOn));
  return {
    gestationalAgeDays: baby.gestationalAgeWeeks === undefined ? null : ga,
    timeline: chartTimeline(ga),
    standardNow: now.standard,
    sizeAtBirth: birthSize(baby, birth),
    flags,
    targetHeight: targetHeightOf(baby),
  };
}
