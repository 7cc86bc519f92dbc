// Curves for CDC 2000 and INTERGROWTH-21st postnatal (and WHO through the same call): a value read off a curve
// scores back to that curve's percentile, and the curves meet the sources' own numbers.
import { describe, expect, it } from "vitest";
import {
  type CdcIndicator,
  computeZScore,
  type PostnatalIndicator,
  type Sex,
  type StandardCurvesResult,
  standardCurves,
  valueAtPercentile,
} from "../src/index.ts";
import { exampleCases, readDataCsv, sexOfCode } from "./data-files.ts";

const SEXES: Sex[] = ["female", "male"];
const CDC: CdcIndicator[] = ["weight-for-age", "length-for-age", "bmi-for-age"];
const POSTNATAL: PostnatalIndicator[] = ["weight-for-age", "length-for-age", "head-circumference-for-age"];

function curvesOf(result: StandardCurvesResult) {
  if (result.curves === null) throw new Error(`expected curves, got ${result.reason}`);
  return result.curves;
}

describe("standardCurves", () => {
  it.each(SEXES.flatMap((sex) => CDC.map((indicator) => ({ sex, indicator }))))(
    "CDC 2000 $indicator ($sex): every point scores back to its percentile",
    ({ sex, indicator }) => {
      const curves = curvesOf(standardCurves({ standard: "cdc-2000", indicator, sex, from: 731, to: 7305, step: 73 }));
      expect(curves.map((c) => c.percentile)).toEqual([3, 15, 50, 85, 97]);
      for (const curve of curves) {
        expect(curve.points).toHaveLength(91);
        for (const { x, y } of curve.points) {
          const score = computeZScore({ standard: "cdc-2000", indicator, sex, ageInDays: x, value: y });
          if (score.zScore === null) throw new Error(score.reason);
          expect(Math.abs(score.percentile - curve.percentile)).toBeLessThan(0.01);
        }
      }
    },
  );

  it.each(SEXES.flatMap((sex) => POSTNATAL.map((indicator) => ({ sex, indicator }))))(
    "INTERGROWTH-21st postnatal $indicator ($sex): every point scores back to its percentile",
    ({ sex, indicator }) => {
      const curves = curvesOf(
        standardCurves({ standard: "intergrowth-postnatal", indicator, sex, from: 189, to: 448, step: 7 }),
      );
      for (const curve of curves) {
        expect(curve.points).toHaveLength(38);
        for (const { x, y } of curve.points) {
          const score = computeZScore({
            standard: "intergrowth-postnatal",
            indicator,
            sex,
            postmenstrualAgeDays: x,
            value: y,
          });
          if (score.zScore === null) throw new Error(score.reason);
          expect(Math.abs(score.percentile - curve.percentile)).toBeLessThan(0.01);
        }
      }
    },
  );

  it("WHO curves are percentileCurves' own", () => {
    const curves = curvesOf(
      standardCurves({
        standard: "who-2006",
        indicator: "head-circumference-for-age",
        sex: "male",
        from: 0,
        to: 70,
        step: 7,
      }),
    );
    for (const curve of curves)
      for (const { x, y } of curve.points) {
        const score = computeZScore({ indicator: "head-circumference-for-age", sex: "male", ageInDays: x, value: y });
        expect(Math.abs((score.percentile ?? Number.NaN) - curve.percentile)).toBeLessThan(0.01);
        const at = valueAtPercentile({
          standard: "who-2006",
          indicator: "head-circumference-for-age",
          sex: "male",
          at: x,
          percentile: curve.percentile,
        });
        expect(at).toBeCloseTo(y, 9);
      }
  });

  it("draws CDC's BMI 97th percentile by the 2022 extended method: above the plain LMS value", () => {
    const [, , , , p97] = curvesOf(
      standardCurves({ standard: "cdc-2000", indicator: "bmi-for-age", sex: "male", from: 3653, to: 3653 }),
    );
    const bmi = p97?.points[0]?.y ?? Number.NaN;
    expect(
      computeZScore({ standard: "cdc-2000", indicator: "bmi-for-age", sex: "male", ageInDays: 3653, value: bmi }),
    ).toMatchObject({ method: "extended" });
  });

  it("refuses ages outside each standard, unknown standards and indicators", () => {
    const cdc = { standard: "cdc-2000", indicator: "weight-for-age", sex: "female" } as const;
    expect(standardCurves({ ...cdc, from: 700, to: 800 })).toMatchObject({ reason: "range-outside-table" });
    expect(standardCurves({ ...cdc, from: 7000, to: 7400 })).toMatchObject({ reason: "range-outside-table" });
    expect(
      standardCurves({
        standard: "intergrowth-postnatal",
        indicator: "weight-for-age",
        sex: "male",
        from: 182,
        to: 300,
      }),
    ).toMatchObject({ reason: "range-outside-table" });
    expect(
      standardCurves({ ...cdc, indicator: "head-circumference-for-age" as CdcIndicator, from: 731, to: 800 }),
    ).toMatchObject({ reason: "unknown-indicator" });
    expect(standardCurves({ ...cdc, standard: "intergrowth-newborn" as "cdc-2000", from: 731, to: 800 })).toMatchObject(
      { reason: "unknown-standard" },
    );
    expect(standardCurves({ ...cdc, from: 731, to: 800, step: 0 })).toMatchObject({ reason: "invalid-step" });
    expect(valueAtPercentile({ ...cdc, at: 7306, percentile: 50 })).toBeNull();
  });
});

describe("curves against the sources' own numbers", () => {
  it.each(exampleCases.filter((c) => c.standard !== "intergrowth-newborn"))(
    "$id: the curve at the example's percentile passes through its value",
    (example) => {
      const at = example.standard === "cdc-2000" ? example.ageInDays : example.postmenstrualAgeDays;
      const value = valueAtPercentile({
        standard: example.standard as "cdc-2000" | "intergrowth-postnatal",
        indicator: example.indicator as CdcIndicator,
        sex: example.sex,
        at: at as number,
        percentile: example.percentile,
      });
      // Percentiles in the far tails (e.g. 99.99) hold little of the value; the example's own z is the check there.
      if (example.percentile > 0.5 && example.percentile < 99.5)
        expect(Math.abs((value ?? Number.NaN) - example.value) / example.value).toBeLessThan(0.002);
    },
  );

  it("INTERGROWTH-21st's printed 3rd, 50th and 97th centiles lie on the curves (to the printed digit)", () => {
    const rows = readDataCsv("intergrowth-21st/intergrowth-postnatal-published-tables.csv");
    expect(rows.length).toBeGreaterThan(200);
    for (const row of rows) {
      for (const [column, percentile] of [
        ["p3", 3],
        ["p50", 50],
        ["p97", 97],
      ] as const) {
        const value = valueAtPercentile({
          standard: "intergrowth-postnatal",
          indicator: row.indicator as PostnatalIndicator,
          sex: sexOfCode(row.sex),
          at: Number(row.postmenstrual_age_days),
          percentile,
        });
        const tolerance = row.indicator === "weight-for-age" ? 0.006 : 0.058;
        expect(Math.abs((value ?? Number.NaN) - Number(row[column]))).toBeLessThan(tolerance);
      }
    }
  });

  it("CDC 2000's median at a table row is the row's M", () => {
    const rows = readDataCsv("cdc-2000/cdc2000-stature-for-age.csv").filter((r) =>
      ["36.5", "120.5", "240"].includes(r.agemos ?? ""),
    );
    expect(rows).toHaveLength(6);
    for (const row of rows) {
      const value = valueAtPercentile({
        standard: "cdc-2000",
        indicator: "length-for-age",
        sex: sexOfCode(row.sex),
        at: Number(row.agemos) * 30.4375,
        percentile: 50,
      });
      expect(value).toBeCloseTo(Number(row.m), 9);
    }
  });
});
