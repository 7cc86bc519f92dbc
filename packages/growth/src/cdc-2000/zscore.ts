// CDC 2000 growth charts, 2 to 20 years: weight-for-age, stature-for-age
// (length-for-age here; standing height, used as given) and BMI-for-age.
// z = ((y / M)^L − 1) / (L · S) at every z (CDC has no restricted rule), with
// L, M, S interpolated in months; BMI at or above the 95th percentile uses
// CDC's 2022 extended method (bmi-extended.ts).

import { cdcBmiForAge } from "../data/cdc-2000-bmi-for-age.ts";
import { cdcStatureForAge } from "../data/cdc-2000-stature-for-age.ts";
import { cdcWeightForAge } from "../data/cdc-2000-weight-for-age.ts";
import { lmsValue, lmsZ } from "../lms.ts";
import { normalCdf } from "../normal.ts";
import { checkStandardInput, outOfScale } from "../standard-checks.ts";
import type { CdcIndicator, CdcResult, CdcZScoreInput } from "../standard-types.ts";
import type { AgeLmsTable } from "../table-types.ts";
import { extendedBmiScore, extendedBmiSigma, Z_95TH_PERCENTILE } from "./bmi-extended.ts";
import { lmsAtMonths } from "./lms-at-age.ts";

/** 24.0 months is 730.5 days, so the first whole day on the charts is 731. */
export const CDC_FIRST_DAY = 731;
/** 240.0 months is exactly 7305 days. */
export const CDC_LAST_DAY = 7305;
/** CDC's month, the same as WHO's: 365.25 / 12 days. */
export const DAYS_PER_MONTH = 30.4375;

export const cdcTables: Record<CdcIndicator, AgeLmsTable> = {
  "weight-for-age": cdcWeightForAge,
  "length-for-age": cdcStatureForAge,
  "bmi-for-age": cdcBmiForAge,
};

export const CDC_INDICATORS = Object.keys(cdcTables) as readonly CdcIndicator[];

export function cdcZScore(input: CdcZScoreInput): CdcResult {
  const invalid = checkStandardInput(CDC_INDICATORS, input, input.ageInDays, {
    field: "ageInDays",
    first: CDC_FIRST_DAY,
    last: CDC_LAST_DAY,
    below: "age-under-2-years",
    above: "age-over-20-years",
  });
  if (invalid) return invalid;
  const { indicator, sex, ageInDays, value } = input;
  const months = ageInDays / DAYS_PER_MONTH;
  const row = lmsAtMonths(cdcTables[indicator], sex, months);
  const zScore = row === null ? Number.NaN : lmsZ(row, value);
  if (row === null || !Number.isFinite(zScore)) return outOfScale(value);
  const lms = { zScore, percentile: 100 * normalCdf(zScore), method: "lms" as const };
  if (indicator !== "bmi-for-age") return { ...lms, bmi95thPercentile: null, percentOf95thPercentile: null };
  const p95 = lmsValue(row, Z_95TH_PERCENTILE);
  const bmi = { bmi95thPercentile: p95, percentOf95thPercentile: (100 * value) / p95 };
  if (lms.percentile < 95) return { ...lms, ...bmi };
  const extended = extendedBmiScore(value, p95, extendedBmiSigma(sex, months / 12));
  if (extended === null) return outOfScale(value);
  return { ...extended, method: "extended", ...bmi };
}
