// A newborn's weight in the first weeks, against the birth weight.
//
// Sources: the Academy of Breastfeeding Medicine (Kellams A, Harrel C, Omage S,
// Gregory C, Rosen-Carole C, "ABM Clinical Protocol #3: Supplementary feedings
// in the healthy term breastfed neonate, revised 2017", Breastfeed Med
// 2017;12(3):188–198) names a weight loss of 8–10 % or more as a reason for a
// feeding evaluation, and early weight-loss nomograms (Flaherman VJ et al.,
// Pediatrics 2015;135(1):e16–e23) show 10 % is reached by only a small share
// of babies; the AAP (Bright Futures, 4th ed., 2017, and "Breastfeeding and the
// use of human milk", Pediatrics 2012;129(3):e827–e841) expects a baby back at
// birth weight by 10 to 14 days. UpNest flags a loss above 10 % in the first
// two weeks and birth weight not regained by day 14.
// These flags mean "worth asking your clinician about", not a diagnosis.

import type { BirthWeightNotRegainedFlag, WeightLossFlag, WeightPoint } from "./types.ts";

/** Loss above this percent of birth weight, in the first two weeks, is flagged. */
export const WEIGHT_LOSS_PERCENT = 10;
/** The first two weeks: days 1–14. */
export const FIRST_WEEKS_LAST_DAY = 14;
/** By this day a baby is expected to be back at birth weight. */
export const REGAIN_BY_DAY = 14;

const valid = (birthWeightKg: number, points: readonly WeightPoint[]) =>
  Number.isFinite(birthWeightKg) && birthWeightKg > 0
    ? points.filter((p) => Number.isInteger(p.ageInDays) && Number.isFinite(p.weightKg) && p.weightKg > 0)
    : [];

const percentBelow = (birthWeightKg: number, weightKg: number) => (100 * (birthWeightKg - weightKg)) / birthWeightKg;
/** Binary fractions make 3.5 kg → 3.15 kg a loss of 10.000000000000002 %: that is exactly 10 %, not above. */
const ROUNDING = 1e-9;

/** Flags the largest loss above 10 % of birth weight among weights of days 1–14. */
export function weightLossFlags(birthWeightKg: number, weights: readonly WeightPoint[]): WeightLossFlag[] {
  let worst: WeightLossFlag | null = null;
  for (const { ageInDays, weightKg } of valid(birthWeightKg, weights)) {
    if (ageInDays < 1 || ageInDays > FIRST_WEEKS_LAST_DAY) continue;
    const lossPercent = percentBelow(birthWeightKg, weightKg);
    if (lossPercent > WEIGHT_LOSS_PERCENT + ROUNDING && (worst === null || lossPercent > worst.lossPercent)) {
      worst = { code: "weight-loss-over-10-percent", ageInDays, weightKg, birthWeightKg, lossPercent };
    }
  }
  return worst ? [worst] : [];
}

/**
 * Flags a baby not back at birth weight by day 14: no weight from days 1–14
 * reached it, and the first weight from day 14 on is still below it. Without
 * a weight from day 14 on, nothing is known yet.
 */
export function birthWeightRegainFlags(
  birthWeightKg: number,
  weights: readonly WeightPoint[],
): BirthWeightNotRegainedFlag[] {
  const points = valid(birthWeightKg, weights).sort((a, b) => a.ageInDays - b.ageInDays);
  const regained = points.some((p) => p.ageInDays >= 1 && p.ageInDays <= REGAIN_BY_DAY && p.weightKg >= birthWeightKg);
  if (regained) return [];
  const below = points.find((p) => p.ageInDays >= REGAIN_BY_DAY);
  if (!below || below.weightKg >= birthWeightKg) return [];
  return [
    {
      code: "birth-weight-not-regained-by-14-days",
      ageInDays: below.ageInDays,
      weightKg: below.weightKg,
      birthWeightKg,
      belowPercent: percentBelow(birthWeightKg, below.weightKg),
    },
  ];
}
