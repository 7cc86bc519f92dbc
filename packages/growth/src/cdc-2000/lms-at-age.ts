// L, M and S at an age from CDC's half-month grid, interpolated linearly in
// months between the two rows that bracket it (CDC's rule; percentiles and the
// 95th percentile are then computed from the interpolated L, M, S).

import type { AgeLmsTable } from "../table-types.ts";
import type { LmsRow, Sex } from "../types.ts";

/** Null outside the table's ages. */
export function lmsAtMonths(table: AgeLmsTable, sex: Sex, months: number): LmsRow | null {
  const rows = table[sex];
  const first = rows[0];
  const last = rows[rows.length - 1];
  if (!first || !last || !(months >= first[0] && months <= last[0])) return null;
  // The last row whose age is at or below `months`.
  let low = 0;
  let high = rows.length - 1;
  while (high - low > 1) {
    const middle = (low + high) >> 1;
    if (rows[middle]![0] <= months) low = middle;
    else high = middle;
  }
  const below = rows[low]!;
  const above = rows[high]!;
  if (months === below[0]) return [below[1], below[2], below[3]];
  if (months === above[0]) return [above[1], above[2], above[3]];
  const f = (months - below[0]) / (above[0] - below[0]);
  return [
    below[1] + f * (above[1] - below[1]),
    below[2] + f * (above[2] - below[2]),
    below[3] + f * (above[3] - below[3]),
  ];
}
