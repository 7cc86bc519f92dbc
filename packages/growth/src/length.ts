// Length versus height. WHO's tables expect recumbent length before 731 days
// and standing height from 731 days; a child measured the other way is
// converted with WHO's fixed 0.7 cm difference before anything else.

import type { Measured } from "./types.ts";

/** First age in days at which WHO expects standing height (24 months = 730.5 days, rounded up). */
export const STANDING_FROM_DAY = 731;

/** A child lying down measures on average this much longer than standing (WHO). */
export const LYING_MINUS_STANDING_CM = 0.7;

/** The position WHO's tables assume at an age. */
export function expectedPosition(ageInDays: number): Measured {
  return ageInDays < STANDING_FROM_DAY ? "lying" : "standing";
}

/**
 * The length/height the tables expect: +0.7 cm for standing under 731 days,
 * −0.7 cm for lying from 731 days, unchanged otherwise or when `measured` is
 * unknown (then we assume the child was measured as WHO expects).
 */
export function adjustLengthForAge(lengthCm: number, ageInDays: number, measured?: Measured | null): number {
  const expected = expectedPosition(ageInDays);
  if (measured == null || measured === expected) return lengthCm;
  const adjusted = measured === "standing" ? lengthCm + LYING_MINUS_STANDING_CM : lengthCm - LYING_MINUS_STANDING_CM;
  // Drop binary noise (72.86 − 0.7 = 72.16000000000001) so the value reads as measured.
  return Math.round(adjusted * 1e9) / 1e9;
}

export interface BmiInput {
  weightKg: number;
  lengthCm: number;
  ageInDays: number;
  measured?: Measured | null;
}

/** BMI in kg/m² from the adjusted length/height; null unless weight and length are positive. */
export function bmi({ weightKg, lengthCm, ageInDays, measured }: BmiInput): number | null {
  if (!(weightKg > 0 && Number.isFinite(weightKg) && lengthCm > 0 && Number.isFinite(lengthCm))) return null;
  const metres = adjustLengthForAge(lengthCm, ageInDays, measured) / 100;
  return weightKg / (metres * metres);
}
