// Size at birth against INTERGROWTH-21st's newborn standard: each measurement
// taken at birth scored for the gestational age, and the baby classified as
// small, appropriate or large for gestational age from the birth weight.

import type { NewbornResult, SizeForGestationalAge } from "../standard-types.ts";
import type { Sex } from "../types.ts";
import { newbornZScore } from "./newborn.ts";

export interface SizeAtBirthInput {
  sex: Sex;
  /** Whole days, 168–300 (24+0 to 42+6 weeks). */
  gestationalAgeDays: number;
  weightKg: number;
  lengthCm?: number | null;
  headCircumferenceCm?: number | null;
}

export interface SizeAtBirth {
  weight: NewbornResult;
  length: NewbornResult | null;
  headCircumference: NewbornResult | null;
  /** SGA / AGA / LGA from the weight; null when the weight could not be scored. */
  sizeForGestationalAge: SizeForGestationalAge | null;
}

export function sizeAtBirth(input: SizeAtBirthInput): SizeAtBirth {
  const { sex, gestationalAgeDays, weightKg, lengthCm, headCircumferenceCm } = input;
  const at = { standard: "intergrowth-newborn", sex, gestationalAgeDays } as const;
  const weight = newbornZScore({ ...at, indicator: "weight-for-gestational-age", value: weightKg });
  const length =
    lengthCm == null ? null : newbornZScore({ ...at, indicator: "length-for-gestational-age", value: lengthCm });
  const headCircumference =
    headCircumferenceCm == null
      ? null
      : newbornZScore({ ...at, indicator: "head-circumference-for-gestational-age", value: headCircumferenceCm });
  const sizeForGestationalAge = weight.zScore === null ? null : weight.sizeForGestationalAge;
  return { weight, length, headCircumference, sizeForGestationalAge };
}
