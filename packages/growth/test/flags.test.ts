// WHO's implausible-value limits per indicator, checked just inside and just
// outside each limit for both sexes.
import { describe, expect, it } from "vitest";
import type { Indicator, Sex } from "../src/index.ts";
import { rawRow } from "./fixtures/who-rows.ts";
import { fileOf, scoreAt, scored, weightBased } from "./helpers.ts";
import { valueForZByHand } from "./reference.ts";

// [indicator, lowest plausible z, highest plausible z] from growth-standards.md.
const limits: [Indicator, number, number][] = [
  ["weight-for-age", -6, 5],
  ["length-for-age", -6, 6],
  ["head-circumference-for-age", -5, 5],
  ["weight-for-length", -5, 5],
  ["weight-for-height", -5, 5],
  ["bmi-for-age", -5, 5],
];

const rowFor: Record<Indicator, Record<Sex, number>> = {
  "weight-for-age": { male: 182, female: 1522 },
  "length-for-age": { male: 987, female: 365 },
  "head-circumference-for-age": { male: 1000, female: 100 },
  "weight-for-length": { male: 67.2, female: 80 },
  "weight-for-height": { male: 120, female: 100 },
  "bmi-for-age": { male: 500, female: 731 },
};

describe.each(limits)("%s flags below z %s and above z %s", (indicator, low, high) => {
  it.each<Sex>(["female", "male"])("for a %s", (sex) => {
    const index = rowFor[indicator][sex];
    const { L, M, S } = rawRow(fileOf[indicator], sex, index);
    const flagAt = (z: number) => {
      const value = valueForZByHand(L, M, S, z, weightBased.has(indicator));
      const result = scored(scoreAt(indicator, sex, index, value));
      expect(result.zScore).toBeCloseTo(z, 6);
      return result.flag;
    };
    expect(flagAt(high - 0.01)).toBeNull();
    expect(flagAt(high + 0.01)).toBe("implausible-high");
    expect(flagAt(low + 0.01)).toBeNull();
    expect(flagAt(low - 0.01)).toBe("implausible-low");
  });
});
