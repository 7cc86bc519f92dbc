// Inputs and answers of computeZScore for the standards beyond WHO 0–5 years:
// CDC 2000 (2–20 years) and INTERGROWTH-21st (size at birth; preterm babies
// after birth). WHO's own vocabulary stays in types.ts, unchanged.

import type { Sex } from "./types.ts";

/** Which growth standard scores a measurement; computeZScore without one is WHO. */
export type Standard = "who-2006" | "cdc-2000" | "intergrowth-newborn" | "intergrowth-postnatal";

/** CDC's stature-for-age is called length-for-age here; it is standing height. */
export type CdcIndicator = "weight-for-age" | "length-for-age" | "bmi-for-age";

export type NewbornIndicator =
  | "weight-for-gestational-age"
  | "length-for-gestational-age"
  | "head-circumference-for-gestational-age";

export type PostnatalIndicator = "weight-for-age" | "length-for-age" | "head-circumference-for-age";

export interface CdcZScoreInput {
  standard: "cdc-2000";
  indicator: CdcIndicator;
  sex: Sex;
  /** Whole days since birth, 731–7305 (24.0–240.0 months of 30.4375 days). */
  ageInDays: number;
  /** kg, cm (standing height) or kg/m². */
  value: number;
}

export interface NewbornZScoreInput {
  standard: "intergrowth-newborn";
  indicator: NewbornIndicator;
  sex: Sex;
  /** Gestational age at birth in whole days, 168–300 (24+0 to 42+6 weeks). */
  gestationalAgeDays: number;
  /** kg or cm, measured at birth. */
  value: number;
}

export interface PostnatalZScoreInput {
  standard: "intergrowth-postnatal";
  indicator: PostnatalIndicator;
  sex: Sex;
  /** Gestational age at birth plus days since birth, whole days 189–448 (27 to 64 weeks). */
  postmenstrualAgeDays: number;
  /** kg or cm. */
  value: number;
}

export type StandardZScoreInput = CdcZScoreInput | NewbornZScoreInput | PostnatalZScoreInput;

export interface StandardScore {
  zScore: number;
  /** 100 · Φ(z), unrounded; see formatPercentile for display. */
  percentile: number;
}

export interface CdcScore extends StandardScore {
  /**
   * "extended" for a BMI at or above the 95th percentile (CDC's 2022 method
   * gave the z-score and percentile), "lms" otherwise.
   */
  method: "lms" | "extended";
  /** BMI-for-age only: the 95th percentile (kg/m²) at this age, and the BMI as a percent of it. */
  bmi95thPercentile: number | null;
  percentOf95thPercentile: number | null;
}

/**
 * Size for gestational age from birth weight (INTERGROWTH-21st, Villar et al. 2014): small (SGA) below the
 * 10th centile, large (LGA) above the 90th, appropriate (AGA) from the 10th to the 90th.
 */
export type SizeForGestationalAge = "sga" | "aga" | "lga";

export interface NewbornScore extends StandardScore {
  /** Which part of the standard scored it: the very-preterm equations (24+0–32+6) or the skew t (33+0–42+6). */
  model: "very-preterm" | "st3";
  /** SGA / AGA / LGA for weight; null for length and head circumference. */
  sizeForGestationalAge: SizeForGestationalAge | null;
}

export type PostnatalScore = StandardScore;

/** Why no z-score was computed; stable codes the UI can translate. */
export type StandardNoScoreReason =
  | "unknown-standard"
  | "unknown-indicator"
  | "unknown-sex"
  | "age-not-whole-days"
  | "age-under-2-years"
  | "age-over-20-years"
  | "gestational-age-before-24-weeks"
  | "gestational-age-after-42-weeks"
  | "postmenstrual-age-before-27-weeks"
  | "postmenstrual-age-after-64-weeks"
  | "value-not-positive"
  | "value-out-of-scale";

export interface NoStandardScore {
  zScore: null;
  percentile: null;
  reason: StandardNoScoreReason;
  /** One English sentence for logs and developers; the UI should use `reason`. */
  message: string;
}

export type CdcResult = CdcScore | NoStandardScore;
export type NewbornResult = NewbornScore | NoStandardScore;
export type PostnatalResult = PostnatalScore | NoStandardScore;
