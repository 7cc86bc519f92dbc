// Shared plumbing for tests: how to score a measurement at a table row.
import { computeZScore, type Indicator, type Sex, type ZScore, type ZScoreResult } from "../src/index.ts";
import type { WhoFile } from "./fixtures/who-rows.ts";

export const fileOf: Record<Indicator, WhoFile> = {
  "weight-for-age": "weianthro.txt",
  "length-for-age": "lenanthro.txt",
  "head-circumference-for-age": "hcanthro.txt",
  "bmi-for-age": "bmianthro.txt",
  "weight-for-length": "wflanthro.txt",
  "weight-for-height": "wfhanthro.txt",
};

export const weightBased: ReadonlySet<Indicator> = new Set([
  "weight-for-age",
  "weight-for-length",
  "weight-for-height",
  "bmi-for-age",
]);

/**
 * Scores `value` at a table index: a day for age-based indicators, a length in
 * cm for weight-for-length (at 300 days, lying) and weight-for-height (at 1000
 * days, standing), so no 0.7 cm adjustment applies.
 */
export function scoreAt(indicator: Indicator, sex: Sex, index: number, value: number): ZScoreResult {
  if (indicator === "weight-for-length")
    return computeZScore({ indicator, sex, ageInDays: 300, measured: "lying", lengthCm: index, value });
  if (indicator === "weight-for-height")
    return computeZScore({ indicator, sex, ageInDays: 1000, measured: "standing", lengthCm: index, value });
  return computeZScore({ indicator, sex, ageInDays: index, value });
}

/** The scored result, failing the test with the reason if there is none. */
export function scored(result: ZScoreResult): ZScore {
  if (result.zScore === null) throw new Error(`expected a z-score, got ${result.reason}: ${result.message}`);
  return result;
}
