import {
  ageForPercentile,
  bmi,
  computeZScore,
  type Indicator,
  whoTablesSource,
  type ZScoreResult,
} from "@upnest/growth";
import type { Baby, Measurement } from "@upnest/schemas";

/**
 * WHO z-scores and percentiles are computed on read, never stored. The
 * tables are static and versioned with @upnest/growth, scoring takes
 * microseconds, and a correction to the standard or to a baby's date of birth
 * or gestational age then applies to every past measurement at once, with no
 * migration and no stale percentiles. `standard` says which tables were used.
 */
export type Score =
  | { zScore: number; percentile: number; flag: "implausible-low" | "implausible-high" | null }
  | { zScore: null; percentile: null; flag: null; reason: string };

export type Growth = {
  standard: string;
  age: { chronologicalDays: number; correctedDays: number | null; usedDays: number; corrected: boolean };
  weightForAge?: Score;
  lengthForAge?: Score;
  headCircumferenceForAge?: Score;
  /** Weight-for-length under 2 years (of the age used), weight-for-height from 2 years. */
  weightForLength?: Score & { indicator: "weight-for-length" | "weight-for-height" };
  bmiForAge?: Score;
};

export type ScoredMeasurement = Measurement & { growth: Growth };

export const STANDARD = `WHO Child Growth Standards 2006 (anthro ${whoTablesSource.anthroCommit.slice(0, 7)})`;

/** Keeps what a client needs; the package's developer message stays here. */
const score = (result: ZScoreResult): Score =>
  result.zScore === null
    ? { zScore: null, percentile: null, flag: null, reason: result.reason }
    : { zScore: result.zScore, percentile: result.percentile, flag: result.flag };

export function scoreMeasurement(
  baby: Pick<Baby, "sex" | "dateOfBirth" | "gestationalAgeWeeks">,
  m: Measurement,
): ScoredMeasurement {
  const age = ageForPercentile({
    dateOfBirth: baby.dateOfBirth,
    measuredOn: m.measuredOn,
    gestationalAgeWeeks: baby.gestationalAgeWeeks,
  });
  const ageInDays = age.usedDays;
  const measured = m.lengthMethod ?? null;
  const z = (indicator: Indicator, value: number, extra: { lengthCm?: number; measured?: typeof measured } = {}) =>
    score(computeZScore({ indicator, sex: baby.sex, ageInDays, value, ...extra }));
  const growth: Growth = { standard: STANDARD, age };
  if (m.weightKg !== undefined) growth.weightForAge = z("weight-for-age", m.weightKg);
  if (m.lengthCm !== undefined) growth.lengthForAge = z("length-for-age", m.lengthCm, { measured });
  if (m.headCircumferenceCm !== undefined)
    growth.headCircumferenceForAge = z("head-circumference-for-age", m.headCircumferenceCm);
  if (m.weightKg !== undefined && m.lengthCm !== undefined) {
    const indicator = ageInDays < 731 ? "weight-for-length" : "weight-for-height";
    growth.weightForLength = { indicator, ...z(indicator, m.weightKg, { lengthCm: m.lengthCm, measured }) };
    const value = bmi({ weightKg: m.weightKg, lengthCm: m.lengthCm, ageInDays, measured });
    if (value !== null) growth.bmiForAge = z("bmi-for-age", value);
  }
  return { ...m, growth };
}
