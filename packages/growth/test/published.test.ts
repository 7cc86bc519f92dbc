// Checks against values WHO has published: the monthly-table checkpoints given
// in data/who/README.md and docs/growth-standards.md (a
// month is 30.4375 days, daily values interpolated), and z-scores asserted by
// the tests of WHO's own anthro R package.
import { describe, expect, it } from "vitest";
import { computeZScore, valueAtZ } from "../src/index.ts";
import { scored } from "./helpers.ts";

const MONTH = 30.4375;

describe("WHO's published monthly values", () => {
  it("weight-for-age, boys, birth: median 3.3464 kg, −2 SD 2.46 kg, +2 SD 4.42 kg", () => {
    expect(valueAtZ({ indicator: "weight-for-age", sex: "male", at: 0, z: 0 })).toBe(3.3464);
    expect(valueAtZ({ indicator: "weight-for-age", sex: "male", at: 0, z: -2 })).toBeCloseTo(2.46, 2);
    expect(valueAtZ({ indicator: "weight-for-age", sex: "male", at: 0, z: 2 })).toBeCloseTo(4.42, 2);
    expect(
      scored(computeZScore({ indicator: "weight-for-age", sex: "male", ageInDays: 0, value: 2.46 })).zScore,
    ).toBeCloseTo(-2, 2);
    expect(
      scored(computeZScore({ indicator: "weight-for-age", sex: "male", ageInDays: 0, value: 4.42 })).zScore,
    ).toBeCloseTo(2, 2);
  });

  it("weight-for-age, boys, 1 month: median 4.4709 kg", () => {
    expect(valueAtZ({ indicator: "weight-for-age", sex: "male", at: MONTH, z: 0 })).toBeCloseTo(4.4709, 4);
  });

  it("weight-for-age, boys, 6 months: −2 SD 6.35 kg, +2 SD 9.85 kg", () => {
    expect(valueAtZ({ indicator: "weight-for-age", sex: "male", at: 6 * MONTH, z: -2 })).toBeCloseTo(6.35, 2);
    expect(valueAtZ({ indicator: "weight-for-age", sex: "male", at: 6 * MONTH, z: 2 })).toBeCloseTo(9.85, 2);
  });

  it("length-for-age, girls, birth: median 49.1477 cm with S 0.0379", () => {
    expect(valueAtZ({ indicator: "length-for-age", sex: "female", at: 0, z: 0 })).toBe(49.1477);
    expect(valueAtZ({ indicator: "length-for-age", sex: "female", at: 0, z: 1 })).toBeCloseTo(49.1477 * 1.0379, 9);
  });

  it("length-for-age, girls, 12 months: median 74.0 cm, −2 SD 68.9 cm", () => {
    // Published to 0.1 cm, so the check allows half of that.
    expect(
      Math.abs(valueAtZ({ indicator: "length-for-age", sex: "female", at: 12 * MONTH, z: 0 })! - 74.0),
    ).toBeLessThan(0.05);
    expect(
      Math.abs(valueAtZ({ indicator: "length-for-age", sex: "female", at: 12 * MONTH, z: -2 })! - 68.9),
    ).toBeLessThan(0.05);
  });
});

describe("z-scores asserted by WHO's anthro package", () => {
  it("a 17 kg girl at 1522 days has weight-for-age z 0.24", () => {
    const result = scored(computeZScore({ indicator: "weight-for-age", sex: "female", ageInDays: 1522, value: 17 }));
    expect(Math.abs(result.zScore - 0.24)).toBeLessThan(0.01);
    expect(result.flag).toBeNull();
  });

  it("a 10.37 kg girl at 1 day is flagged implausible", () => {
    expect(computeZScore({ indicator: "weight-for-age", sex: "female", ageInDays: 1, value: 10.37 }).flag).toBe(
      "implausible-high",
    );
  });

  it("a BMI of 25 for a girl at 1 day is flagged implausible", () => {
    expect(computeZScore({ indicator: "bmi-for-age", sex: "female", ageInDays: 1, value: 25 }).flag).toBe(
      "implausible-high",
    );
  });

  it("a 50 cm boy at 44 days scores ((50 / 56.4833) − 1) / 0.03492", () => {
    const result = scored(computeZScore({ indicator: "length-for-age", sex: "male", ageInDays: 44, value: 50 }));
    expect(result.zScore).toBeCloseTo((50 / 56.4833 - 1) / 0.03492, 9);
  });

  it("a boy of 987 days measured lying at 72.86 cm scores −6.09 and is flagged", () => {
    const result = scored(
      computeZScore({ indicator: "length-for-age", sex: "male", ageInDays: 987, value: 72.86, measured: "lying" }),
    );
    expect(Math.abs(result.zScore - -6.09)).toBeLessThan(0.01);
    expect(result.flag).toBe("implausible-low");
  });

  it("a girl of 24 months (731 days) standing at 77.5 cm scores −2.55 on the height table", () => {
    const result = scored(computeZScore({ indicator: "length-for-age", sex: "female", ageInDays: 731, value: 77.5 }));
    expect(Math.abs(result.zScore - -2.55)).toBeLessThan(0.01);
  });

  it("a boy of 9 months (274 days) measured standing at 60 cm is scored as 60.7 cm: z −5.02", () => {
    const result = scored(
      computeZScore({ indicator: "length-for-age", sex: "male", ageInDays: 274, value: 60, measured: "standing" }),
    );
    expect(Math.abs(result.zScore - -5.02)).toBeLessThan(0.01);
    expect(result.flag).toBeNull();
  });
});
