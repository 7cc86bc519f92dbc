// CDC's BMI classes for children and teens from 2 years, on the 2022 extended
// BMI-for-age charts (https://www.cdc.gov/growthcharts/extended-bmi.htm; Hales
// CM et al., Vital Health Stat 1(197), 2022), the same as the AAP's (Hampl SE
// et al., "Clinical practice guideline for the evaluation and treatment of
// children and adolescents with obesity", Pediatrics 2023;151(2):e2022060640):
//   obesity: BMI ≥ 95th percentile;
//   class 2 (severe) obesity: ≥ 120 % of the 95th percentile, or BMI ≥ 35;
//   class 3: ≥ 140 % of the 95th percentile, or BMI ≥ 40.
// Worth asking your clinician about; not a diagnosis.

import type { CdcScore } from "../standard-types.ts";
import type { BmiClassFlag } from "./types.ts";

/**
 * The highest of CDC's classes a BMI-for-age result reaches (none below the
 * 95th percentile). Takes computeZScore's answer for CDC 2000 bmi-for-age.
 */
export function bmiClassFlags(result: CdcScore): BmiClassFlag[] {
  const { percentile, bmi95thPercentile, percentOf95thPercentile } = result;
  if (bmi95thPercentile === null || percentOf95thPercentile === null || percentile < 95) return [];
  const bmi = (bmi95thPercentile * percentOf95thPercentile) / 100;
  const code =
    percentOf95thPercentile >= 140 || bmi >= 40
      ? "bmi-at-or-above-140-percent-of-95th"
      : percentOf95thPercentile >= 120 || bmi >= 35
        ? "bmi-at-or-above-120-percent-of-95th"
        : "bmi-at-or-above-95th-percentile";
  return [{ code, bmi, percentile, bmi95thPercentile, percentOf95thPercentile }];
}
