// Bad or out-of-range input to the CDC 2000 and INTERGROWTH-21st scorers gets
// a specific reason and no numbers, never an exception; the ends of each
// range still score.
import { describe, expect, it } from "vitest";
import { computeZScore, type GrowthZScoreInput } from "../src/index.ts";

const cdc = { standard: "cdc-2000", indicator: "weight-for-age", sex: "female", ageInDays: 3000, value: 25 } as const;
const newborn = {
  standard: "intergrowth-newborn",
  indicator: "weight-for-gestational-age",
  sex: "male",
  gestationalAgeDays: 200,
  value: 1.2,
} as const;
const postnatal = {
  standard: "intergrowth-postnatal",
  indicator: "head-circumference-for-age",
  sex: "female",
  postmenstrualAgeDays: 300,
  value: 38,
} as const;

const reasonOf = (input: unknown) => {
  const result = computeZScore(input as GrowthZScoreInput);
  if (result.zScore !== null) return "scored";
  expect(result.percentile).toBeNull();
  expect(result.message.length).toBeGreaterThan(10);
  return result.reason;
};

describe("ranges", () => {
  it.each([
    [{ ...cdc, ageInDays: 730 }, "age-under-2-years"],
    [{ ...cdc, ageInDays: 731 }, "scored"],
    [{ ...cdc, ageInDays: 7305 }, "scored"],
    [{ ...cdc, ageInDays: 7306 }, "age-over-20-years"],
    [{ ...newborn, gestationalAgeDays: 167 }, "gestational-age-before-24-weeks"],
    [{ ...newborn, gestationalAgeDays: 168 }, "scored"],
    [{ ...newborn, gestationalAgeDays: 300 }, "scored"],
    [{ ...newborn, gestationalAgeDays: 301 }, "gestational-age-after-42-weeks"],
    [{ ...postnatal, postmenstrualAgeDays: 188 }, "postmenstrual-age-before-27-weeks"],
    [{ ...postnatal, postmenstrualAgeDays: 189 }, "scored"],
    [{ ...postnatal, postmenstrualAgeDays: 448 }, "scored"],
    [{ ...postnatal, postmenstrualAgeDays: 449 }, "postmenstrual-age-after-64-weeks"],
  ])("%o → %s", (input, reason) => {
    expect(reasonOf(input)).toBe(reason);
  });
});

describe("bad input", () => {
  it.each([
    [{ ...cdc, standard: "nchs-1977" }, "unknown-standard"],
    [{ ...cdc, indicator: "head-circumference-for-age" }, "unknown-indicator"],
    [{ ...newborn, indicator: "weight-for-age" }, "unknown-indicator"],
    [{ ...postnatal, indicator: "weight-for-gestational-age" }, "unknown-indicator"],
    [{ ...cdc, indicator: { toString: {} } }, "unknown-indicator"],
    [{ ...cdc, sex: "unknown" }, "unknown-sex"],
    [{ ...cdc, ageInDays: 3000.5 }, "age-not-whole-days"],
    [{ ...newborn, gestationalAgeDays: undefined }, "age-not-whole-days"],
    [{ ...newborn, ageInDays: 200, gestationalAgeDays: undefined }, "age-not-whole-days"],
    [{ ...postnatal, postmenstrualAgeDays: "300" }, "age-not-whole-days"],
    [{ ...cdc, value: 0 }, "value-not-positive"],
    [{ ...newborn, value: Number.NaN }, "value-not-positive"],
    [{ ...postnatal, value: Number.POSITIVE_INFINITY }, "value-not-positive"],
    [{ ...postnatal, value: "38" }, "value-not-positive"],
    [{ ...cdc, indicator: "bmi-for-age", value: 1e6 }, "value-out-of-scale"],
    [{ ...newborn, gestationalAgeDays: 280, value: 1e30 }, "value-out-of-scale"],
  ])("%o → %s", (input, reason) => {
    expect(reasonOf(input)).toBe(reason);
  });

  it("a WHO call without a standard, or with 'who-2006', is scored as before", () => {
    const who = { indicator: "weight-for-age", sex: "male", ageInDays: 0, value: 3.3464 } as const;
    expect(computeZScore(who)).toEqual({ zScore: 0, percentile: 50, flag: null });
    expect(computeZScore({ ...who, standard: "who-2006" })).toEqual(computeZScore(who));
  });
});
