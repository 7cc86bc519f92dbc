// The GAMLSS "ST3" distribution (Fernández and Steel's skew t) that
// INTERGROWTH-21st fits to newborn size from 33+0 weeks (Villar et al., Lancet
// 2014;384:857–68). With T_τ Student's t distribution function:
//   y < μ: F(y) = 2 / (1 + ν²) · T_τ(ν (y − μ) / σ)
//   y ≥ μ: 1 − F(y) = 2ν² / (1 + ν²) · P(T > (y − μ) / (σ ν))
// Each side is computed from its own tail so z stays accurate far out.

import { inverseNormalCdf } from "../normal.ts";
import { studentTUpperTail } from "../student-t.ts";
import type { St3Params } from "../table-types.ts";

/** z = Φ⁻¹(F(y)) and 100 · F(y); z is ±Infinity when a tail underflows. */
export function skewTScore([mu, sigma, nu, tau]: St3Params, y: number): { zScore: number; percentile: number } {
  const t = (y - mu) / sigma;
  if (t < 0) {
    const lower = (2 / (1 + nu * nu)) * studentTUpperTail(-nu * t, tau);
    return { zScore: lower > 0 ? inverseNormalCdf(lower) : Number.NEGATIVE_INFINITY, percentile: 100 * lower };
  }
  const upper = ((2 * nu * nu) / (1 + nu * nu)) * studentTUpperTail(t / nu, tau);
  return {
    zScore: upper > 0 ? -inverseNormalCdf(upper) : Number.POSITIVE_INFINITY,
    percentile: 100 - 100 * upper,
  };
}
