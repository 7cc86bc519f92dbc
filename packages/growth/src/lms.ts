// Cole & Green's LMS method as WHO applies it to the Child Growth Standards.

import type { LmsRow } from "./types.ts";

/** The measurement at z standard deviations: SD(z) = M · (1 + L·S·z)^(1/L). */
export function lmsValue([l, m, s]: LmsRow, z: number): number {
  if (l === 0) return m * Math.exp(s * z);
  return m * (1 + l * s * z) ** (1 / l);
}

/** The plain LMS z-score: ((y/M)^L − 1) / (L·S), or ln(y/M)/S when L = 0. */
export function lmsZ([l, m, s]: LmsRow, y: number): number {
  if (l === 0) return Math.log(y / m) / s;
  return ((y / m) ** l - 1) / (l * s);
}

// Weight-based indicators are skewed, so WHO does not let the Box-Cox curve
// stretch past ±3 SD: beyond it each further z unit is the width of the 2–3 SD
// band at that side, which keeps extreme weights from looking less extreme.

/** z-score with WHO's restricted rule beyond ±3 SD (weight-based indicators). */
export function restrictedZ(row: LmsRow, y: number): number {
  const z = lmsZ(row, y);
  if (z > 3) {
    const sd3 = lmsValue(row, 3);
    return 3 + (y - sd3) / (sd3 - lmsValue(row, 2));
  }
  if (z < -3) {
    const sdMinus3 = lmsValue(row, -3);
    return -3 + (y - sdMinus3) / (lmsValue(row, -2) - sdMinus3);
  }
  return z;
}

/** Inverse of restrictedZ: the measurement that scores z. */
export function restrictedValue(row: LmsRow, z: number): number {
  if (z > 3) {
    const sd3 = lmsValue(row, 3);
    return sd3 + (z - 3) * (sd3 - lmsValue(row, 2));
  }
  if (z < -3) {
    const sdMinus3 = lmsValue(row, -3);
    return sdMinus3 + (z + 3) * (lmsValue(row, -2) - sdMinus3);
  }
  return lmsValue(row, z);
}
