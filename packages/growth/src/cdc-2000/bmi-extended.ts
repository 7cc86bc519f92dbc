// CDC's 2022 extended BMI-for-age method, for a BMI at or above the 95th
// percentile: Wei R, Ogden CL, Parsons VL, Freedman DS, Hales CM, "A method
// for calculating BMI z-scores and percentiles above the 95th percentile of
// the CDC growth charts", Ann Hum Biol 2020;47(6):514–521, adopted by CDC in
// 2022 (Hales CM et al., Vital Health Stat 1(197), 2022). Above the 95th
// percentile BMI is modelled as P95 plus a half-normal with scale σ(age).

import { inverseNormalCdf, normalCdf } from "../normal.ts";
import type { Sex } from "../types.ts";

/** Φ⁻¹(0.95): the z-score of the 95th percentile. */
export const Z_95TH_PERCENTILE = 1.6448536269514722;

/** σ in kg/m² at an exact age in years (Wei et al. 2020, CDC's 2022 programs). */
export function extendedBmiSigma(sex: Sex, ageYears: number): number {
  return sex === "male"
    ? 0.3728 + 0.5196 * ageYears - 0.0091 * ageYears ** 2
    : 0.8334 + 0.3712 * ageYears - 0.0011 * ageYears ** 2;
}

/**
 * percentile = 90 + 10 · Φ((BMI − P95) / σ), z = Φ⁻¹(percentile / 100). Both
 * are computed from the upper tail, 0.1 · Φ(−(BMI − P95) / σ), so that z stays
 * exact far out (CDC's programs cap z at 8.21 where their percentile rounds to
 * 100). Null when even the tail underflows: a BMI no child has.
 */
export function extendedBmiScore(
  bmi: number,
  p95: number,
  sigma: number,
): { zScore: number; percentile: number } | null {
  const tail = 0.1 * normalCdf(-(bmi - p95) / sigma);
  if (!(tail > 0)) return null;
  return { zScore: -inverseNormalCdf(tail), percentile: 100 - 100 * tail };
}
