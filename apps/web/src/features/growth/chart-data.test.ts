import { afterEach, describe, expect, it } from "vitest";
import { i18n } from "../../i18n/i18n.ts";
import type { GrowthChartData, Score } from "../../lib/growth-scores.ts";
import { KG_PER_LB } from "../../lib/units.ts";
import { ageAxis, ticks } from "./chart-axis.ts";
import { prepareChart } from "./chart-data.ts";
import { bmiOfP95, standardsSentence, switchAge } from "./chart-words.ts";

type Standard = GrowthChartData["segments"][number]["standard"];
type Segment = GrowthChartData["segments"][number];
const PERCENTILES = [3, 15, 50, 85, 97];
/** A segment whose five curves run at the given x with values median ± 1 per percentile step. */
const segment = (standard: Standard, xs: number[], median: (x: number) => number, indicator = "weight-for-age") =>
  ({
    standard,
    indicator,
    fromX: xs[0] ?? 0,
    toX: xs[xs.length - 1] ?? 0,
    curves: PERCENTILES.map((percentile, i) => ({
      percentile,
      points: xs.map((x) => ({ x, y: median(x) + (i - 2) * 0.5 })),
    })),
  }) satisfies Segment;
const who = { standard: "who-2006", zScore: 0, percentile: 50, flag: null } as const;

/** A term baby's weight chart: WHO only, to 6 months, one point on the median at 61 days. */
const term: GrowthChartData = {
  chart: "weight",
  indicator: "weight-for-age",
  xUnit: "days",
  yUnit: "kg",
  segments: [segment("who-2006", [0, 61, 122, 183], (x) => 3.3 + x / 50)],
  points: [{ measurementId: "m1", measuredOn: "2026-03-03", x: 61, y: 3.3 + 61 / 50, score: who }],
  targetHeight: null,
  correctionDays: 0,
  gestationalAgeDays: null,
};

/** A baby born at 30 weeks, to 3 years: INTERGROWTH-21st to day 238 (64 weeks PMA), WHO to 730, CDC from 731. */
const preterm: GrowthChartData = {
  ...term,
  segments: [
    segment("intergrowth-postnatal", [0, 119, 238], (x) => 1.4 + x / 60),
    segment("who-2006", [239, 485, 730], (x) => 5 + x / 120),
    segment("cdc-2000", [731, 915, 1100], (x) => 11 + x / 400),
  ],
  points: [
    { measurementId: "m3", measuredOn: "2029-01-10", x: 1100, y: 13.7, score: { ...who, standard: "cdc-2000" } },
    { measurementId: "m2", measuredOn: "2027-01-01", x: 365, y: 8.1, score: who },
    {
      measurementId: "m1",
      measuredOn: "2026-01-08",
      x: 7,
      y: 1.5,
      score: { ...who, standard: "intergrowth-postnatal", percentile: 34.2 },
    },
  ],
  correctionDays: 70,
  gestationalAgeDays: 210,
};

afterEach(() => i18n.changeLanguage("en"));

describe("a chart in segments, in the person's units", () => {
  it("gives each segment its own curves and bands, so no line joins across a switch", () => {
    const chart = prepareChart(preterm, "metric", { dateOfBirth: "2026-01-01", gestationalAgeWeeks: 30 });
    expect(chart.segments.map((s) => [s.key, s.standard])).toEqual([
      ["s0", "intergrowth-postnatal"],
      ["s1", "who-2006"],
      ["s2", "cdc-2000"],
    ]);
    expect(chart.rows).toHaveLength(9);
    // Each row holds only its own segment's series: the others are absent there, a gap in their lines.
    const atSwitch = chart.rows.find((r) => r.x === Math.round((239 / 30.4375) * 1e4) / 1e4);
    expect(atSwitch?.s1_p50).toBeCloseTo(5 + 239 / 120, 4);
    expect(atSwitch?.s1_b15_50).toEqual([atSwitch?.s1_p15, atSwitch?.s1_p50]);
    expect(atSwitch?.s0_p50).toBeUndefined();
    expect(atSwitch?.s2_p50).toBeUndefined();
    expect(chart.segments.map((s) => s.lastIndex)).toEqual([2, 5, 8]);
  });

  it("marks each switch of standard at its first day, with a short label", () => {
    const chart = prepareChart(preterm, "metric", { dateOfBirth: "2026-01-01", gestationalAgeWeeks: 30 });
    expect(chart.switches).toEqual([
      { x: 7.8522, standard: "who-2006", label: "WHO", row: 0 },
      { x: 24.0164, standard: "cdc-2000", label: "CDC", row: 0 },
    ]);
    expect(chart.standardsTitle).toBe("INTERGROWTH-21st (born early) → WHO → CDC 2000");
    expect(chart.standardsSentence).toBe(
      "Until 34 weeks old (64 weeks postmenstrual) this chart uses INTERGROWTH-21st's standard for babies born early; from then WHO's, at corrected age; from 2 years CDC's charts, as US paediatricians use.",
    );
  });

  it("a term baby's chart names WHO alone, in months, with nothing to switch", () => {
    const chart = prepareChart(term, "metric", { dateOfBirth: "2026-01-01" });
    expect(chart.switches).toEqual([]);
    expect(chart.standardsTitle).toBe("WHO");
    expect(chart.standardsSentence).toBe("This chart uses WHO's standards.");
    expect(chart.xLabel).toBe("Age in months");
    expect(chart.xDomain[0]).toBe(0);
    expect(chart.xDomain[1]).toBeCloseTo(6.01, 2);
    expect(chart.xTicks).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(chart.yLabel).toBe("Weight (kg)");
  });

  it.each(["metric", "imperial"] as const)("a point at the median sits on the 50th percentile line (%s)", (units) => {
    const chart = prepareChart(term, units, { dateOfBirth: "2026-01-01" });
    const [point] = chart.points;
    const row = chart.rows.find((r) => r.x === point?.x);
    expect(point?.y).toBe(row?.s0_p50);
    if (units === "imperial") expect(row?.s0_p50).toBeCloseTo((3.3 + 61 / 50) / KG_PER_LB, 4);
  });

  it("puts the points in age order and reads each one: date, ages, value, percentile and its standard", () => {
    const chart = prepareChart(preterm, "metric", { dateOfBirth: "2026-01-01", gestationalAgeWeeks: 30 });
    expect(chart.points.map((p) => p.measurementId)).toEqual(["m1", "m2", "m3"]);
    expect(chart.points[0]?.name).toBe(
      "8 Jan 2026, 7 days (31 + 0 weeks postmenstrual), 1.5 kg, 34th percentile (INTERGROWTH-21st)",
    );
    expect(chart.points[1]?.name).toBe("1 Jan 2027, 12 months (9 months corrected), 8.1 kg, 50th percentile (WHO)");
    // Past 3 years no corrected age is shown, even for a baby born before 32 weeks.
    expect(chart.points[2]?.name).toBe("10 Jan 2029, 3 years, 13.7 kg, 50th percentile (CDC)");
    expect(chart.xLabel).toBe("Age in months");
    expect(chart.xTicks).toEqual([0, 6, 12, 18, 24, 30, 36]);
  });

  it("draws the target height as a bar from 18 to 20 years when the length chart reaches there", () => {
    const adult: GrowthChartData = {
      ...term,
      chart: "length",
      indicator: "length-for-age",
      yUnit: "cm",
      segments: [segment("who-2006", [0, 730], (x) => 50 + x / 20), segment("cdc-2000", [731, 7305], () => 150)],
      targetHeight: { targetCm: 176, lowCm: 167.5, highCm: 184.5 },
    };
    const chart = prepareChart(adult, "metric", { dateOfBirth: "2026-01-01" });
    expect(chart.target).toEqual({ x1: 18, x2: 20, low: 167.5, high: 184.5, target: 176 });
    // A preterm walk to 20 years switches at 0.65 and 2 years: the second label goes a line lower.
    const walk = prepareChart(
      {
        ...adult,
        segments: [
          segment("intergrowth-postnatal", [0, 238], (x) => 40 + x / 20),
          segment("who-2006", [239, 730], (x) => 50 + x / 20),
          segment("cdc-2000", [731, 7305], () => 150),
        ],
      },
      "metric",
      { dateOfBirth: "2026-01-01" },
    );
    expect(walk.switches.map((s) => [s.label, s.row])).toEqual([
      ["WHO", 0],
      ["CDC", 1],
    ]);
    expect(chart.xLabel).toBe("Age in years");
    expect(chart.xTicks).toEqual([0, 5, 10, 15, 20]);
    expect(chart.yDomain[1]).toBeGreaterThanOrEqual(184.5);
    const measured = prepareChart({ ...adult, segments: adult.segments.slice(0, 1) }, "metric", {
      dateOfBirth: "2026-01-01",
    });
    expect(measured.target).toBeNull();
  });

  it("the BMI chart is in kg/m² whatever the units, with CDC's percent of the 95th percentile", () => {
    const bmi: GrowthChartData = {
      ...term,
      chart: "bmi",
      indicator: "bmi-for-age",
      yUnit: "kg/m2",
      segments: [segment("cdc-2000", [731, 1100], () => 16, "bmi-for-age")],
      points: [
        {
          measurementId: "b1",
          measuredOn: "2029-01-01",
          x: 1096,
          y: 21.3,
          score: { ...who, standard: "cdc-2000", percentile: 98.2, percentOf95thPercentile: 121.4 },
        },
      ],
    };
    const chart = prepareChart(bmi, "imperial", { dateOfBirth: "2026-01-01" });
    expect(chart.yLabel).toBe("BMI (kg/m²)");
    expect(chart.points[0]).toMatchObject({ y: 21.3, value: "BMI 21.3" });
    expect(chart.standardsSentence).toBe("This chart uses CDC's 2000 charts, as US paediatricians use.");
    expect(bmiOfP95(bmi.points[0]?.score as Score)).toBe("BMI is 121% of the 95th percentile");
    expect(chart.points[0]?.name).toContain("98.2nd percentile (CDC)");
    expect(bmiOfP95(who)).toBeNull();
  });

  it("weight-for-length runs over length, in inches for imperial", () => {
    const wfl: GrowthChartData = {
      ...term,
      chart: "weight-for-length",
      indicator: "weight-for-length",
      xUnit: "cm",
      segments: [segment("who-2006", [50.8, 53.34, 55.88], () => 5.6, "weight-for-length")],
      points: [{ measurementId: "m1", measuredOn: "2026-03-03", x: 53.34, y: 5.6, score: who }],
    };
    const chart = prepareChart(wfl, "imperial", { dateOfBirth: "2026-01-01" });
    expect(chart.rows.map((r) => r.x)).toEqual([20, 21, 22]);
    expect(chart.points[0]).toMatchObject({ x: 21, y: chart.rows[1]?.s0_p50, value: "12 lb 5.5 oz at 21 in" });
    expect(chart.xLabel).toBe("Length (in)");
    expect(chart.switches).toEqual([]);
  });

  it("speaks Spanish", async () => {
    await i18n.changeLanguage("es");
    const chart = prepareChart(preterm, "metric", { dateOfBirth: "2026-01-01", gestationalAgeWeeks: 30 });
    expect(chart.standardsTitle).toBe("INTERGROWTH-21st (prematuros) → OMS → CDC 2000");
    expect(chart.standardsSentence).toBe(
      "Hasta 34 semanas de edad (64 semanas posmenstruales) esta gráfica usa el estándar de INTERGROWTH-21st para bebés prematuros; desde entonces, los de la OMS, con la edad corregida; a partir de 2 años, las gráficas de los CDC, como hacen los pediatras de Estados Unidos.",
    );
    expect(chart.xLabel).toBe("Edad en meses");
  });
});

describe("the age axis and the switch ages", () => {
  it.each([
    [60, "weeks", [0, 2, 4, 6, 8]],
    [183, "months", [0, 1, 2, 3, 4, 5, 6]],
    [1100, "months", [0, 6, 12, 18, 24, 30, 36]],
    [1300, "years", [0, 1, 2, 3]],
    [2000, "years", [0, 1, 2, 3, 4, 5]],
    [7305, "years", [0, 5, 10, 15, 20]],
  ] as const)("a chart to day %s counts %s, ticks %j", (day, unit, expected) => {
    const axis = ageAxis(day);
    expect(axis.unit).toBe(unit);
    expect(axis.ticks).toEqual(expected);
    expect(axis.ticks[0]).toBe(0);
  });

  it("says a switch's age in weeks, months or years", () => {
    expect(switchAge(238)).toBe("34 weeks");
    expect(switchAge(548)).toBe("18 months");
    expect(switchAge(731)).toBe("2 years");
    expect(
      standardsSentence(
        [
          { standard: "who-2006", fromDay: 0 },
          { standard: "cdc-2000", fromDay: 731 },
        ],
        false,
      ),
    ).toBe("Until 2 years old this chart uses WHO's standards; from then CDC's charts, as US paediatricians use.");
  });

  it("ticks land on whole steps inside the range", () => {
    expect(ticks(0, 6.2, 1)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(ticks(47, 68, 5)).toEqual([50, 55, 60, 65]);
    expect(ticks(0, 1, 0.5)).toEqual([0, 0.5, 1]);
  });
});
