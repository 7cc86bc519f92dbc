// Clinical flags: things about a child's growth that are worth asking your
// clinician about. They are never a diagnosis. Each is a stable code plus the
// numbers behind it; the app words and translates it.

import type { CdcIndicator, PostnatalIndicator, Standard } from "../standard-types.ts";
import type { Indicator } from "../types.ts";

export interface WeightPoint {
  /** Whole days since birth. */
  ageInDays: number;
  weightKg: number;
}

export interface WeightLossFlag {
  code: "weight-loss-over-10-percent";
  /** The measurement with the largest loss in the first 14 days. */
  ageInDays: number;
  weightKg: number;
  birthWeightKg: number;
  /** 100 · (birth weight − weight) / birth weight. */
  lossPercent: number;
}

export interface BirthWeightNotRegainedFlag {
  code: "birth-weight-not-regained-by-14-days";
  /** The first measurement from day 14 on that is still below birth weight. */
  ageInDays: number;
  weightKg: number;
  birthWeightKg: number;
  /** 100 · (birth weight − weight) / birth weight. */
  belowPercent: number;
}

export interface PercentilePoint {
  /** The age the standard is read at: days since birth (corrected for WHO), postmenstrual days for INTERGROWTH-21st. */
  at: number;
  percentile: number;
}

export interface PercentileLinesFlag {
  code: "fell-across-two-percentile-lines" | "head-circumference-crossed-two-percentile-lines";
  standard: Exclude<Standard, "intergrowth-newborn">;
  indicator: Indicator | CdcIndicator | PostnatalIndicator;
  direction: "down" | "up";
  from: PercentilePoint;
  to: PercentilePoint;
  /** The major lines crossed, in percentiles, in the order they were crossed. */
  linesCrossed: number[];
}

export interface BmiClassFlag {
  /** CDC's classes: obesity (≥ P95), class 2 severe obesity (≥ 120 % of P95 or ≥ 35), class 3 (≥ 140 % of P95 or ≥ 40). */
  code:
    | "bmi-at-or-above-95th-percentile"
    | "bmi-at-or-above-120-percent-of-95th"
    | "bmi-at-or-above-140-percent-of-95th";
  bmi: number;
  percentile: number;
  bmi95thPercentile: number;
  percentOf95thPercentile: number;
}

export type GrowthFlag = WeightLossFlag | BirthWeightNotRegainedFlag | PercentileLinesFlag | BmiClassFlag;
