import { computeZScore, midParentalHeight, valueAtPercentile } from "@upnest/growth";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createHarness, type Harness } from "../testing/harness.ts";

/**
 * A girl born at 30 weeks (210 days) moves through the charts: INTERGROWTH-21st postnatal by postmenstrual age
 * until 64 weeks (238 days old), WHO at corrected age (10 weeks less) until 2 years, then CDC 2000. Her scores come
 * from the standard for each age, as the package gives them when called directly, and her charts are drawn in
 * those segments.
 */
const DAY = 86_400_000;
const day = (from: string, n: number) => new Date(Date.parse(from) + n * DAY).toISOString().slice(0, 10);
const today = new Date().toISOString().slice(0, 10);
const born = day(today, -4 * 365);

let h: Harness;
let parent: Awaited<ReturnType<Harness["user"]>>;
let babyId: string;

beforeAll(async () => {
  h = await createHarness(inject("dynamoEndpoint"));
  parent = await h.user("standards");
  ({ babyId } = await parent.caller.babies.create({
    name: "Ada",
    dateOfBirth: born,
    sex: "female",
    gestationalAgeWeeks: 30,
  }));
  await parent.caller.measurements.add({
    babyId,
    measuredOn: day(born, 14),
    weightKg: 1.45,
    headCircumferenceCm: 28.5,
  });
  await parent.caller.measurements.add({
    babyId,
    measuredOn: day(born, 274),
    weightKg: 7.2,
    lengthCm: 66,
    lengthMethod: "lying",
    headCircumferenceCm: 42,
  });
  // At 3 years, measured lying: CDC 2000 charts stature, so the length is scored 0.7 cm shorter (WHO's rule).
  await parent.caller.measurements.add({
    babyId,
    measuredOn: day(born, 1096),
    weightKg: 13.9,
    lengthCm: 95.7,
    lengthMethod: "lying",
    headCircumferenceCm: 48.5,
  });
});
afterAll(() => h.close());

const scoreOf = (result: ReturnType<typeof computeZScore>) => {
  if (result.zScore === null) throw new Error(`no score: ${result.reason}`);
  return result;
};

describe("each measurement on the standard for the age", () => {
  it("at 2 weeks: INTERGROWTH-21st at 32 weeks postmenstrual, the package's own percentile", async () => {
    const first = (await parent.client.measurements.list.query({ babyId })).items.find(
      (x) => x.growth.age.chronologicalDays === 14,
    );
    expect(first?.growth.standard).toBe("intergrowth-postnatal");
    expect(first?.growth.age).toMatchObject({ chronologicalDays: 14, postmenstrualDays: 224, correctedDays: -56 });
    const expected = scoreOf(
      computeZScore({
        standard: "intergrowth-postnatal",
        indicator: "weight-for-age",
        sex: "female",
        postmenstrualAgeDays: 224,
        value: 1.45,
      }),
    );
    expect(first?.growth.weightForAge).toEqual({
      standard: "intergrowth-postnatal",
      zScore: expected.zScore,
      percentile: expected.percentile,
      flag: null,
    });
    expect(first?.growth.headCircumferenceForAge?.standard).toBe("intergrowth-postnatal");
  });

  it("at 9 months: WHO at corrected age (204 days)", async () => {
    const items = (await parent.caller.measurements.list({ babyId })).items;
    const m = items.find((x) => x.growth.age.chronologicalDays === 274);
    expect(m?.growth.standard).toBe("who-2006");
    expect(m?.growth.age).toMatchObject({ correctedDays: 204, usedDays: 204, corrected: true });
    const expected = scoreOf(computeZScore({ indicator: "weight-for-age", sex: "female", ageInDays: 204, value: 7.2 }));
    expect(m?.growth.weightForAge).toMatchObject({ standard: "who-2006", percentile: expected.percentile });
    expect(m?.growth.bmiForAge?.standard).toBe("who-2006");
  });

  it("at 3 years: CDC 2000 for weight, stature (a lying length less 0.7 cm) and BMI; WHO for head circumference", async () => {
    const items = (await parent.caller.measurements.list({ babyId })).items;
    const m = items.find((x) => x.growth.age.chronologicalDays === 1096);
    expect(m?.growth.standard).toBe("cdc-2000");
    const cdc = { standard: "cdc-2000", sex: "female", ageInDays: 1096 } as const;
    const stature = scoreOf(computeZScore({ ...cdc, indicator: "length-for-age", value: 95 }));
    expect(m?.growth.lengthForAge).toMatchObject({ standard: "cdc-2000", percentile: stature.percentile });
    const bmi = scoreOf(computeZScore({ ...cdc, indicator: "bmi-for-age", value: 13.9 / 0.95 ** 2 }));
    expect(m?.growth.bmiForAge).toMatchObject({ standard: "cdc-2000", percentile: bmi.percentile });
    expect(m?.growth.bmiForAge).toHaveProperty(
      "bmi95thPercentile",
      (bmi as { bmi95thPercentile: number }).bmi95thPercentile,
    );
    expect(m?.growth.headCircumferenceForAge?.standard).toBe("who-2006");
    expect(m?.growth.weightForLength?.indicator).toBe("weight-for-height");
  });
});

describe("the charts in segments", () => {
  it("weight: INTERGROWTH-21st to 238 days, WHO to 730, CDC 2000 after, curves where each standard reads", async () => {
    const chart = await parent.caller.measurements.chart({ babyId, chart: "weight" });
    expect(chart).toMatchObject({ xUnit: "days", yUnit: "kg", correctionDays: 70, gestationalAgeDays: 210 });
    expect(chart.segments.map((s) => [s.standard, s.fromX])).toEqual([
      ["intergrowth-postnatal", 0],
      ["who-2006", 239],
      ["cdc-2000", 731],
    ]);
    expect(chart.segments.map((s) => s.toX).slice(0, 2)).toEqual([238, 730]);
    expect(chart.segments.at(-1)?.toX).toBeGreaterThan(1096);
    expect(chart.points.map((p) => p.x)).toEqual([14, 274, 1096]);
    const median = (standard: string) =>
      chart.segments.find((s) => s.standard === standard)?.curves.find((c) => c.percentile === 50)?.points ?? [];
    const ig = median("intergrowth-postnatal").find((p) => p.x === 0);
    const igExpected = { standard: "intergrowth-postnatal", indicator: "weight-for-age", sex: "female" } as const;
    expect(ig?.y).toBeCloseTo(valueAtPercentile({ ...igExpected, at: 210, percentile: 50 }) ?? 0, 9);
    const who = median("who-2006")[0];
    expect(who?.y).toBeCloseTo(
      valueAtPercentile({ ...igExpected, standard: "who-2006", at: 169, percentile: 50 }) ?? 0,
      9,
    );
    for (const segment of chart.segments) expect(segment.curves.map((c) => c.percentile)).toEqual([3, 15, 50, 85, 97]);
  });

  it("to 20 years on request, each curve within about 200 points; head circumference ends with WHO at 5 years", async () => {
    const adult = await parent.caller.measurements.chart({ babyId, chart: "length", range: "adult" });
    expect(adult.segments.at(-1)).toMatchObject({ standard: "cdc-2000", toX: 7305 });
    for (const s of adult.segments) for (const c of s.curves) expect(c.points.length).toBeLessThanOrEqual(202);
    expect(adult.targetHeight).toBeNull();
    const head = await parent.caller.measurements.chart({ babyId, chart: "head", range: "adult" });
    expect(head.segments.map((s) => [s.standard, s.fromX, s.toX])).toEqual([
      ["intergrowth-postnatal", 0, 238],
      ["who-2006", 239, 1826],
    ]);
    const bmi = await parent.caller.measurements.chart({ babyId, chart: "bmi" });
    expect(bmi.yUnit).toBe("kg/m2");
    // WHO's BMI reads the corrected age, so its curves start at the due date (70 days for 30 weeks).
    expect(bmi.segments.map((s) => [s.standard, s.fromX])).toEqual([
      ["who-2006", 70],
      ["cdc-2000", 731],
    ]);
    expect(bmi.points.map((p) => p.score.standard)).toEqual(["who-2006", "cdc-2000"]);
  });

  it("a length chart draws the target height once both parents' heights are recorded", async () => {
    const baby = await parent.caller.babies.get({ babyId });
    await parent.caller.babies.update({
      babyId,
      version: baby.version,
      patch: { motherHeightCm: 162, fatherHeightCm: 178 },
    });
    const chart = await parent.caller.measurements.chart({ babyId, chart: "length", range: "adult" });
    const expected = midParentalHeight({ sex: "female", motherHeightCm: 162, fatherHeightCm: 178 });
    expect(chart.targetHeight).toEqual({ targetCm: 163.5, lowCm: 155, highCm: 172 });
    expect(chart.targetHeight?.targetCm).toBe(expected.targetCm);
    expect((await parent.caller.measurements.chart({ babyId, chart: "weight" })).targetHeight).toBeNull();
  });
});

describe("chart input", () => {
  it("an unknown range is refused with the schema's message", async () => {
    const error = await parent.client.measurements.chart
      .query({ babyId, chart: "weight", range: "forever" as "adult" })
      .then(
        () => null,
        (e: { data?: { code: string; fieldErrors: Record<string, string[]> | null } }) => e,
      );
    expect(error?.data?.code).toBe("BAD_REQUEST");
    expect(error?.data?.fieldErrors?.range).toEqual(["Choose measured or adult"]);
  });
});
