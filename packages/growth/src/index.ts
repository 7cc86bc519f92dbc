// @upnest/growth: WHO Child Growth Standards (0–5 years) as pure functions.
// Tables are compiled into src/data/, so nothing here reads files or the network.

export { computeZScore, LAST_DAY_OF_STANDARDS } from './zscore.ts';
export { percentileCurves, valueAtZ, CHART_PERCENTILES } from './curves.ts';
export type { CurvesReason, PercentileCurve, PercentileCurvesInput, PercentileCurvesResult, ValueAtZInput } from './curves.ts';
export { ageForPercentile, ageInDays, CORRECT_UNTIL_DAY, PRETERM_BEFORE_WEEKS } from './age.ts';
export type { AgeForPercentile, AgeForPercentileInput } from './age.ts';
export { adjustLengthForAge, bmi, expectedPosition, LYING_MINUS_STANDING_CM, STANDING_FROM_DAY } from './length.ts';
export type { BmiInput } from './length.ts';
export { formatPercentile, formatZScore } from './format.ts';
export { normalCdf, inverseNormalCdf } from './normal.ts';
export { whoTablesSource } from './data/source.ts';
export type { Flag, Indicator, Measured, NoScoreReason, NoZScore, Sex, ZScore, ZScoreInput, ZScoreResult } from './types.ts';
