// Chart curves: the measurement at a z-score or percentile, over ages or lengths.
// A value at percentile p is SD(z) with z = Φ⁻¹(p/100); weight-based
// indicators use the restricted rule beyond ±3 SD, so curves and z-scores agree.

import { shown } from "./format.ts";
import { indicators, isIndicator, isSex, lmsAt, tableRange } from "./indicators.ts";
import { lmsValue, restrictedValue } from "./lms.ts";
import { inverseNormalCdf } from "./normal.ts";
import type { Indicator, Sex } from "./types.ts";

/** WHO's chart set of percentiles. */
export const CHART_PERCENTILES: readonly number[] = [3, 15, 50, 85, 97];

/** Enough for daily points over five years; guards against a step typed in the wrong unit. */
const MAX_POINTS = 10_000;

export interface ValueAtZInput {
  indicator: Indicator;
  sex: Sex;
  /** Age in days (fractions interpolate between days, e.g. months × 30.4375) or length/height in cm. */
  at: number;
  z: number;
}

/** The measurement that scores z; null outside the table or where no positive value exists. */
export function valueAtZ({ indicator, sex, at, z }: ValueAtZInput): number | null {
  if (!isIndicator(indicator) || !isSex(sex) || !Number.isFinite(z) || !Number.isFinite(at)) return null;
  const spec = indicators[indicator];
  const row = lmsAt(spec.table, sex, at);
  if (row === null) return null;
  const value = spec.restricted ? restrictedValue(row, z) : lmsValue(row, z);
  return Number.isFinite(value) && value > 0 ? value : null;
}

export interface PercentileCurvesInput {
  indicator: Indicator;
  sex: Sex;
  /** Ages in days, or lengths in cm for weight-for-length/height; inclusive. */
  from: number;
  to: number;
  /** Defaults to 1 day, or 0.5 cm for weight-for-length/height. */
  step?: number;
  /** Extra percentiles (0 < p < 100) drawn with WHO's 3, 15, 50, 85 and 97. */
  percentiles?: readonly number[];
}

export interface PercentileCurve {
  percentile: number;
  z: number;
  points: { x: number; y: number }[];
}

export type CurvesReason =
  | "unknown-indicator"
  | "unknown-sex"
  | "invalid-range"
  | "range-outside-table"
  | "invalid-step"
  | "invalid-percentile";

export type PercentileCurvesResult =
  | { index: "age-days" | "length-cm"; curves: PercentileCurve[] }
  | { index: null; curves: null; reason: CurvesReason; message: string };

function refuse(reason: CurvesReason, message: string): PercentileCurvesResult {
  return { index: null, curves: null, reason, message };
}

export function percentileCurves(input: PercentileCurvesInput): PercentileCurvesResult {
  const { indicator, sex, from, to, percentiles = [] } = input;
  if (!isIndicator(indicator)) return refuse("unknown-indicator", `unknown indicator "${shown(indicator)}"`);
  if (!isSex(sex)) return refuse("unknown-sex", `sex must be "female" or "male", got "${shown(sex)}"`);
  const spec = indicators[indicator];
  const step = input.step ?? (spec.index === "age-days" ? 1 : 0.5);
  const sampled = sampleCurves({ from, to, step, percentiles, ...tableRange(spec.table), name: indicator }, (x, z) =>
    valueAtZ({ indicator, sex, at: x, z }),
  );
  return "curves" in sampled ? { index: spec.index, curves: sampled.curves } : refuse(sampled.reason, sampled.message);
}

export interface CurveGrid {
  from: number;
  to: number;
  step: number;
  percentiles: readonly number[];
  /** The standard's first and last position, and its name for the message when the range leaves them. */
  first: number;
  last: number;
  name: string;
}

/**
 * Checks a curve request's range, step and percentiles, then samples WHO's chart set (plus any requested) at every
 * grid position from `from` to `to`; `valueAt` gives the measurement at z, or null where there is none.
 */
export function sampleCurves(
  { from, to, step, percentiles, first, last, name }: CurveGrid,
  valueAt: (x: number, z: number, percentile: number) => number | null,
): { curves: PercentileCurve[] } | { reason: CurvesReason; message: string } {
  const fail = (reason: CurvesReason, message: string) => ({ reason, message });
  if (!(Number.isFinite(from) && Number.isFinite(to) && from <= to))
    return fail("invalid-range", `from ${from} must not be after to ${to}`);
  if (from < first || to > last)
    return fail("range-outside-table", `${name} covers ${first}–${last}, asked for ${from}–${to}`);
  const count = Math.floor((to - from) / step + 1e-9) + 1;
  if (!(step > 0 && Number.isFinite(step)) || count > MAX_POINTS)
    return fail("invalid-step", `step ${step} must be positive and give at most ${MAX_POINTS} points`);
  const wanted = [...new Set([...CHART_PERCENTILES, ...percentiles])].sort((a, b) => a - b);
  if (wanted.some((p) => !(p > 0 && p < 100)))
    return fail("invalid-percentile", "percentiles must be between 0 and 100, exclusive");

  // Round positions so 0.5 cm steps land on 45.5, not 45.49999999999999.
  const xs = Array.from({ length: count }, (_, i) => Math.round((from + i * step) * 1e9) / 1e9);
  const curves = wanted.map((percentile) => {
    const z = inverseNormalCdf(percentile / 100);
    // A point with no positive value (only possible for absurdly extreme percentiles) is left out.
    const points = xs.flatMap((x) => {
      const y = valueAt(x, z, percentile);
      return y === null ? [] : [{ x, y }];
    });
    return { percentile, z, points };
  });
  return { curves };
}
