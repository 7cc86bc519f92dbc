// computeZScore: one measurement → z-score, percentile and implausibility flag,
// following growth-standards.md. Invalid or out-of-range input is answered
// with a reason, never an exception, so a caller can store and show it.
// Without a `standard` (or with "who-2006") it scores against WHO's 0–5 years
// tables; CDC 2000 and INTERGROWTH-21st are scored in cdc-2000/ and intergrowth/.

import { cdcZScore } from "./cdc-2000/zscore.ts";
import { shown } from "./format.ts";
import { type IndicatorSpec, indicators, isIndicator, isSex, lmsAt, tableRange } from "./indicators.ts";
import { newbornZScore } from "./intergrowth/newborn.ts";
import { postnatalZScore } from "./intergrowth/postnatal.ts";
import { adjustLengthForAge, STANDING_FROM_DAY } from "./length.ts";
import { lmsZ, restrictedZ } from "./lms.ts";
import { normalCdf } from "./normal.ts";
import { noStandardScore } from "./standard-checks.ts";
import type {
  CdcResult,
  CdcZScoreInput,
  NewbornResult,
  NewbornZScoreInput,
  PostnatalResult,
  PostnatalZScoreInput,
  StandardZScoreInput,
} from "./standard-types.ts";
import type { Flag, NoScoreReason, NoZScore, ZScoreInput, ZScoreResult } from "./types.ts";

/** The standards end at 5 years: 60 months of 30.4375 days is 1826.25 days. */
export const LAST_DAY_OF_STANDARDS = 1826;

function noScore(reason: NoScoreReason, message: string): NoZScore {
  return { zScore: null, percentile: null, flag: null, reason, message };
}

function flagFor(spec: IndicatorSpec, z: number): Flag | null {
  if (z < spec.flagBelow) return "implausible-low";
  if (z > spec.flagAbove) return "implausible-high";
  return null;
}

/** Reasons that do not depend on the indicator's table. */
function checkCommon(input: ZScoreInput): NoZScore | null {
  const { indicator, sex, ageInDays, value, measured } = input;
  if (!isIndicator(indicator)) return noScore("unknown-indicator", `unknown indicator "${shown(indicator)}"`);
  if (!isSex(sex)) return noScore("unknown-sex", `sex must be "female" or "male", got "${shown(sex)}"`);
  if (measured != null && measured !== "lying" && measured !== "standing") {
    return noScore("unknown-measurement-position", `measured must be "lying" or "standing", got "${shown(measured)}"`);
  }
  if (!Number.isInteger(ageInDays)) return noScore("age-not-whole-days", `age must be whole days, got ${ageInDays}`);
  if (ageInDays < 0)
    return noScore("age-before-birth", `age ${ageInDays} days is before birth (or before term for a corrected age)`);
  if (ageInDays > LAST_DAY_OF_STANDARDS) {
    return noScore(
      "age-over-5-years",
      `age ${ageInDays} days is past the standards' last day (${LAST_DAY_OF_STANDARDS})`,
    );
  }
  if (!(Number.isFinite(value) && value > 0))
    return noScore("value-not-positive", `the measurement must be a positive number, got ${value}`);
  return null;
}

/** Where to read the table and which measurement to score, or why not. */
function locate(input: ZScoreInput, spec: IndicatorSpec): { at: number; y: number } | NoZScore {
  const { indicator, ageInDays, value, measured, lengthCm } = input;
  if (spec.index === "age-days") {
    const y = indicator === "length-for-age" ? adjustLengthForAge(value, ageInDays, measured) : value;
    return { at: ageInDays, y };
  }
  if (lengthCm === undefined || !(Number.isFinite(lengthCm) && lengthCm > 0)) {
    return noScore("length-missing", `${indicator} needs a positive lengthCm`);
  }
  if (indicator === "weight-for-length" && ageInDays >= STANDING_FROM_DAY) {
    return noScore(
      "use-weight-for-height",
      `weight-for-length applies under ${STANDING_FROM_DAY} days; use weight-for-height`,
    );
  }
  if (indicator === "weight-for-height" && ageInDays < STANDING_FROM_DAY) {
    return noScore(
      "use-weight-for-length",
      `weight-for-height applies from ${STANDING_FROM_DAY} days; use weight-for-length`,
    );
  }
  return { at: adjustLengthForAge(lengthCm, ageInDays, measured), y: value };
}

function whoZScore(input: ZScoreInput): ZScoreResult {
  const invalid = checkCommon(input);
  if (invalid) return invalid;
  const spec = indicators[input.indicator];
  const located = locate(input, spec);
  if ("reason" in located) return located;
  const row = lmsAt(spec.table, input.sex, located.at);
  if (row === null) {
    // Only lengths can fall outside a table here; ages were checked above.
    const { first, last } = tableRange(spec.table);
    const range = `${input.indicator} covers ${first}–${last} cm (after the 0.7 cm adjustment)`;
    return located.at < first
      ? noScore("length-below-range", `length ${located.at} cm is below the range: ${range}`)
      : noScore("length-above-range", `length ${located.at} cm is above the range: ${range}`);
  }
  const zScore = spec.restricted ? restrictedZ(row, located.y) : lmsZ(row, located.y);
  // Only a value wrong by many orders of magnitude gets here (e.g. grams typed as kg).
  if (!Number.isFinite(zScore))
    return noScore("value-out-of-scale", `${located.y} is too far from the standard to score`);
  return { zScore, percentile: 100 * normalCdf(zScore), flag: flagFor(spec, zScore) };
}

/** Any input computeZScore accepts, and any answer it gives. */
export type GrowthZScoreInput = ZScoreInput | StandardZScoreInput;
export type GrowthZScoreResult = ZScoreResult | CdcResult | NewbornResult | PostnatalResult;

export function computeZScore(input: ZScoreInput): ZScoreResult;
export function computeZScore(input: CdcZScoreInput): CdcResult;
export function computeZScore(input: NewbornZScoreInput): NewbornResult;
export function computeZScore(input: PostnatalZScoreInput): PostnatalResult;
export function computeZScore(input: GrowthZScoreInput): GrowthZScoreResult;
export function computeZScore(input: GrowthZScoreInput): GrowthZScoreResult {
  const standard: unknown = input.standard;
  if (standard === undefined || standard === "who-2006") return whoZScore(input as ZScoreInput);
  if (standard === "cdc-2000") return cdcZScore(input as CdcZScoreInput);
  if (standard === "intergrowth-newborn") return newbornZScore(input as NewbornZScoreInput);
  if (standard === "intergrowth-postnatal") return postnatalZScore(input as PostnatalZScoreInput);
  return noStandardScore("unknown-standard", `unknown standard "${shown(standard)}"`);
}
