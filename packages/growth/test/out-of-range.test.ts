// Input outside the standards gets no z-score and a specific reason, never an exception.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeZScore, type ZScoreInput } from "../src/index.ts";

const base: ZScoreInput = { indicator: "weight-for-age", sex: "female", ageInDays: 100, value: 6 };
const wfl: ZScoreInput = { indicator: "weight-for-length", sex: "male", ageInDays: 300, value: 8, lengthCm: 70 };
const wfh: ZScoreInput = { indicator: "weight-for-height", sex: "male", ageInDays: 900, value: 12, lengthCm: 90 };

function reasonFor(input: ZScoreInput) {
  const result = computeZScore(input);
  if (result.zScore !== null) return null;
  expect(result).toMatchObject({ percentile: null, flag: null });
  expect(result.message.length).toBeGreaterThan(10);
  return result.reason;
}

describe("ages the standards do not cover", () => {
  it("a measurement before birth has no percentile", () =>
    expect(reasonFor({ ...base, ageInDays: -1 })).toBe("age-before-birth"));
  it("a measurement after 1826 days has no percentile", () =>
    expect(reasonFor({ ...base, ageInDays: 1827 })).toBe("age-over-5-years"));
  it("birth and day 1826 are covered", () => {
    expect(reasonFor({ ...base, ageInDays: 0 })).toBeNull();
    expect(reasonFor({ ...base, ageInDays: 1826 })).toBeNull();
  });
  it("a fractional or missing age is refused rather than rounded", () => {
    expect(reasonFor({ ...base, ageInDays: 10.5 })).toBe("age-not-whole-days");
    expect(reasonFor({ ...base, ageInDays: Number.NaN })).toBe("age-not-whole-days");
  });
});

describe("measurements that cannot be scored", () => {
  it.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY])("a value of %s is refused", (value) => {
    expect(reasonFor({ ...base, value })).toBe("value-not-positive");
  });
  it("a value so far off that its z-score overflows is refused, not scored as infinity", () => {
    expect(reasonFor({ ...base, ageInDays: 10, value: Number.MAX_VALUE })).toBe("value-out-of-scale");
  });
  it("weight-for-length without a length is refused", () => {
    expect(reasonFor({ ...wfl, lengthCm: undefined })).toBe("length-missing");
    expect(reasonFor({ ...wfl, lengthCm: 0 })).toBe("length-missing");
  });
  it("unknown indicator, sex or position is refused", () => {
    expect(reasonFor({ ...base, indicator: "height-for-weight" as never })).toBe("unknown-indicator");
    expect(reasonFor({ ...base, sex: "f" as never })).toBe("unknown-sex");
    expect(reasonFor({ ...base, measured: "sitting" as never })).toBe("unknown-measurement-position");
  });
});

describe("lengths outside weight-for-length (45–110 cm) and weight-for-height (65–120 cm)", () => {
  it("refuses 44.9 and 110.1 cm for weight-for-length, accepts 45 and 110", () => {
    expect(reasonFor({ ...wfl, lengthCm: 44.9 })).toBe("length-below-range");
    expect(reasonFor({ ...wfl, lengthCm: 110.1 })).toBe("length-above-range");
    expect(reasonFor({ ...wfl, lengthCm: 45 })).toBeNull();
    expect(reasonFor({ ...wfl, lengthCm: 110 })).toBeNull();
  });
  it("refuses 64.9 and 120.1 cm for weight-for-height, accepts 65 and 120", () => {
    expect(reasonFor({ ...wfh, lengthCm: 64.9 })).toBe("length-below-range");
    expect(reasonFor({ ...wfh, lengthCm: 120.1 })).toBe("length-above-range");
    expect(reasonFor({ ...wfh, lengthCm: 65 })).toBeNull();
    expect(reasonFor({ ...wfh, lengthCm: 120 })).toBeNull();
  });
  it("judges the range on the adjusted length", () => {
    expect(reasonFor({ ...wfl, lengthCm: 44.5, measured: "standing" })).toBeNull(); // scored as 45.2 cm
    expect(reasonFor({ ...wfh, lengthCm: 120.5, measured: "lying" })).toBeNull(); // scored as 119.8 cm
    expect(reasonFor({ ...wfh, lengthCm: 65.5, measured: "lying" })).toBe("length-below-range"); // 64.8 cm
  });
});

it("never throws, whatever arrives from a form or an old record", () => {
  const anyNumber = fc.oneof(fc.double(), fc.integer({ min: -10, max: 2000 }));
  fc.assert(
    fc.property(
      fc.record({
        indicator: fc.oneof(
          fc.constantFrom("weight-for-age", "length-for-age", "weight-for-length", "weight-for-height", "bmi-for-age"),
          fc.string(),
        ),
        sex: fc.oneof(fc.constantFrom("female", "male"), fc.anything()),
        ageInDays: anyNumber,
        value: anyNumber,
        measured: fc.oneof(fc.constantFrom("lying", "standing", undefined), fc.anything()),
        lengthCm: fc.oneof(anyNumber, fc.constant(undefined)),
      }),
      (input) => {
        const result = computeZScore(input as ZScoreInput);
        if (result.zScore === null) expect(typeof result.reason).toBe("string");
        else expect(Number.isFinite(result.zScore)).toBe(true);
      },
    ),
  );
});

it("a value whose toString is not a function (found by the property above) gets a reason, not an error", () => {
  const odd = [{ toString: {} }];
  const result = computeZScore({
    indicator: "weight-for-age",
    sex: odd,
    ageInDays: 0,
    value: 3,
  } as unknown as ZScoreInput);
  expect(result).toMatchObject({ zScore: null, reason: "unknown-sex" });
  const position = computeZScore({
    indicator: "length-for-age",
    sex: "female",
    ageInDays: 0,
    value: 50,
    measured: { toString: 1 },
  } as unknown as ZScoreInput);
  expect(position).toMatchObject({ zScore: null, reason: "unknown-measurement-position" });
});
