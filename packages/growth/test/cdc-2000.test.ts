// CDC 2000, 2 to 20 years: the checkpoints that came with CDC's tables
// (data/cdc-2000/README.md; CDC's SAS program gives the same numbers) and the
// rules a user would notice: the age range, and the extended BMI method taking
// over at the 95th percentile without a jump.
import { describe, expect, it } from "vitest";
import { lmsAtMonths } from "../src/cdc-2000/lms-at-age.ts";
import { cdcBmiForAge } from "../src/data/cdc-2000-bmi-for-age.ts";
import { cdcWeightForAge } from "../src/data/cdc-2000-weight-for-age.ts";
import { type CdcScore, type CdcZScoreInput, computeZScore } from "../src/index.ts";
import { readDataCsv } from "./data-files.ts";
import { sdLine } from "./reference.ts";

function cdc(input: Omit<CdcZScoreInput, "standard">): CdcScore {
  const result = computeZScore({ standard: "cdc-2000", ...input });
  if (result.zScore === null) throw new Error(`no z-score: ${result.reason}`);
  return result;
}

describe("CDC's checkpoints", () => {
  it("BMI-for-age, boys, 120.0 months: LMS, P95 22.1095, σ 4.6588; BMI 25.0 → z 1.9309, percentile 97.3251", () => {
    const [L, M, S] = lmsAtMonths(cdcBmiForAge, "male", 120)!;
    expect([L, M, S]).toEqual([-2.773692432, 16.624612525, 0.1197941245].map((v) => expect.closeTo(v, 9)));
    // 120.0 months is 3652.5 days; whole days either side bracket the checkpoint.
    for (const ageInDays of [3652, 3653]) {
      const result = cdc({ indicator: "bmi-for-age", sex: "male", ageInDays, value: 25 });
      expect(result.method).toBe("extended");
      expect(result.zScore).toBeCloseTo(1.9309, 3);
      expect(result.percentile).toBeCloseTo(97.3251, 2);
      expect(result.bmi95thPercentile).toBeCloseTo(22.1095, 2);
      expect(result.percentOf95thPercentile).toBeCloseTo((100 * 25) / 22.1095, 1);
    }
  });

  it("BMI-for-age, girls, 180.0 months (5478.75 days): BMI 30.0 → P95 28.0892, z 1.7767, percentile 96.2191", () => {
    const result = cdc({ indicator: "bmi-for-age", sex: "female", ageInDays: 5479, value: 30 });
    expect(result.bmi95thPercentile).toBeCloseTo(28.0892, 2);
    expect(result.zScore).toBeCloseTo(1.7767, 3);
    expect(result.percentile).toBeCloseTo(96.2191, 2);
  });

  it("weight-for-age, girls, 24.0 months: median 12.054546 kg as in CDC's program (12.05503983 in wtage.csv)", () => {
    expect(lmsAtMonths(cdcWeightForAge, "female", 24)?.[1]).toBeCloseTo(12.054546, 5);
  });
});

describe("between CDC's rows", () => {
  it("L, M and S are interpolated linearly in months (stature, girls, between 84.5 and 85.5 months)", () => {
    const rows = readDataCsv("cdc-2000/cdc2000-stature-for-age.csv").filter((r) => r.sex === "2");
    const lmsOf = (agemos: string) => {
      const row = rows.find((r) => r.agemos === agemos)!;
      return [Number(row.l), Number(row.m), Number(row.s)];
    };
    const [low, high] = [lmsOf("84.5"), lmsOf("85.5")];
    // 2585 days is 84.9281… months.
    const f = 2585 / 30.4375 - 84.5;
    const [L, M, S] = low.map((v, i) => v + f * (high[i]! - v)) as [number, number, number];
    for (const k of [-2, 0, 2.5]) {
      const result = cdc({ indicator: "length-for-age", sex: "female", ageInDays: 2585, value: sdLine(L, M, S, k) });
      expect(result.zScore).toBeCloseTo(k, 9);
    }
  });
});

describe("BMI at the 95th percentile", () => {
  const at = { indicator: "bmi-for-age", sex: "female", ageInDays: 3000 } as const;
  const p95 = cdc({ ...at, value: 20 }).bmi95thPercentile!;

  it("below it the LMS method answers, at and above it the extended method, meeting at z 1.645", () => {
    const below = cdc({ ...at, value: p95 - 1e-6 });
    const on = cdc({ ...at, value: p95 * (1 + 1e-12) });
    expect(below.method).toBe("lms");
    expect(on.method).toBe("extended");
    expect(below.zScore).toBeCloseTo(1.6448536, 5);
    expect(on.zScore).toBeCloseTo(1.6448536, 5);
    expect(on.percentile).toBeCloseTo(95, 5);
    expect(on.percentOf95thPercentile).toBeCloseTo(100, 8);
  });

  it("reports BMI as a percent of the 95th percentile, 120 % at 1.2 × P95", () => {
    expect(cdc({ ...at, value: 1.2 * p95 }).percentOf95thPercentile).toBeCloseTo(120, 10);
  });

  it("keeps rising far above it, where the LMS z-score would flatten out", () => {
    const zs = [1.2, 1.4, 1.6, 2].map((f) => cdc({ ...at, value: f * p95 }).zScore);
    for (let i = 1; i < zs.length; i++) expect(zs[i]!).toBeGreaterThan(zs[i - 1]!);
    expect(zs[3]).toBeGreaterThan(5);
  });

  it("weight and stature have no 95th-percentile fields", () => {
    const result = cdc({ indicator: "weight-for-age", sex: "male", ageInDays: 5000, value: 90 });
    expect(result).toMatchObject({ method: "lms", bmi95thPercentile: null, percentOf95thPercentile: null });
  });
});
