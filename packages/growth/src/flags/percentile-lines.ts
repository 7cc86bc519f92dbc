// A fall across two major percentile lines, and head circumference crossing
// two major lines either way: worth asking your clinician about, not a
// diagnosis. "Major lines" are the lines each standard's charts draw:
// - WHO (UK-WHO charts, RCPCH): 2nd, 9th, 25th, 50th, 75th, 91st, 98th, spaced
//   ⅔ SD apart; NICE guideline NG75 (Faltering growth, 2017) uses falls across
//   these "centile spaces".
// - CDC 2000: 5th, 10th, 25th, 50th, 75th, 90th, 95th, the charts' lines;
//   "weight that crosses two major percentile lines" is the classic US
//   definition of faltering growth (Cole SZ, Lanham JS, "Failure to thrive: an
//   update", Am Fam Physician 2011;83(7):829–834).
// - INTERGROWTH-21st postnatal: 3rd, 10th, 50th, 90th, 97th, its charts' lines
//   (Villar et al., Lancet Glob Health 2015).
// Head circumference crossing lines upwards as well as downwards is worth a
// look (Harris SR, "Measuring head circumference: update on infant
// microcephaly", Can Fam Physician 2015;61(8):680–684).

import type { CdcIndicator, PostnatalIndicator, Standard } from "../standard-types.ts";
import type { Indicator } from "../types.ts";
import type { PercentileLinesFlag, PercentilePoint } from "./types.ts";

export const MAJOR_PERCENTILE_LINES: Record<Exclude<Standard, "intergrowth-newborn">, readonly number[]> = {
  "who-2006": [2, 9, 25, 50, 75, 91, 98],
  "cdc-2000": [5, 10, 25, 50, 75, 90, 95],
  "intergrowth-postnatal": [3, 10, 50, 90, 97],
};

/** Lines crossed to count as a flag. */
export const LINES_TO_FLAG = 2;
/** WHO weights before day 14 are left to the newborn weight-loss flags (physiological loss). */
export const FIRST_WEIGHT_DAY = 14;

export interface PercentileLinesInput {
  standard: Exclude<Standard, "intergrowth-newborn">;
  /** The indicator the percentiles are for; head circumference is flagged both ways. */
  indicator: Indicator | CdcIndicator | PostnatalIndicator;
  points: readonly PercentilePoint[];
}

/** Lines L with low < L ≤ high: those a move between the two percentiles crosses. */
function linesBetween(lines: readonly number[], low: number, high: number): number[] {
  return lines.filter((line) => low < line && line <= high);
}

/**
 * The largest crossing between any earlier and later measurement, when it
 * crosses at least two major lines (a fall; either way for head circumference).
 */
export function percentileLineFlags({ standard, indicator, points }: PercentileLinesInput): PercentileLinesFlag[] {
  const lines = MAJOR_PERCENTILE_LINES[standard];
  if (!lines) return [];
  const head = indicator.startsWith("head-circumference");
  const skipEarly = standard === "who-2006" && indicator === "weight-for-age";
  const series = points
    .filter((p) => Number.isFinite(p.at) && Number.isFinite(p.percentile) && !(skipEarly && p.at < FIRST_WEIGHT_DAY))
    .sort((a, b) => a.at - b.at);
  let best: PercentileLinesFlag | null = null;
  for (let j = 1; j < series.length; j++) {
    for (let i = 0; i < j; i++) {
      const from = series[i]!;
      const to = series[j]!;
      const direction = to.percentile < from.percentile ? "down" : "up";
      if (direction === "up" && !head) continue;
      const crossed =
        direction === "down"
          ? linesBetween(lines, to.percentile, from.percentile).reverse()
          : linesBetween(lines, from.percentile, to.percentile);
      if (crossed.length >= LINES_TO_FLAG && (best === null || crossed.length >= best.linesCrossed.length)) {
        const code = head ? "head-circumference-crossed-two-percentile-lines" : "fell-across-two-percentile-lines";
        best = { code, standard, indicator, direction, from, to, linesCrossed: crossed };
      }
    }
  }
  return best ? [best] : [];
}
