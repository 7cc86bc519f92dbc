// Independent expectations, written out from growth-standards.md without
// importing anything from src/, so a mistake in the package cannot hide in
// the expected values too.

/** SD(k) = M · (1 + L·S·k)^(1/L) — the measurement on WHO's k-SD line. */
export function sdLine(L: number, M: number, S: number, k: number): number {
  return M * (1 + L * S * k) ** (1 / L);
}

/** Plain LMS z-score, z = ((y/M)^L − 1) / (L·S). */
export function plainZ(y: number, L: number, M: number, S: number): number {
  return ((y / M) ** L - 1) / (L * S);
}

/** WHO's restricted z for weight-based indicators, computed step by step. */
export function restrictedZByHand(y: number, L: number, M: number, S: number): number {
  const z = plainZ(y, L, M, S);
  const sd2 = sdLine(L, M, S, 2);
  const sd3 = sdLine(L, M, S, 3);
  const sdMinus2 = sdLine(L, M, S, -2);
  const sdMinus3 = sdLine(L, M, S, -3);
  if (z > 3) return 3 + (y - sd3) / (sd3 - sd2);
  if (z < -3) return -3 + (y - sdMinus3) / (sdMinus2 - sdMinus3);
  return z;
}

/** Φ(z) by Simpson's rule on the normal density: slow, simple and independent. */
export function phiBySimpson(z: number): number {
  const n = 4000;
  const h = Math.abs(z) / n;
  const density = (t: number) => Math.exp((-t * t) / 2) / Math.sqrt(2 * Math.PI);
  let sum = density(0) + density(Math.abs(z));
  for (let i = 1; i < n; i++) sum += (i % 2 === 1 ? 4 : 2) * density(i * h);
  const area = (sum * h) / 3;
  return z >= 0 ? 0.5 + area : 0.5 - area;
}

/** Percentile expected for a z-score, 100·Φ(z). */
export function percentileOf(z: number): number {
  return 100 * phiBySimpson(z);
}

/** The measurement that scores z: the SD line, or WHO's straight extension beyond ±3 SD. */
export function valueForZByHand(L: number, M: number, S: number, z: number, restricted: boolean): number {
  if (!restricted || Math.abs(z) <= 3) return sdLine(L, M, S, z);
  const side = Math.sign(z);
  const sd3 = sdLine(L, M, S, 3 * side);
  const sd2 = sdLine(L, M, S, 2 * side);
  return sd3 + (z - 3 * side) * Math.abs(sd3 - sd2);
}
