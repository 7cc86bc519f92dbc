// Every indicator, both sexes: a value at the median, on WHO's ±2 SD lines and
// beyond ±3 SD, with expectations computed by hand from WHO's raw table rows.
import { describe, expect, it } from "vitest";
import type { Indicator, Sex } from "../src/index.ts";
import { rawRow } from "./fixtures/who-rows.ts";
import { fileOf, scoreAt, scored, weightBased } from "./helpers.ts";
import { percentileOf, plainZ, restrictedZByHand, sdLine } from "./reference.ts";

const cases: [Indicator, Sex, number][] = [
  ["weight-for-age", "male", 0],
  ["weight-for-age", "male", 182],
  ["weight-for-age", "female", 1],
  ["weight-for-age", "female", 1522],
  ["length-for-age", "female", 0],
  ["length-for-age", "female", 365],
  ["length-for-age", "male", 44],
  ["length-for-age", "male", 987],
  ["head-circumference-for-age", "male", 0],
  ["head-circumference-for-age", "male", 1000],
  ["head-circumference-for-age", "female", 100],
  ["head-circumference-for-age", "female", 1826],
  ["bmi-for-age", "female", 1],
  ["bmi-for-age", "female", 731],
  ["bmi-for-age", "male", 500],
  ["bmi-for-age", "male", 1826],
  ["weight-for-length", "male", 67.2],
  ["weight-for-length", "male", 110],
  ["weight-for-length", "female", 45],
  ["weight-for-length", "female", 80],
  ["weight-for-height", "male", 65],
  ["weight-for-height", "male", 120],
  ["weight-for-height", "female", 100],
  ["weight-for-height", "female", 87.3],
];

describe.each(cases)("%s, %s, at %s", (indicator, sex, index) => {
  const { L, M, S } = rawRow(fileOf[indicator], sex, index);
  const expectedZ = (y: number) => (weightBased.has(indicator) ? restrictedZByHand(y, L, M, S) : plainZ(y, L, M, S));

  it("a baby on the median is at z 0, the 50th percentile", () => {
    const result = scored(scoreAt(indicator, sex, index, M));
    expect(result.zScore).toBeCloseTo(0, 2);
    expect(Math.abs(result.percentile - 50)).toBeLessThan(0.1);
    expect(result.flag).toBeNull();
  });

  it.each([2, -2])("a baby on WHO's %s SD line scores that z", (k) => {
    const result = scored(scoreAt(indicator, sex, index, sdLine(L, M, S, k)));
    expect(Math.abs(result.zScore - k)).toBeLessThan(0.01);
    expect(Math.abs(result.percentile - percentileOf(k))).toBeLessThan(0.1);
  });

  it.each([4, -4])("a value on the unrestricted %s SD curve gets the z WHO defines beyond ±3", (k) => {
    const y = sdLine(L, M, S, k);
    const want = expectedZ(y);
    if (weightBased.has(indicator)) {
      // Guard: the restricted rule must change the answer here, or this test could not catch its absence.
      expect(Math.abs(want - k)).toBeGreaterThan(0.05);
    }
    const result = scored(scoreAt(indicator, sex, index, y));
    expect(Math.abs(result.zScore - want)).toBeLessThan(0.01);
    expect(Math.abs(result.percentile - percentileOf(want))).toBeLessThan(0.1);
  });

  it("a value far beyond +3 SD follows the 2–3 SD band width (restricted) or the plain formula", () => {
    const y = sdLine(L, M, S, 3) * 1.15;
    const result = scored(scoreAt(indicator, sex, index, y));
    expect(Math.abs(result.zScore - expectedZ(y))).toBeLessThan(0.01);
  });
});
