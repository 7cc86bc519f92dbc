// INTERGROWTH-21st postnatal growth standards for preterm infants, 27 to 64
// weeks postmenstrual age: Villar J, Giuliani F, Bhutta ZA, et al., "Postnatal
// growth standards for preterm infants: the Preterm Postnatal Follow-up Study
// of the INTERGROWTH-21st Project", Lancet Glob Health 2015;3:e681–91. Normal
// models for ln(weight), ln(length) and head circumference whose mean and SD
// are fractional polynomials in x = postmenstrual age in exact weeks.

import { intergrowthEquations } from "../data/intergrowth-equations.ts";
import { normalCdf } from "../normal.ts";
import { checkStandardInput, outOfScale } from "../standard-checks.ts";
import type { PostnatalIndicator, PostnatalResult, PostnatalZScoreInput } from "../standard-types.ts";
import { evaluate, normalModelZ } from "./equations.ts";

/** 27+0 weeks. */
export const POSTNATAL_FIRST_DAY = 189;
/** 64+0 weeks. */
export const POSTNATAL_LAST_DAY = 448;

export const postnatalEquations = intergrowthEquations["intergrowth-postnatal"];
export const POSTNATAL_INDICATORS = Object.keys(postnatalEquations) as readonly PostnatalIndicator[];

export function postnatalZScore(input: PostnatalZScoreInput): PostnatalResult {
  const invalid = checkStandardInput(POSTNATAL_INDICATORS, input, input.postmenstrualAgeDays, {
    field: "postmenstrualAgeDays",
    first: POSTNATAL_FIRST_DAY,
    last: POSTNATAL_LAST_DAY,
    below: "postmenstrual-age-before-27-weeks",
    above: "postmenstrual-age-after-64-weeks",
  });
  if (invalid) return invalid;
  const { indicator, sex, postmenstrualAgeDays, value } = input;
  const equation = postnatalEquations[indicator];
  const x = postmenstrualAgeDays / 7;
  const zScore = normalModelZ(value, equation.log, evaluate(equation.mean, x, sex), evaluate(equation.sd, x, sex));
  if (!Number.isFinite(zScore)) return outOfScale(value);
  return { zScore, percentile: 100 * normalCdf(zScore) };
}
