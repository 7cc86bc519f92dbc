// @upnest/growth: WHO Child Growth Standards (0–5 years) as pure functions.
// Tables are compiled into src/data/, so nothing here reads files or the network.

export type { AgeForPercentile, AgeForPercentileInput } from "./age.ts";
export { ageForPercentile, ageInDays, CORRECT_UNTIL_DAY, PRETERM_BEFORE_WEEKS } from "./age.ts";
export type {
  CurvesReason,
  PercentileCurve,
  PercentileCurvesInput,
  PercentileCurvesResult,
  ValueAtZInput,
} from "./curves.ts";
export { CHART_PERCENTILES, percentileCurves, valueAtZ } from "./curves.ts";
export { whoTablesSource } from "./data/source.ts";
export { formatPercentile, formatZScore } from "./format.ts";
export type { BmiInput } from "./length.ts";
export { adjustLengthForAge, bmi, expectedPosition, LYING_MINUS_STANDING_CM, STANDING_FROM_DAY } from "./length.ts";
export { inverseNormalCdf, normalCdf } from "./normal.ts";
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
export { computeZScore, LAST_DAY_OF_STANDARDS } from "./zscore.ts";
