// Input checks shared by the CDC 2000 and INTERGROWTH-21st scorers: bad
// input gets a reason, never an exception, as with WHO's computeZScore.

import { shown } from "./format.ts";
import { isSex } from "./indicators.ts";
import type { NoStandardScore, StandardNoScoreReason } from "./standard-types.ts";

export function noStandardScore(reason: StandardNoScoreReason, message: string): NoStandardScore {
  return { zScore: null, percentile: null, reason, message };
}

interface Range {
  /** Name of the age field, for messages. */
  field: string;
  first: number;
  last: number;
  below: StandardNoScoreReason;
  above: StandardNoScoreReason;
}

/** Checks indicator, sex, a whole-day age within `range` and a positive value; null when all are fine. */
export function checkStandardInput(
  indicators: readonly string[],
  input: { indicator: unknown; sex: unknown; value: unknown },
  age: unknown,
  range: Range,
): NoStandardScore | null {
  const { indicator, sex, value } = input;
  if (typeof indicator !== "string" || !indicators.includes(indicator)) {
    return noStandardScore("unknown-indicator", `unknown indicator "${shown(indicator)}" for this standard`);
  }
  if (!isSex(sex)) return noStandardScore("unknown-sex", `sex must be "female" or "male", got "${shown(sex)}"`);
  if (typeof age !== "number" || !Number.isInteger(age)) {
    return noStandardScore("age-not-whole-days", `${range.field} must be whole days, got ${shown(age)}`);
  }
  const span = `${range.first}–${range.last} days`;
  if (age < range.first) return noStandardScore(range.below, `${range.field} ${age} is before the standard (${span})`);
  if (age > range.last) return noStandardScore(range.above, `${range.field} ${age} is past the standard (${span})`);
  if (!(typeof value === "number" && Number.isFinite(value) && value > 0)) {
    return noStandardScore("value-not-positive", `the measurement must be a positive number, got ${shown(value)}`);
  }
  return null;
}

/** A z-score that overflowed means a value wrong by orders of magnitude (grams typed as kg). */
export function outOfScale(value: number): NoStandardScore {
  return noStandardScore("value-out-of-scale", `${value} is too far from the standard to score`);
}
