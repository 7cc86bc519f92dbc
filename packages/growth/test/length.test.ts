// Length versus height: the 0.7 cm adjustment both ways, the switch at 731
// days, and interpolation between 0.1 cm rows for weight-for-length/height.
import { describe, expect, it } from "vitest";
import { adjustLengthForAge, bmi, computeZScore } from "../src/index.ts";
import { rawRow } from "./fixtures/who-rows.ts";
import { scored } from "./helpers.ts";
import { plainZ, restrictedZByHand } from "./reference.ts";

describe("the 0.7 cm lying/standing adjustment", () => {
  it("adds 0.7 cm to a standing measurement under 731 days", () => {
    expect(adjustLengthForAge(87.1, 730, "standing")).toBe(87.8);
  });
  it("subtracts 0.7 cm from a lying measurement from 731 days", () => {
    expect(adjustLengthForAge(87.8, 731, "lying")).toBe(87.1);
  });
  it("leaves a measurement taken as WHO expects, or of unknown position, alone", () => {
    expect(adjustLengthForAge(87.1, 730, "lying")).toBe(87.1);
    expect(adjustLengthForAge(87.1, 731, "standing")).toBe(87.1);
    expect(adjustLengthForAge(87.1, 731)).toBe(87.1);
    expect(adjustLengthForAge(87.1, 731, null)).toBe(87.1);
  });

  it("a toddler of 730 days measured standing is scored on the length table with 0.7 cm added", () => {
    const row = rawRow("lenanthro.txt", "male", 730);
    const result = scored(
      computeZScore({ indicator: "length-for-age", sex: "male", ageInDays: 730, value: 87.5, measured: "standing" }),
    );
    expect(result.zScore).toBeCloseTo(plainZ(88.2, row.L, row.M, row.S), 6);
  });

  it("the same toddler measured lying a day later is scored on the height table with 0.7 cm taken off", () => {
    const row = rawRow("lenanthro.txt", "male", 731);
    const result = scored(
      computeZScore({ indicator: "length-for-age", sex: "male", ageInDays: 731, value: 87.5, measured: "lying" }),
    );
    expect(result.zScore).toBeCloseTo(plainZ(86.8, row.L, row.M, row.S), 6);
  });

  it("standing height at 731 days is used as measured", () => {
    const row = rawRow("lenanthro.txt", "male", 731);
    const result = scored(
      computeZScore({ indicator: "length-for-age", sex: "male", ageInDays: 731, value: 87.5, measured: "standing" }),
    );
    expect(result.zScore).toBeCloseTo(plainZ(87.5, row.L, row.M, row.S), 6);
  });

  it("weight-for-length looks up a standing child at the length 0.7 cm longer", () => {
    const row = rawRow("wflanthro.txt", "female", 80);
    const result = scored(
      computeZScore({
        indicator: "weight-for-length",
        sex: "female",
        ageInDays: 400,
        value: 10.5,
        lengthCm: 79.3,
        measured: "standing",
      }),
    );
    expect(result.zScore).toBeCloseTo(restrictedZByHand(10.5, row.L, row.M, row.S), 6);
  });

  it("weight-for-height looks up a child measured lying at the height 0.7 cm shorter", () => {
    const row = rawRow("wfhanthro.txt", "male", 90);
    const result = scored(
      computeZScore({
        indicator: "weight-for-height",
        sex: "male",
        ageInDays: 800,
        value: 12,
        lengthCm: 90.7,
        measured: "lying",
      }),
    );
    expect(result.zScore).toBeCloseTo(restrictedZByHand(12, row.L, row.M, row.S), 6);
  });

  it("BMI uses the adjusted length or height", () => {
    expect(bmi({ weightKg: 10, lengthCm: 80, ageInDays: 400, measured: "standing" })).toBeCloseTo(10 / 0.807 ** 2, 10);
    expect(bmi({ weightKg: 10, lengthCm: 80, ageInDays: 800, measured: "lying" })).toBeCloseTo(10 / 0.793 ** 2, 10);
    expect(bmi({ weightKg: 10, lengthCm: 80, ageInDays: 800 })).toBeCloseTo(10 / 0.8 ** 2, 10);
    expect(bmi({ weightKg: 0, lengthCm: 80, ageInDays: 800 })).toBeNull();
  });
});

describe("weight-for-length under 731 days, weight-for-height from 731 days", () => {
  it("refuses weight-for-length at 731 days and points to weight-for-height", () => {
    const result = computeZScore({
      indicator: "weight-for-length",
      sex: "male",
      ageInDays: 731,
      value: 12,
      lengthCm: 88,
    });
    expect(result).toMatchObject({ zScore: null, reason: "use-weight-for-height" });
  });
  it("refuses weight-for-height at 730 days and points to weight-for-length", () => {
    const result = computeZScore({
      indicator: "weight-for-height",
      sex: "male",
      ageInDays: 730,
      value: 12,
      lengthCm: 88,
    });
    expect(result).toMatchObject({ zScore: null, reason: "use-weight-for-length" });
  });
});

describe("interpolation on the 0.1 cm grid", () => {
  const low = rawRow("wflanthro.txt", "male", 67.2);
  const high = rawRow("wflanthro.txt", "male", 67.3);

  it("a boy of 67.25 cm is scored with L, M and S halfway between the 67.2 and 67.3 rows", () => {
    const mid = { L: (low.L + high.L) / 2, M: (low.M + high.M) / 2, S: (low.S + high.S) / 2 };
    const want = restrictedZByHand(7.5, mid.L, mid.M, mid.S);
    const result = scored(
      computeZScore({ indicator: "weight-for-length", sex: "male", ageInDays: 300, value: 7.5, lengthCm: 67.25 }),
    );
    expect(Math.abs(result.zScore - want)).toBeLessThan(1e-9);
    // Guard: neither neighbouring row alone would pass.
    expect(Math.abs(restrictedZByHand(7.5, low.L, low.M, low.S) - want)).toBeGreaterThan(0.01);
    expect(Math.abs(restrictedZByHand(7.5, high.L, high.M, high.S) - want)).toBeGreaterThan(0.01);
  });

  it("a length on a row (67.3 cm, inexact in binary) uses that row", () => {
    const result = scored(
      computeZScore({ indicator: "weight-for-length", sex: "male", ageInDays: 300, value: 7.5, lengthCm: 67.3 }),
    );
    expect(result.zScore).toBeCloseTo(restrictedZByHand(7.5, high.L, high.M, high.S), 12);
  });
});
