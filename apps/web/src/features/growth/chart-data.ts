// Turns the API's growth chart (metric, ages in days) into what the chart and the table draw: numbers in the
// person's units, ages in months, WHO bands as [low, high] pairs and readable text for every point.
import { ageForPercentile } from "@upnest/growth";
import { type GrowthChart, growthChart } from "@upnest/schemas";
import { t } from "../../i18n/i18n.ts";
import { ageOn } from "../../lib/dates.ts";
import type { GrowthChartData, Score } from "../../lib/growth-scores.ts";
import {
  displayLength,
  displayWeight,
  formatLength,
  formatWeight,
  lengthUnit,
  type Units,
  weightUnit,
} from "../../lib/units.ts";

/** The charts, in the order the tabs show them (the API's own list, `growthChart` in @upnest/schemas). */
export const CHART_KINDS = growthChart.options;
export type ChartKind = GrowthChart;
export const isChartKind = (value: unknown): value is ChartKind => growthChart.safeParse(value).success;

const LABEL_KEYS = {
  weight: "growth:measures.weight",
  length: "growth:measures.length",
  head: "growth:measures.head",
  "weight-for-length": "growth:measures.weightForLength",
} as const satisfies Record<ChartKind, string>;
/** A chart's short name, for its tab. */
export const chartLabel = (kind: ChartKind) => t(LABEL_KEYS[kind]);

/** WHO's month: 365.25 / 12 days. */
export const DAYS_PER_MONTH = 30.4375;
/** The curves WHO's charts draw, lowest first. */
export const PERCENTILES = [3, 15, 50, 85, 97] as const;
export type CurveKey = `p${(typeof PERCENTILES)[number]}`;
/** The shaded areas between neighbouring curves. */
export const BANDS = [
  { key: "b3_15", from: "p3", to: "p15", outer: true },
  { key: "b15_50", from: "p15", to: "p50", outer: false },
  { key: "b50_85", from: "p50", to: "p85", outer: false },
  { key: "b85_97", from: "p85", to: "p97", outer: true },
] as const satisfies readonly { key: string; from: CurveKey; to: CurveKey; outer: boolean }[];
export type BandKey = (typeof BANDS)[number]["key"];

export type ChartRow = { x: number } & Record<CurveKey, number> & Record<BandKey, [number, number]>;

export type BabyAges = { dateOfBirth: string; gestationalAgeWeeks?: number | undefined };

export type ChartPoint = {
  measurementId: string;
  measuredOn: string;
  /** In the chart's units: months of age, or length in cm / in. */
  x: number;
  /** In the person's units: kg / lb (decimal), cm / in. */
  y: number;
  value: string;
  age: string;
  correctedAge: string | null;
  score: Score;
};

export type PreparedChart = {
  kind: ChartKind;
  rows: ChartRow[];
  points: ChartPoint[];
  xDomain: [number, number];
  xTicks: number[];
  yDomain: [number, number];
  yTicks: number[];
  xLabel: string;
  yLabel: string;
  /** What the value column of the table is called. */
  valueLabel: string;
  corrected: boolean;
};

const round = (value: number, digits = 4) => Math.round(value * 10 ** digits) / 10 ** digits;

/** An age in days as parents say it: days, weeks, months, then years and months. */
export function ageFromDays(days: number): string {
  if (days < 0) return t("age.beforeDue");
  if (days < 14) return t("age.days", { count: days });
  const months = Math.floor(days / DAYS_PER_MONTH);
  if (months < 2) return t("age.weeks", { count: Math.floor(days / 7) });
  if (months < 24) return t("age.months", { count: months });
  const rest = months % 12;
  const years = t("age.years", { count: Math.floor(months / 12) });
  return rest === 0 ? years : t("age.yearsMonths", { years, months: t("age.months", { count: rest }) });
}

/** Age on the day measured, and the corrected age while a preterm baby's percentiles use it. */
export function agesOn(baby: BabyAges, measuredOn: string): { age: string; correctedAge: string | null } {
  const age = ageOn(baby.dateOfBirth, measuredOn);
  try {
    const used = ageForPercentile({
      dateOfBirth: baby.dateOfBirth,
      measuredOn,
      gestationalAgeWeeks: baby.gestationalAgeWeeks,
    });
    return { age, correctedAge: used.correctedDays === null ? null : ageFromDays(used.correctedDays) };
  } catch {
    return { age, correctedAge: null };
  }
}

/** The smallest of 0.5, 1, 2, 5, 10, 20 that cuts `span` into at most `most` parts. */
const niceStep = (span: number, most: number) => {
  for (const step of [0.5, 1, 2, 5, 10, 20]) if (span / step <= most) return step;
  return 50;
};

export function ticks(from: number, to: number, step: number): number[] {
  const out: number[] = [];
  for (let t = Math.ceil(from / step) * step; t <= to + 1e-9; t += step) out.push(round(t, 6));
  return out;
}

/** The API's chart in the person's units, ready for Recharts and for the table. */
export function prepareChart(data: GrowthChartData, units: Units, baby: BabyAges): PreparedChart {
  const kind = data.chart as ChartKind;
  const byLength = data.xUnit === "cm";
  const isWeight = data.yUnit === "kg";
  const toX = (x: number) => (byLength ? displayLength(x, units) : x / DAYS_PER_MONTH);
  const toY = (y: number) => (isWeight ? displayWeight(y, units) : displayLength(y, units));
  const showValue = (y: number) => (isWeight ? formatWeight(y, units) : formatLength(y, units));

  // Curves share their x values (the API samples all five on one grid).
  const byX = new Map<number, Partial<Record<CurveKey, number>>>();
  for (const curve of data.curves) {
    const key = `p${Math.round(curve.percentile)}` as CurveKey;
    if (!PERCENTILES.some((p) => `p${p}` === key)) continue;
    for (const point of curve.points) {
      const row = byX.get(point.x) ?? {};
      row[key] = round(toY(point.y));
      byX.set(point.x, row);
    }
  }
  const rows: ChartRow[] = [...byX.entries()]
    .filter(([, row]) => PERCENTILES.every((p) => row[`p${p}`] !== undefined))
    .sort(([a], [b]) => a - b)
    .map(([x, values]) => {
      const curves = values as Record<CurveKey, number>;
      const bands = Object.fromEntries(BANDS.map((b) => [b.key, [curves[b.from], curves[b.to]]])) as Record<
        BandKey,
        [number, number]
      >;
      return { x: round(toX(x)), ...curves, ...bands };
    });

  const points: ChartPoint[] = data.points.map((p) => ({
    measurementId: p.measurementId,
    measuredOn: p.measuredOn,
    x: round(toX(p.x)),
    y: round(toY(p.y)),
    value: byLength
      ? t("growth:chart.weightAt", { weight: formatWeight(p.y, units), length: formatLength(p.x, units) })
      : showValue(p.y),
    ...agesOn(baby, p.measuredOn),
    score: p.score,
  }));

  const xs = [...rows.map((r) => r.x), ...points.map((p) => p.x)];
  const xMin = byLength ? Math.min(...xs) : 0;
  const xEnd = Math.max(...xs, 1);
  // Curves are sampled weekly: an end a few days short of a whole month is drawn to that month.
  const xMax = byLength || xEnd % 1 <= 0.9 ? xEnd : Math.ceil(xEnd);
  const ys = [...rows.flatMap((r) => [r.p3, r.p97]), ...points.map((p) => p.y)];
  const [yLow, yHigh] = [Math.min(...ys), Math.max(...ys)];
  const yStep = niceStep(yHigh - yLow, 10);
  // A little room above and below, so a point at the edge is not cut in half.
  const margin = (yHigh - yLow) * 0.03;
  const yDomain: [number, number] = [
    Math.max(0, Math.floor((yLow - margin) / yStep) * yStep),
    Math.ceil((yHigh + margin) / yStep) * yStep,
  ];
  const months = xMax;
  const xStep = byLength ? niceStep(xMax - xMin, 6) : months <= 12 ? 1 : months <= 24 ? 2 : 6;
  const corrected = points.some((p) => p.correctedAge !== null);

  const yName = t(`growth:chart.yName.${isWeight ? "weight" : kind === "head" ? "head" : "length"}`);
  const yUnit = isWeight ? weightUnit(units) : lengthUnit(units);
  const xKey = data.indicator === "weight-for-height" ? "height" : "length";
  const xName = t(`growth:chart.xName.${xKey}`);
  return {
    kind,
    rows,
    points,
    xDomain: [xMin, xMax],
    xTicks: ticks(xMin, xMax, xStep),
    yDomain,
    yTicks: ticks(yDomain[0], yDomain[1], yStep),
    xLabel: byLength
      ? t("growth:chart.axis", { name: xName, unit: lengthUnit(units) })
      : t(corrected ? "growth:chart.ageAxisCorrected" : "growth:chart.ageAxis"),
    yLabel: t("growth:chart.axis", { name: yName, unit: yUnit }),
    valueLabel: byLength ? t("growth:chart.weightAtName", { name: t(`growth:chart.xNameLower.${xKey}`) }) : yName,
    corrected,
  };
}
