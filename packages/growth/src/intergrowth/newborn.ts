// INTERGROWTH-21st newborn size at birth by gestational age and sex, 24+0 to
// 42+6 weeks: the very-preterm normal models from 24+0 to 32+6 weeks (Villar J,
// Giuliani F, Fenton TR, et al., Lancet 2016;387:844–45) and the skew t per day
// from 33+0 to 42+6 weeks (Villar J, Cheikh Ismail L, Victora CG, et al.,
// Lancet 2014;384:857–68). The two do not meet at 33+0 weeks; that is the
// standard as published.

import { intergrowthEquations } from "../data/intergrowth-equations.ts";
import { newbornSt3 } from "../data/intergrowth-newborn-st3.ts";
import { normalCdf } from "../normal.ts";
import { checkStandardInput, outOfScale } from "../standard-checks.ts";
import type { NewbornIndicator, NewbornResult, NewbornZScoreInput, SizeForGestationalAge } from "../standard-types.ts";
import { evaluate, normalModelZ } from "./equations.ts";
import { skewTScore } from "./skew-t.ts";

/** 24+0 weeks. */
export const NEWBORN_FIRST_DAY = 168;
/** 42+6 weeks. */
export const NEWBORN_LAST_DAY = 300;

export const NEWBORN_INDICATORS = Object.keys(
  intergrowthEquations["intergrowth-newborn"],
) as readonly NewbornIndicator[];

/**
 * SGA below the 10th centile, LGA above the 90th, AGA between (inclusive):
 * INTERGROWTH-21st's definitions (Villar et al. 2014, which introduces the
 * standard for classifying newborns as small or large for gestational age).
 */
export function sizeForGestationalAge(percentile: number): SizeForGestationalAge {
  if (percentile < 10) return "sga";
  if (percentile > 90) return "lga";
  return "aga";
}

export function newbornZScore(input: NewbornZScoreInput): NewbornResult {
  const invalid = checkStandardInput(NEWBORN_INDICATORS, input, input.gestationalAgeDays, {
    field: "gestationalAgeDays",
    first: NEWBORN_FIRST_DAY,
    last: NEWBORN_LAST_DAY,
    below: "gestational-age-before-24-weeks",
    above: "gestational-age-after-42-weeks",
  });
  if (invalid) return invalid;
  const { indicator, sex, gestationalAgeDays: days, value } = input;
  let score: { zScore: number; percentile: number };
  const model = days < newbornSt3.firstDay ? "very-preterm" : "st3";
  if (model === "very-preterm") {
    const equation = intergrowthEquations["intergrowth-newborn"][indicator];
    const x = days / 7;
    const sd = Math.sqrt(evaluate(equation.variance, x, sex));
    const zScore = normalModelZ(value, equation.log, evaluate(equation.mean, x, sex), sd);
    score = { zScore, percentile: 100 * normalCdf(zScore) };
  } else {
    score = skewTScore(newbornSt3[indicator][sex][days - newbornSt3.firstDay]!, value);
  }
  if (!Number.isFinite(score.zScore)) return outOfScale(value);
  const size = indicator === "weight-for-gestational-age" ? sizeForGestationalAge(score.percentile) : null;
  return { ...score, model, sizeForGestationalAge: size };
}
