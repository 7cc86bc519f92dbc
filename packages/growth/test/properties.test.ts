// Properties that must hold for any child, any age or length, any measurement.
import fc from "fast-check";
import { expect, it } from "vitest";
import { type Indicator, valueAtZ } from "../src/index.ts";
import { scoreAt, scored } from "./helpers.ts";

// Plausible-to-absurd measurement ranges per indicator (units as computeZScore takes them).
const valueRange: Record<Indicator, [number, number]> = {
  "weight-for-age": [0.5, 40],
  "length-for-age": [35, 130],
  "head-circumference-for-age": [25, 60],
  "bmi-for-age": [7, 35],
  "weight-for-length": [1, 40],
  "weight-for-height": [1, 40],
};

/** An indicator, a sex and a table position (day, or cm for weight-for-length/height). */
const position = fc
  .record({
    indicator: fc.constantFrom<Indicator>(...(Object.keys(valueRange) as Indicator[])),
    sex: fc.constantFrom("female" as const, "male" as const),
    day: fc.integer({ min: 0, max: 1826 }),
    fraction: fc.double({ min: 0, max: 1, noNaN: true }),
  })
  .map(({ indicator, sex, day, fraction }) => {
    if (indicator === "weight-for-length") return { indicator, sex, index: 45 + fraction * 65 };
    if (indicator === "weight-for-height") return { indicator, sex, index: 65 + fraction * 55 };
    return { indicator, sex, index: day };
  });

const valueIn = (indicator: Indicator, t: number) => {
  const [low, high] = valueRange[indicator];
  return low + t * (high - low);
};

it("a heavier, longer or larger measurement never scores lower", () => {
  fc.assert(
    fc.property(
      position,
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.double({ min: 1e-6, max: 0.5, noNaN: true }),
      (p, t, step) => {
        const smaller = valueIn(p.indicator, t);
        const a = scored(scoreAt(p.indicator, p.sex, p.index, smaller)).zScore;
        const b = scored(scoreAt(p.indicator, p.sex, p.index, smaller * (1 + step))).zScore;
        expect(b).toBeGreaterThan(a);
      },
    ),
  );
});

it("valueAtZ gives back the measurement that produced a z-score", () => {
  fc.assert(
    fc.property(position, fc.double({ min: 0, max: 1, noNaN: true }), (p, t) => {
      const value = valueIn(p.indicator, t);
      const { zScore } = scored(scoreAt(p.indicator, p.sex, p.index, value));
      const back = valueAtZ({ indicator: p.indicator, sex: p.sex, at: p.index, z: zScore });
      expect(back).not.toBeNull();
      expect(Math.abs(back! - value) / value).toBeLessThan(1e-9);
    }),
  );
});

it("the percentile lies strictly between 0 and 100 for any z WHO would show (|z| ≤ 8)", () => {
  fc.assert(
    fc.property(position, fc.double({ min: -8, max: 8, noNaN: true }), (p, z) => {
      const value = valueAtZ({ indicator: p.indicator, sex: p.sex, at: p.index, z });
      fc.pre(value !== null);
      const { percentile } = scored(scoreAt(p.indicator, p.sex, p.index, value!));
      expect(percentile).toBeGreaterThan(0);
      expect(percentile).toBeLessThan(100);
    }),
  );
});
