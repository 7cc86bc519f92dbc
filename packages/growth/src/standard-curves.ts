// Chart curves for every standard a child is charted on after birth: WHO (percentileCurves), CDC 2000 by age in
// days (L, M, S interpolated in months by CDC's rule; BMI at or above the 95th percentile by the inverse of CDC's
// 2022 extended method) and INTERGROWTH-21st postnatal by postmenstrual days. Each curve is the inverse of that
// standard's z-score, so a value read off a curve scores back to the curve's percentile.

import { extendedBmiSigma, Z_95TH_PERCENTILE } from "./cdc-2000/bmi-extended.ts";
import { lmsAtMonths } from "./cdc-2000/lms-at-age.ts";
import { CDC_FIRST_DAY, CDC_INDICATORS, CDC_LAST_DAY, cdcTables, DAYS_PER_MONTH } from "./cdc-2000/zscore.ts";
import { type CurvesReason, type PercentileCurve, percentileCurves, sampleCurves, valueAtZ } from "./curves.ts";
import { shown } from "./format.ts";
import { isIndicator, isSex } from "./indicators.ts";
import { evaluate } from "./intergrowth/equations.ts";
import {
  POSTNATAL_FIRST_DAY,
  POSTNATAL_INDICATORS,
  POSTNATAL_LAST_DAY,
  postnatalEquations,
} from "./intergrowth/postnatal.ts";
import { lmsValue } from "./lms.ts";
import { inverseNormalCdf } from "./normal.ts";
import type { CdcIndicator, PostnatalIndicator, Standard } from "./standard-types.ts";
import type { Indicator, Sex } from "./types.ts";

/** A standard a child is charted on after birth. */
export type CurveStandard = Exclude<Standard, "intergrowth-newborn">;

export type StandardCurvesInput =
  | {
      standard: "who-2006";
      indicator: Indicator;
      sex: Sex;
      from: number;
      to: number;
      step?: number;
      percentiles?: readonly number[];
    }
  | {
      standard: "cdc-2000";
      indicator: CdcIndicator;
      sex: Sex;
      from: number;
      to: number;
      step?: number;
      percentiles?: readonly number[];
    }
  | {
      standard: "intergrowth-postnatal";
      indicator: PostnatalIndicator;
      sex: Sex;
      /** Postmenstrual days (gestational age at birth + days since birth). */
      from: number;
      to: number;
      step?: number;
      percentiles?: readonly number[];
    };

export type StandardCurvesResult =
  | { index: "age-days" | "length-cm" | "postmenstrual-days"; curves: PercentileCurve[] }
  | { index: null; curves: null; reason: CurvesReason | "unknown-standard"; message: string };

export interface StandardValueInput {
  standard: CurveStandard;
  indicator: Indicator | CdcIndicator | PostnatalIndicator;
  sex: Sex;
  /** Age in days (WHO, CDC 2000; a length in cm for WHO's weight-for-length/height) or postmenstrual days (INTERGROWTH-21st); fractions allowed. */
  at: number;
  percentile: number;
}

/** CDC 2000's value at a percentile: LMS below the 95th, BMI from the 95th by P95 + σ · Φ⁻¹((p − 90) / 10). */
function cdcValue(indicator: CdcIndicator, sex: Sex, ageInDays: number, percentile: number): number | null {
  const months = ageInDays / DAYS_PER_MONTH;
  const row = lmsAtMonths(cdcTables[indicator], sex, months);
  if (row === null) return null;
  const z = inverseNormalCdf(percentile / 100);
  if (indicator !== "bmi-for-age" || z < Z_95TH_PERCENTILE) return lmsValue(row, z);
  const p95 = lmsValue(row, Z_95TH_PERCENTILE);
  return p95 + extendedBmiSigma(sex, months / 12) * inverseNormalCdf((percentile - 90) / 10);
}

/** INTERGROWTH-21st postnatal: mean + z · SD at x = postmenstrual weeks, exponentiated for the log models. */
function postnatalValue(indicator: PostnatalIndicator, sex: Sex, pmaDays: number, percentile: number): number {
  const equation = postnatalEquations[indicator];
  const x = pmaDays / 7;
  const y = evaluate(equation.mean, x, sex) + inverseNormalCdf(percentile / 100) * evaluate(equation.sd, x, sex);
  return equation.log ? Math.exp(y) : y;
}

/** The measurement at `percentile` on a chart standard; null outside it. */
export function valueAtPercentile({ standard, indicator, sex, at, percentile }: StandardValueInput): number | null {
  if (!isSex(sex) || !Number.isFinite(at) || !(percentile > 0 && percentile < 100)) return null;
  let value: number | null = null;
  if (standard === "who-2006" && isIndicator(indicator)) {
    value = valueAtZ({ indicator, sex, at, z: inverseNormalCdf(percentile / 100) });
  } else if (standard === "cdc-2000" && (CDC_INDICATORS as readonly string[]).includes(indicator)) {
    if (at < CDC_FIRST_DAY || at > CDC_LAST_DAY) return null;
    value = cdcValue(indicator as CdcIndicator, sex, at, percentile);
  } else if (standard === "intergrowth-postnatal" && (POSTNATAL_INDICATORS as readonly string[]).includes(indicator)) {
    if (at < POSTNATAL_FIRST_DAY || at > POSTNATAL_LAST_DAY) return null;
    value = postnatalValue(indicator as PostnatalIndicator, sex, at, percentile);
  }
  return value !== null && Number.isFinite(value) && value > 0 ? value : null;
}

const refuse = (reason: CurvesReason | "unknown-standard", message: string): StandardCurvesResult => ({
  index: null,
  curves: null,
  reason,
  message,
});

/**
 * Curves at the 3rd, 15th, 50th, 85th and 97th percentiles (plus any requested) on one standard, from `from` to
 * `to` inclusive by `step` (default 1 day): ages in days for WHO and CDC 2000 (lengths in cm for WHO's
 * weight-for-length/height), postmenstrual days for INTERGROWTH-21st. CDC 2000 covers days 731–7305,
 * INTERGROWTH-21st postnatal 189–448.
 */
export function standardCurves(input: StandardCurvesInput): StandardCurvesResult {
  if (input.standard === "who-2006") {
    const { standard: _, ...who } = input;
    return percentileCurves(who);
  }
  const { standard, indicator, sex, from, to, step = 1, percentiles = [] } = input;
  const range =
    standard === "cdc-2000"
      ? { indicators: CDC_INDICATORS, first: CDC_FIRST_DAY, last: CDC_LAST_DAY }
      : standard === "intergrowth-postnatal"
        ? { indicators: POSTNATAL_INDICATORS, first: POSTNATAL_FIRST_DAY, last: POSTNATAL_LAST_DAY }
        : null;
  if (range === null) return refuse("unknown-standard", `unknown standard "${shown(standard)}"`);
  if (!(range.indicators as readonly string[]).includes(indicator))
    return refuse("unknown-indicator", `unknown indicator "${shown(indicator)}" for ${standard}`);
  if (!isSex(sex)) return refuse("unknown-sex", `sex must be "female" or "male", got "${shown(sex)}"`);
  const sampled = sampleCurves(
    { from, to, step, percentiles, first: range.first, last: range.last, name: standard },
    (x, _z, percentile) => valueAtPercentile({ standard, indicator, sex, at: x, percentile }),
  );
  if (!("curves" in sampled)) return refuse(sampled.reason, sampled.message);
  return { index: standard === "cdc-2000" ? "age-days" : "postmenstrual-days", curves: sampled.curves };
}
