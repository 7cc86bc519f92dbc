// @upnest/growth: growth standards as pure functions: WHO Child Growth
// Standards (0–5 years), CDC 2000 (2–20 years), INTERGROWTH-21st (size at
// birth; preterm babies after birth), the chart for an age, clinical flags
// and mid-parental height. Tables are compiled into src/data/, so nothing
// here reads files or the network.

export type { AgeForPercentile, AgeForPercentileInput, AgesToShow } from "./age.ts";
export {
  ageForPercentile,
  ageInDays,
  agesToShow,
  CORRECT_UNTIL_DAY,
  PRETERM_BEFORE_WEEKS,
  VERY_PRETERM_BEFORE_WEEKS,
} from "./age.ts";
export { CDC_FIRST_DAY, CDC_LAST_DAY } from "./cdc-2000/zscore.ts";
export type { ChartForAge, ChartForAgeInput, ChartReason, ChartSpan } from "./chart-for-age.ts";
export { chartForAge, chartTimeline, PRETERM_BEFORE_DAYS, TERM_DAYS } from "./chart-for-age.ts";
export type {
  CurvesReason,
  PercentileCurve,
  PercentileCurvesInput,
  PercentileCurvesResult,
  ValueAtZInput,
} from "./curves.ts";
export { CHART_PERCENTILES, percentileCurves, valueAtZ } from "./curves.ts";
export { cdcTablesSource } from "./data/cdc-2000-source.ts";
export { intergrowthSource } from "./data/intergrowth-source.ts";
export { whoTablesSource } from "./data/source.ts";
export { bmiClassFlags } from "./flags/bmi.ts";
export { birthWeightRegainFlags, weightLossFlags } from "./flags/newborn-weight.ts";
export type { PercentileLinesInput } from "./flags/percentile-lines.ts";
export { MAJOR_PERCENTILE_LINES, percentileLineFlags } from "./flags/percentile-lines.ts";
export type {
  BirthWeightNotRegainedFlag,
  BmiClassFlag,
  GrowthFlag,
  PercentileLinesFlag,
  PercentilePoint,
  WeightLossFlag,
  WeightPoint,
} from "./flags/types.ts";
export { formatPercentile, formatZScore } from "./format.ts";
export { NEWBORN_FIRST_DAY, NEWBORN_LAST_DAY, sizeForGestationalAge } from "./intergrowth/newborn.ts";
export { POSTNATAL_FIRST_DAY, POSTNATAL_LAST_DAY } from "./intergrowth/postnatal.ts";
export type { SizeAtBirth, SizeAtBirthInput } from "./intergrowth/size-at-birth.ts";
export { sizeAtBirth } from "./intergrowth/size-at-birth.ts";
export type { BmiInput } from "./length.ts";
export { adjustLengthForAge, bmi, expectedPosition, LYING_MINUS_STANDING_CM, STANDING_FROM_DAY } from "./length.ts";
export type { MidParentalHeight, MidParentalHeightInput } from "./mid-parental-height.ts";
export { midParentalHeight } from "./mid-parental-height.ts";
export { inverseNormalCdf, normalCdf } from "./normal.ts";
export type {
  CurveStandard,
  StandardCurvesInput,
  StandardCurvesResult,
  StandardValueInput,
} from "./standard-curves.ts";
export { standardCurves, valueAtPercentile } from "./standard-curves.ts";
export type {
  CdcIndicator,
  CdcResult,
  CdcScore,
  CdcZScoreInput,
  NewbornIndicator,
  NewbornResult,
  NewbornScore,
  NewbornZScoreInput,
  NoStandardScore,
  PostnatalIndicator,
  PostnatalResult,
  PostnatalScore,
  PostnatalZScoreInput,
  SizeForGestationalAge,
  Standard,
  StandardNoScoreReason,
  StandardScore,
  StandardZScoreInput,
} from "./standard-types.ts";
export type {
  Flag,
  Indicator,
  Measured,
  NoScoreReason,
  NoZScore,
  Sex,
  ZScore,
  ZScoreInput,
  ZScoreResult,
} from "./types.ts";
export type { GrowthZScoreInput, GrowthZScoreResult } from "./zscore.ts";
export { computeZScore, LAST_DAY_OF_STANDARDS } from "./zscore.ts";
