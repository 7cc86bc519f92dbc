// INTERGROWTH-21st's own printed tables (data/intergrowth-21st/): the value
// printed at each z (−3…+3) and centile (3rd…97th) must score that z, within
// the table's rounding. The tolerances are what the data's README reports:
// exact to the printed digit for the very-preterm and postnatal z-score
// tables, about half a printed unit more at rounding edges elsewhere, and up
// to 0.015 kg where INTERGROWTH-21st's own centile and z-score tables for
// weight at 33–35 weeks disagree.
import { describe, expect, it } from "vitest";
import { computeZScore, type GrowthZScoreInput, inverseNormalCdf } from "../src/index.ts";
import { readDataCsv, sexOfCode } from "./data-files.ts";

const SD_COLUMNS = { sd3neg: -3, sd2neg: -2, sd1neg: -1, sd0: 0, sd1: 1, sd2: 2, sd3: 3 } as const;
const CENTILE_COLUMNS = { p3: 3, p5: 5, p10: 10, p50: 50, p90: 90, p95: 95, p97: 97 } as const;

type Part = "very-preterm" | "st3" | "postnatal";
/** How far from the printed value (kg or cm) the value at the target z may lie. */
const tolerance: Record<Part, Record<"sd" | "centile", { kg: number; cm: number }>> = {
  "very-preterm": { sd: { kg: 0.005, cm: 0.05 }, centile: { kg: 0.005, cm: 0.05 } },
  st3: { sd: { kg: 0.0055, cm: 0.056 }, centile: { kg: 0.015, cm: 0.056 } },
  // One postnatal z-score cell (boys' weight at 55 weeks, −3 SD, printed 4.40 kg) sits on the rounding edge.
  postnatal: { sd: { kg: 0.0051, cm: 0.05 }, centile: { kg: 0.006, cm: 0.058 } },
};

function zOf(input: GrowthZScoreInput): number {
  const result = computeZScore(input);
  if (result.zScore === null) throw new Error(`no z-score for ${JSON.stringify(input)}: ${result.reason}`);
  return result.zScore;
}

function check(file: string, standard: "intergrowth-newborn" | "intergrowth-postnatal") {
  const misses: string[] = [];
  let cells = 0;
  for (const row of readDataCsv(file)) {
    const indicator = row.indicator!;
    const sex = sexOfCode(row.sex);
    const days = Number(standard === "intergrowth-newborn" ? row.gestational_age_days : row.postmenstrual_age_days);
    const part: Part = standard === "intergrowth-postnatal" ? "postnatal" : days < 231 ? "very-preterm" : "st3";
    const unit = indicator.startsWith("weight") ? "kg" : "cm";
    const at = (value: number) =>
      standard === "intergrowth-newborn"
        ? zOf({ standard, indicator, sex, gestationalAgeDays: days, value } as GrowthZScoreInput)
        : zOf({ standard, indicator, sex, postmenstrualAgeDays: days, value } as GrowthZScoreInput);
    const targets: [string, number, "sd" | "centile"][] = [
      ...Object.entries(SD_COLUMNS).map(([column, z]) => [column, z, "sd"] as [string, number, "sd"]),
      ...Object.entries(CENTILE_COLUMNS).map(
        ([column, p]) => [column, inverseNormalCdf(p / 100), "centile"] as [string, number, "centile"],
      ),
    ];
    for (const [column, z, kind] of targets) {
      const printed = Number(row[column]);
      const slack = tolerance[part][kind][unit] + 1e-9;
      cells++;
      if (!(at(printed - slack) <= z && z <= at(printed + slack))) {
        misses.push(`${indicator} ${row.sex} ${days} ${column}: ${printed}`);
      }
    }
  }
  return { misses, cells };
}

describe("INTERGROWTH-21st's printed tables", () => {
  it("newborn size at birth, 24+0 to 42+6 weeks, both sexes, every z-score and centile cell", () => {
    const { misses, cells } = check("intergrowth-21st/intergrowth-newborn-published-tables.csv", "intergrowth-newborn");
    expect(cells).toBe(3 * 2 * 133 * 14);
    expect(misses).toEqual([]);
  });

  it("postnatal growth of preterm infants, 27 to 64 weeks, both sexes, every z-score and centile cell", () => {
    const { misses, cells } = check(
      "intergrowth-21st/intergrowth-postnatal-published-tables.csv",
      "intergrowth-postnatal",
    );
    expect(cells).toBe(3 * 2 * 38 * 14);
    expect(misses).toEqual([]);
  });
});
