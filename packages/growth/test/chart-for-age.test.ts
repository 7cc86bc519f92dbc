// Which chart scores a child at an age, with the switch points, and size at
// birth classified from INTERGROWTH-21st's printed newborn centiles.
import { describe, expect, it } from "vitest";
import { chartForAge, chartTimeline, sizeAtBirth } from "../src/index.ts";
import { readDataCsv } from "./data-files.ts";

describe("chartForAge", () => {
  it("a baby born at term: WHO by chronological age to day 730, CDC 2000 from day 731 to 7305", () => {
    expect(chartTimeline()).toEqual([
      { standard: "who-2006", fromAgeInDays: 0, toAgeInDays: 730 },
      { standard: "cdc-2000", fromAgeInDays: 731, toAgeInDays: 7305 },
    ]);
    expect(chartForAge({ ageInDays: 0, gestationalAgeDays: 280 })).toMatchObject({
      standard: "who-2006",
      ageInDays: 0,
      corrected: false,
    });
    expect(chartForAge({ ageInDays: 730 })).toMatchObject({ standard: "who-2006", ageInDays: 730 });
    expect(chartForAge({ ageInDays: 731 })).toMatchObject({ standard: "cdc-2000", ageInDays: 731 });
    expect(chartForAge({ ageInDays: 7305 })).toMatchObject({ standard: "cdc-2000", ageInDays: 7305 });
  });

  it("born at 37+0 weeks is term: no INTERGROWTH-21st postnatal chart", () => {
    expect(chartForAge({ ageInDays: 10, gestationalAgeDays: 259 })).toMatchObject({
      standard: "who-2006",
      ageInDays: 10,
    });
  });

  it("born at 30+0 weeks: INTERGROWTH-21st postnatal to 64+0 weeks, then WHO by corrected age, then CDC at 2 years", () => {
    const ga = 210;
    expect(chartTimeline(ga)).toEqual([
      { standard: "intergrowth-postnatal", fromAgeInDays: 0, toAgeInDays: 448 - ga },
      { standard: "who-2006", fromAgeInDays: 448 - ga + 1, toAgeInDays: 730 },
      { standard: "cdc-2000", fromAgeInDays: 731, toAgeInDays: 7305 },
    ]);
    expect(chartForAge({ ageInDays: 0, gestationalAgeDays: ga })).toMatchObject({
      standard: "intergrowth-postnatal",
      postmenstrualAgeDays: 210,
    });
    expect(chartForAge({ ageInDays: 238, gestationalAgeDays: ga })).toMatchObject({
      standard: "intergrowth-postnatal",
      postmenstrualAgeDays: 448,
    });
    // Day 239: 64+1 weeks postmenstrual, corrected age 239 − (280 − 210) = 169 days.
    expect(chartForAge({ ageInDays: 239, gestationalAgeDays: ga })).toMatchObject({
      standard: "who-2006",
      ageInDays: 169,
      corrected: true,
    });
    expect(chartForAge({ ageInDays: 730, gestationalAgeDays: ga })).toMatchObject({
      standard: "who-2006",
      ageInDays: 660,
    });
    expect(chartForAge({ ageInDays: 731, gestationalAgeDays: ga })).toMatchObject({
      standard: "cdc-2000",
      ageInDays: 731,
    });
  });

  it("born at 25+0 weeks: no chart before 27+0 weeks postmenstrual, the postnatal standard's first day", () => {
    expect(chartTimeline(175)[0]).toEqual({ standard: "intergrowth-postnatal", fromAgeInDays: 14, toAgeInDays: 273 });
    expect(chartForAge({ ageInDays: 13, gestationalAgeDays: 175 })).toMatchObject({
      standard: null,
      reason: "before-postnatal-standard",
    });
    expect(chartForAge({ ageInDays: 14, gestationalAgeDays: 175 })).toMatchObject({
      standard: "intergrowth-postnatal",
      postmenstrualAgeDays: 189,
    });
  });

  it.each([
    [{ ageInDays: 7306 }, "age-over-20-years"],
    [{ ageInDays: -1 }, "age-before-birth"],
    [{ ageInDays: 3.5 }, "age-not-whole-days"],
    [{ ageInDays: 10, gestationalAgeDays: 139 }, "gestational-age-out-of-range"],
    [{ ageInDays: 10, gestationalAgeDays: 210.5 }, "gestational-age-out-of-range"],
  ])("%o has no chart: %s", (input, reason) => {
    expect(chartForAge(input)).toMatchObject({ standard: null, reason });
  });
});

describe("sizeAtBirth", () => {
  const printed = readDataCsv("intergrowth-21st/intergrowth-newborn-published-tables.csv").find(
    (r) => r.indicator === "weight-for-gestational-age" && r.sex === "1" && r.gestational_age_days === "280",
  )!;
  const [p10, p90] = [Number(printed.p10), Number(printed.p90)]; // 2.88 kg and 3.94 kg
  const boyAt40 = (weightKg: number) => sizeAtBirth({ sex: "male", gestationalAgeDays: 280, weightKg });

  it("a boy at 40+0 weeks below the printed 10th centile is SGA, above the 90th LGA, between AGA", () => {
    expect(boyAt40(p10 - 0.02).sizeForGestationalAge).toBe("sga");
    expect(boyAt40(p10 + 0.02).sizeForGestationalAge).toBe("aga");
    expect(boyAt40(3.38).sizeForGestationalAge).toBe("aga");
    expect(boyAt40(p90 - 0.02).sizeForGestationalAge).toBe("aga");
    expect(boyAt40(p90 + 0.02).sizeForGestationalAge).toBe("lga");
  });

  it("scores length and head circumference when given, and says why not when the age is out of range", () => {
    const full = sizeAtBirth({
      sex: "female",
      gestationalAgeDays: 196,
      weightKg: 1.01,
      lengthCm: 38,
      headCircumferenceCm: 27,
    });
    expect(full.weight.zScore).toBeCloseTo(0, 1);
    expect(full.length?.zScore).toEqual(expect.any(Number));
    expect(full.headCircumference?.zScore).toEqual(expect.any(Number));
    const early = sizeAtBirth({ sex: "female", gestationalAgeDays: 160, weightKg: 0.5 });
    expect(early).toMatchObject({
      weight: { zScore: null, reason: "gestational-age-before-24-weeks" },
      length: null,
      sizeForGestationalAge: null,
    });
  });
});
