// What each indicator is indexed by, which z-score rule it uses and where WHO
// calls a value implausible (growth-standards.md, "Implausible values").

import { bmiForAge } from "./data/bmi-for-age.ts";
import { headCircumferenceForAge } from "./data/head-circumference-for-age.ts";
import { lengthForAge } from "./data/length-for-age.ts";
import { weightForAge } from "./data/weight-for-age.ts";
import { weightForHeight } from "./data/weight-for-height.ts";
import { weightForLength } from "./data/weight-for-length.ts";
import type { Indicator, LmsRow, LmsTable, Sex } from "./types.ts";

export interface IndicatorSpec {
  table: LmsTable;
  /** What the table rows are indexed by. */
  index: "age-days" | "length-cm";
  /** Weight-based indicators use WHO's restricted rule beyond ±3 SD. */
  restricted: boolean;
  /** Flag when z < low or z > high. */
  flagBelow: number;
  flagAbove: number;
}

export const indicators: Record<Indicator, IndicatorSpec> = {
  "weight-for-age": { table: weightForAge, index: "age-days", restricted: true, flagBelow: -6, flagAbove: 5 },
  "length-for-age": { table: lengthForAge, index: "age-days", restricted: false, flagBelow: -6, flagAbove: 6 },
  "head-circumference-for-age": {
    table: headCircumferenceForAge,
    index: "age-days",
    restricted: false,
    flagBelow: -5,
    flagAbove: 5,
  },
  "weight-for-length": { table: weightForLength, index: "length-cm", restricted: true, flagBelow: -5, flagAbove: 5 },
  "weight-for-height": { table: weightForHeight, index: "length-cm", restricted: true, flagBelow: -5, flagAbove: 5 },
  "bmi-for-age": { table: bmiForAge, index: "age-days", restricted: true, flagBelow: -5, flagAbove: 5 },
};

export function isIndicator(value: unknown): value is Indicator {
  return typeof value === "string" && Object.hasOwn(indicators, value);
}

export function isSex(value: unknown): value is Sex {
  return value === "female" || value === "male";
}

/** First and last index the table covers (days, or cm). */
export function tableRange(table: LmsTable): { first: number; last: number } {
  return { first: table.first, last: table.first + (table.male.length - 1) / table.rowsPerUnit };
}

// Index arithmetic on the 0.1 cm grid is not exact in binary (67.3 − 45 is
// 22.299999…), so positions within this distance of a row count as the row.
const ON_ROW = 1e-9;

/**
 * L, M and S at an index, interpolated linearly between the two neighbouring
 * rows (WHO's rule for lengths between 0.1 cm rows; for ages WHO's monthly
 * tables do the same between days). Null outside the table.
 */
export function lmsAt(table: LmsTable, sex: Sex, at: number): LmsRow | null {
  const rows = table[sex];
  const position = (at - table.first) * table.rowsPerUnit;
  if (!(position > -ON_ROW && position < rows.length - 1 + ON_ROW)) return null;
  const below = Math.max(0, Math.floor(position + ON_ROW));
  const fraction = position - below;
  const low = rows[below];
  if (low === undefined) return null;
  if (fraction < ON_ROW) return low;
  const high = rows[below + 1];
  if (high === undefined) return null;
  return [
    low[0] + fraction * (high[0] - low[0]),
    low[1] + fraction * (high[1] - low[1]),
    low[2] + fraction * (high[2] - low[2]),
  ];
}
