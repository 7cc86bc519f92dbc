// Clinical flags ("worth asking your clinician about"): each with a case that
// raises it and one that does not, at the thresholds their sources give.
import { describe, expect, it } from "vitest";
import {
  birthWeightRegainFlags,
  bmiClassFlags,
  type CdcScore,
  computeZScore,
  percentileLineFlags,
  weightLossFlags,
} from "../src/index.ts";

describe("weight loss above 10 % of birth weight in the first two weeks (ABM, AAP)", () => {
  const birth = 3.5;

  it("is raised at 10.3 % on day 4, reporting the largest loss", () => {
    const flags = weightLossFlags(birth, [
      { ageInDays: 2, weightKg: 3.2 },
      { ageInDays: 4, weightKg: 3.14 },
      { ageInDays: 7, weightKg: 3.3 },
    ]);
    expect(flags).toEqual([
      {
        code: "weight-loss-over-10-percent",
        ageInDays: 4,
        weightKg: 3.14,
        birthWeightKg: 3.5,
        lossPercent: expect.closeTo(10.29, 2),
      },
    ]);
  });

  it("is not raised at exactly 10 %, nor for a loss after day 14, nor for nonsense weights", () => {
    expect(weightLossFlags(birth, [{ ageInDays: 3, weightKg: 3.15 }])).toEqual([]);
    expect(weightLossFlags(birth, [{ ageInDays: 15, weightKg: 3.0 }])).toEqual([]);
    expect(
      weightLossFlags(birth, [
        { ageInDays: 3, weightKg: Number.NaN },
        { ageInDays: 3, weightKg: -1 },
      ]),
    ).toEqual([]);
    expect(weightLossFlags(0, [{ ageInDays: 3, weightKg: 2 }])).toEqual([]);
  });
});

describe("birth weight not regained by 14 days (AAP)", () => {
  const birth = 3.4;

  it("is raised when the first weight from day 14 on is still below birth weight", () => {
    const flags = birthWeightRegainFlags(birth, [
      { ageInDays: 5, weightKg: 3.1 },
      { ageInDays: 14, weightKg: 3.3 },
    ]);
    expect(flags).toEqual([
      {
        code: "birth-weight-not-regained-by-14-days",
        ageInDays: 14,
        weightKg: 3.3,
        birthWeightKg: 3.4,
        belowPercent: expect.closeTo(2.94, 2),
      },
    ]);
  });

  it("is not raised when birth weight was reached by day 14, or nothing from day 14 on is known yet", () => {
    expect(
      birthWeightRegainFlags(birth, [
        { ageInDays: 12, weightKg: 3.4 },
        { ageInDays: 20, weightKg: 3.35 },
      ]),
    ).toEqual([]);
    expect(birthWeightRegainFlags(birth, [{ ageInDays: 16, weightKg: 3.5 }])).toEqual([]);
    expect(birthWeightRegainFlags(birth, [{ ageInDays: 10, weightKg: 3.2 }])).toEqual([]);
  });
});

describe("a fall across two major percentile lines", () => {
  it("WHO (2nd/9th/25th/50th/75th/91st/98th): 60th → 20th crosses the 50th and the 25th", () => {
    const flags = percentileLineFlags({
      standard: "who-2006",
      indicator: "weight-for-age",
      points: [
        { at: 60, percentile: 60 },
        { at: 120, percentile: 40 },
        { at: 180, percentile: 20 },
      ],
    });
    expect(flags).toEqual([
      {
        code: "fell-across-two-percentile-lines",
        standard: "who-2006",
        indicator: "weight-for-age",
        direction: "down",
        from: { at: 60, percentile: 60 },
        to: { at: 180, percentile: 20 },
        linesCrossed: [50, 25],
      },
    ]);
  });

  it("is not raised for one line, for a rise, or for WHO weights in the first two weeks", () => {
    const who = { standard: "who-2006", indicator: "weight-for-age" } as const;
    expect(
      percentileLineFlags({
        ...who,
        points: [
          { at: 60, percentile: 60 },
          { at: 90, percentile: 30 },
        ],
      }),
    ).toEqual([]);
    expect(
      percentileLineFlags({
        ...who,
        points: [
          { at: 60, percentile: 10 },
          { at: 90, percentile: 80 },
        ],
      }),
    ).toEqual([]);
    expect(
      percentileLineFlags({
        ...who,
        points: [
          { at: 0, percentile: 60 },
          { at: 5, percentile: 20 },
        ],
      }),
    ).toEqual([]);
  });

  it("CDC 2000 uses 5/10/25/50/75/90/95: 30th → 8th crosses two, 30th → 12th one", () => {
    const cdc = { standard: "cdc-2000", indicator: "weight-for-age" } as const;
    const fall = percentileLineFlags({
      ...cdc,
      points: [
        { at: 1000, percentile: 30 },
        { at: 1400, percentile: 8 },
      ],
    });
    expect(fall[0]?.linesCrossed).toEqual([25, 10]);
    expect(
      percentileLineFlags({
        ...cdc,
        points: [
          { at: 1000, percentile: 30 },
          { at: 1400, percentile: 12 },
        ],
      }),
    ).toEqual([]);
  });

  it("INTERGROWTH-21st postnatal uses 3/10/50/90/97: 55th → 8th crosses two, 55th → 12th one", () => {
    const ig = { standard: "intergrowth-postnatal", indicator: "weight-for-age" } as const;
    expect(
      percentileLineFlags({
        ...ig,
        points: [
          { at: 220, percentile: 55 },
          { at: 260, percentile: 8 },
        ],
      }),
    ).toHaveLength(1);
    expect(
      percentileLineFlags({
        ...ig,
        points: [
          { at: 220, percentile: 55 },
          { at: 260, percentile: 12 },
        ],
      }),
    ).toEqual([]);
  });

  it("head circumference is flagged crossing two lines upwards as well as downwards", () => {
    const head = { standard: "who-2006", indicator: "head-circumference-for-age" } as const;
    const up = percentileLineFlags({
      ...head,
      points: [
        { at: 30, percentile: 40 },
        { at: 120, percentile: 80 },
      ],
    });
    expect(up).toMatchObject([
      { code: "head-circumference-crossed-two-percentile-lines", direction: "up", linesCrossed: [50, 75] },
    ]);
    const down = percentileLineFlags({
      ...head,
      points: [
        { at: 30, percentile: 80 },
        { at: 120, percentile: 40 },
      ],
    });
    expect(down).toMatchObject([{ direction: "down", linesCrossed: [75, 50] }]);
    expect(
      percentileLineFlags({
        ...head,
        points: [
          { at: 30, percentile: 40 },
          { at: 120, percentile: 70 },
        ],
      }),
    ).toEqual([]);
  });
});

describe("CDC's BMI classes", () => {
  const bmiAt = (sex: "male" | "female", ageInDays: number, value: number): CdcScore => {
    const result = computeZScore({ standard: "cdc-2000", indicator: "bmi-for-age", sex, ageInDays, value });
    if (result.zScore === null) throw new Error(result.reason);
    return result;
  };

  it("at or above the 95th percentile: boys 10 years, BMI 25 (113 % of P95 22.11)", () => {
    expect(bmiClassFlags(bmiAt("male", 3652, 25))).toMatchObject([
      {
        code: "bmi-at-or-above-95th-percentile",
        bmi: expect.closeTo(25, 9),
        bmi95thPercentile: expect.closeTo(22.11, 2),
      },
    ]);
  });

  it("at or above 120 % of the 95th percentile, and at or above 140 %", () => {
    expect(bmiClassFlags(bmiAt("male", 3652, 1.2 * 22.1095))[0]?.code).toBe("bmi-at-or-above-120-percent-of-95th");
    expect(bmiClassFlags(bmiAt("male", 3652, 1.4 * 22.1095))[0]?.code).toBe("bmi-at-or-above-140-percent-of-95th");
  });

  it("a BMI of 35 is class 2 even below 120 % of the 95th percentile (a 20-year-old man)", () => {
    const result = bmiAt("male", 7300, 35);
    expect(result.percentOf95thPercentile!).toBeLessThan(120);
    expect(bmiClassFlags(result)[0]?.code).toBe("bmi-at-or-above-120-percent-of-95th");
  });

  it("is not raised below the 95th percentile, nor for weight-for-age", () => {
    expect(bmiClassFlags(bmiAt("male", 3652, 20))).toEqual([]);
    const weight = computeZScore({
      standard: "cdc-2000",
      indicator: "weight-for-age",
      sex: "male",
      ageInDays: 3652,
      value: 80,
    });
    if (weight.zScore === null) throw new Error(weight.reason);
    expect(bmiClassFlags(weight)).toEqual([]);
  });
});
