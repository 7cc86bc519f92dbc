import { describe, expect, it } from "vitest";
import type { GrowthChartData } from "../../lib/growth-scores.ts";
import { KG_PER_LB } from "../../lib/units.ts";
import { ageFromDays, agesOn, prepareChart, ticks } from "./chart-data.ts";

const curve = (percentile: number, z: number, points: [number, number][]) => ({
  percentile,
  z,
  points: points.map(([x, y]) => ({ x, y })),
});
const score = { zScore: 0, percentile: 50, flag: null } as const;

/** A small weight-for-age chart: five curves at days 0, 61 and 122, and one point on the median at day 61. */
const weight: GrowthChartData = {
  chart: "weight",
  indicator: "weight-for-age",
  xUnit: "days",
  yUnit: "kg",
  curves: [
    curve(3, -1.88, [
      [0, 2.5],
      [61, 4.4],
      [122, 5.7],
    ]),
    curve(15, -1.04, [
      [0, 2.9],
      [61, 4.9],
      [122, 6.2],
    ]),
    curve(50, 0, [
      [0, 3.3],
      [61, 5.6],
      [122, 7.0],
    ]),
    curve(85, 1.04, [
      [0, 3.8],
      [61, 6.3],
      [122, 7.8],
    ]),
    curve(97, 1.88, [
      [0, 4.3],
      [61, 7.1],
      [122, 8.7],
    ]),
  ],
  points: [{ measurementId: "m1", measuredOn: "2026-03-03", x: 61, y: 5.6, score }],
};

describe("a growth chart in the person's units", () => {
  it("draws ages in months, the five curves and the four bands between them", () => {
    const chart = prepareChart(weight, "metric", { dateOfBirth: "2026-01-01" });
    expect(chart.rows.map((r) => r.x)).toEqual([0, 2.0041, 4.0082]);
    expect(chart.rows[1]).toMatchObject({
      p3: 4.4,
      p15: 4.9,
      p50: 5.6,
      p85: 6.3,
      p97: 7.1,
      b3_15: [4.4, 4.9],
      b15_50: [4.9, 5.6],
      b50_85: [5.6, 6.3],
      b85_97: [6.3, 7.1],
    });
    expect(chart.xLabel).toBe("Age in months");
    expect(chart.yLabel).toBe("Weight (kg)");
    expect(chart.xTicks).toEqual([0, 1, 2, 3, 4]);
    expect(chart.yDomain[0]).toBeLessThanOrEqual(2.5);
    expect(chart.yDomain[1]).toBeGreaterThanOrEqual(8.7);
    expect(chart.yTicks).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it.each(["metric", "imperial"] as const)(
    "a point at the median weight sits on the 50th percentile line (%s)",
    (units) => {
      const chart = prepareChart(weight, units, { dateOfBirth: "2026-01-01" });
      const [point] = chart.points;
      const row = chart.rows.find((r) => r.x === point?.x);
      expect(row).toBeDefined();
      expect(point?.y).toBe(row?.p50);
    },
  );

  it("shows weights in pounds and the value as lb + oz for imperial", () => {
    const chart = prepareChart(weight, "imperial", { dateOfBirth: "2026-01-01" });
    expect(chart.rows[1]?.p50).toBeCloseTo(5.6 / KG_PER_LB, 4);
    expect(chart.points[0]?.value).toBe("12 lb 5.5 oz");
    expect(chart.yLabel).toBe("Weight (lb)");
  });

  it("weight-for-length runs over length, in inches for imperial", () => {
    const wfl: GrowthChartData = {
      chart: "weight-for-length",
      indicator: "weight-for-length",
      xUnit: "cm",
      yUnit: "kg",
      curves: weight.curves.map((c) => ({ ...c, points: c.points.map((p, i) => ({ x: 50.8 + i * 2.54, y: p.y })) })),
      points: [{ measurementId: "m1", measuredOn: "2026-03-03", x: 53.34, y: 5.6, score }],
    };
    const chart = prepareChart(wfl, "imperial", { dateOfBirth: "2026-01-01" });
    expect(chart.rows.map((r) => r.x)).toEqual([20, 21, 22]);
    expect(chart.points[0]).toMatchObject({ x: 21, y: chart.rows[1]?.p50, value: "12 lb 5.5 oz at 21 in" });
    expect(chart.xLabel).toBe("Length (in)");
  });

  it("gives a preterm baby's corrected age beside the age, and says the axis is corrected", () => {
    const chart = prepareChart(weight, "metric", { dateOfBirth: "2026-01-01", gestationalAgeWeeks: 32 });
    expect(chart.points[0]).toMatchObject({ age: "2 months", correctedAge: "5 days" });
    expect(chart.xLabel).toBe("Age in months (corrected for early birth)");
    expect(agesOn({ dateOfBirth: "2026-01-01", gestationalAgeWeeks: 39 }, "2026-03-03")).toEqual({
      age: "2 months",
      correctedAge: null,
    });
  });
});

describe("ages and ticks", () => {
  it.each([
    [-3, "before the due date"],
    [0, "0 days"],
    [1, "1 day"],
    [13, "13 days"],
    [14, "2 weeks"],
    [60, "8 weeks"],
    [61, "2 months"],
    [365, "11 months"],
    [731, "2 years"],
    [800, "2 years 2 months"],
  ])("%s days is %s", (days, text) => {
    expect(ageFromDays(days)).toBe(text);
  });

  it("ticks land on whole steps inside the range", () => {
    expect(ticks(0, 6.2, 1)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(ticks(47, 68, 5)).toEqual([50, 55, 60, 65]);
    expect(ticks(0, 1, 0.5)).toEqual([0, 0.5, 1]);
  });
});
