// Turns the API's growth chart (metric, ages in days, one segment per standard) into what the chart and the table
// draw: numbers in the person's units, ages on an axis that reads well from days to 20 years, each segment's curves
// and bands as their own series, the switches between standards, the target height bar and words for every point.
import { type GrowthChart, growthChart } from "@upnest/schemas";
import { t } from "../../i18n/i18n.ts";
import { type ShownAges, showAges } from "../../lib/ages.ts";
import { showDate } from "../../lib/dates.ts";
import { type ChartStandard, type GrowthChartData, type Score, standardShortName } from "../../lib/growth-scores.ts";
import {
  displayLength,
  displayWeight,
  formatLength,
  formatNumber,
  formatWeight,
  lengthUnit,
  type Units,
  weightUnit,
} from "../../lib/units.ts";
import { type AgeUnit, ageAxis, DAYS_PER_YEAR, daysIn, niceStep, ticks } from "./chart-axis.ts";
import { pointName, type StandardStretch, standardsSentence, standardsShown, standardsTitle } from "./chart-words.ts";

/** The charts, in the order the tabs show them (the API's own list, `growthChart` in @upnest/schemas). */
export const CHART_KINDS = growthChart.options;
export type ChartKind = GrowthChart;
export const isChartKind = (value: unknown): value is ChartKind => growthChart.safeParse(value).success;

const LABEL_KEYS = {
  weight: "growth:measures.weight",
  length: "growth:measures.length",
  head: "growth:measures.head",
  bmi: "growth:chart.tabBmi",
  "weight-for-length": "growth:measures.weightForLength",
} as const satisfies Record<ChartKind, string>;
/** A chart's short name, for its tab. */
export const chartLabel = (kind: ChartKind) => t(LABEL_KEYS[kind]);

/** The curves every standard's chart draws, lowest first. */
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

/** One x of the chart: each segment's curves under `s<i>_p50`, its bands under `s<i>_b15_50` (others absent). */
export type ChartRow = { x: number } & Record<string, number | [number, number]>;
/** A segment's series: its data keys are `${key}_${CurveKey}` and `${key}_${BandKey}`. */
export type PreparedSegment = { key: string; standard: ChartStandard; indicator: string; lastIndex: number };
/** Where the chart changes standard: a vertical line at x with a short label. */
export type ChartSwitch = { x: number; standard: ChartStandard; label: string };
export type TargetBar = { x1: number; x2: number; low: number; high: number; target: number };

export type BabyAges = { dateOfBirth: string; gestationalAgeWeeks?: number | undefined };

export type ChartPoint = {
  measurementId: string;
  measuredOn: string;
  /** On the chart's x axis: age in its unit, or length in cm / in. */
  x: number;
  /** In the person's units: kg / lb (decimal), cm / in, kg/m². */
  y: number;
  value: string;
  ages: ShownAges;
  score: Score;
  /** The accessible name: date, ages, value, percentile with its standard. */
  name: string;
};

export type PreparedChart = {
  kind: ChartKind;
  rows: ChartRow[];
  segments: PreparedSegment[];
  switches: ChartSwitch[];
  points: ChartPoint[];
  xDomain: [number, number];
  xTicks: number[];
  yDomain: [number, number];
  yTicks: number[];
  xLabel: string;
  yLabel: string;
  /** What the value column of the table is called. */
  valueLabel: string;
  /** "INTERGROWTH-21st (born early) → WHO → CDC 2000". */
  standardsTitle: string;
  /** The sentence under the chart explaining its standards. */
  standardsSentence: string;
  target: TargetBar | null;
};

const round = (value: number, digits = 4) => Math.round(value * 10 ** digits) / 10 ** digits;
const TARGET_FROM_DAY = 18 * DAYS_PER_YEAR;
const TARGET_TO_DAY = 20 * DAYS_PER_YEAR;

/** How a chart's y values read: kg/lb, cm/in or kg/m², and the axis name. */
function yScale(data: GrowthChartData, kind: ChartKind, units: Units) {
  if (data.yUnit === "kg")
    return {
      to: (y: number) => displayWeight(y, units),
      show: (y: number) => formatWeight(y, units),
      unit: weightUnit(units),
      name: "weight",
    } as const;
  if (data.yUnit === "kg/m2")
    return {
      to: (y: number) => y,
      show: (y: number) => t("growth:chart.bmiValue", { value: formatNumber(y, 1) }),
      unit: t("growth:chart.bmiUnit"),
      name: "bmi",
    } as const;
  return {
    to: (y: number) => displayLength(y, units),
    show: (y: number) => formatLength(y, units),
    unit: lengthUnit(units),
    name: kind === "head" ? "head" : "length",
  } as const;
}

/** The API's chart in the person's units, ready for Recharts and for the table. */
export function prepareChart(data: GrowthChartData, units: Units, baby: BabyAges): PreparedChart {
  const kind = data.chart as ChartKind;
  const byLength = data.xUnit === "cm";
  const y = yScale(data, kind, units);
  const lastDay = Math.max(1, ...data.segments.map((s) => s.toX), ...data.points.map((p) => p.x));
  const axis = byLength ? null : ageAxis(lastDay);
  const unit: AgeUnit = axis?.unit ?? "months";
  const toX = (x: number) => round(byLength ? displayLength(x, units) : daysIn(x, unit));

  const byX = new Map<number, ChartRow>();
  const segments: PreparedSegment[] = [];
  data.segments.forEach((segment, i) => {
    const key = `s${i}`;
    const curves = new Map<number, Partial<Record<CurveKey, number>>>();
    for (const curve of segment.curves) {
      const name = `p${Math.round(curve.percentile)}` as CurveKey;
      if (!PERCENTILES.some((p) => `p${p}` === name)) continue;
      for (const point of curve.points) {
        const values = curves.get(point.x) ?? {};
        values[name] = round(y.to(point.y));
        curves.set(point.x, values);
      }
    }
    for (const [x, values] of curves) {
      if (!PERCENTILES.every((p) => values[`p${p}`] !== undefined)) continue;
      const row = byX.get(toX(x)) ?? { x: toX(x) };
      for (const p of PERCENTILES) row[`${key}_p${p}`] = values[`p${p}`] as number;
      for (const band of BANDS) row[`${key}_${band.key}`] = [values[band.from] as number, values[band.to] as number];
      byX.set(toX(x), row);
    }
    segments.push({ key, standard: segment.standard, indicator: segment.indicator, lastIndex: -1 });
  });
  const rows = [...byX.values()].sort((a, b) => a.x - b.x);
  for (const segment of segments)
    segment.lastIndex = rows.findLastIndex((row) => row[`${segment.key}_p50`] !== undefined);

  const stretches: StandardStretch[] = [];
  for (const segment of data.segments)
    if (stretches[stretches.length - 1]?.standard !== segment.standard)
      stretches.push({ standard: segment.standard, fromDay: segment.fromX });
  const switches: ChartSwitch[] = byLength
    ? []
    : stretches
        .slice(1)
        .map((s) => ({ x: toX(s.fromDay), standard: s.standard, label: standardShortName(s.standard) }));

  const points: ChartPoint[] = data.points
    .map((p) => {
      const ages = showAges(baby, p.measuredOn);
      const value = byLength
        ? t("growth:chart.weightAt", { weight: formatWeight(p.y, units), length: formatLength(p.x, units) })
        : y.show(p.y);
      const point: ChartPoint = {
        measurementId: p.measurementId,
        measuredOn: p.measuredOn,
        x: toX(p.x),
        y: round(y.to(p.y)),
        value,
        ages,
        score: p.score,
        name: "",
      };
      point.name = pointName(showDate(p.measuredOn), ages, value, p.score);
      return point;
    })
    .sort((a, b) => a.x - b.x || a.measuredOn.localeCompare(b.measuredOn));

  const height = data.targetHeight;
  const target: TargetBar | null =
    height && kind === "length" && !byLength && lastDay >= TARGET_FROM_DAY
      ? {
          x1: toX(TARGET_FROM_DAY),
          x2: toX(Math.min(TARGET_TO_DAY, lastDay)),
          low: round(y.to(height.lowCm)),
          high: round(y.to(height.highCm)),
          target: round(y.to(height.targetCm)),
        }
      : null;

  const xs = [...rows.map((r) => r.x), ...points.map((p) => p.x)];
  const xDomain: [number, number] = axis ? [0, axis.end] : [Math.min(...xs), Math.max(...xs)];
  const curveYs = rows
    .flatMap((r) => segments.flatMap((s) => [r[`${s.key}_p3`], r[`${s.key}_p97`]]))
    .filter((v) => typeof v === "number");
  const ys = [...curveYs, ...points.map((p) => p.y), ...(target ? [target.low, target.high] : [])];
  const [yLow, yHigh] = [Math.min(...ys), Math.max(...ys)];
  const yStep = niceStep(yHigh - yLow, 10);
  // A little room above and below, so a point at the edge is not cut in half.
  const margin = (yHigh - yLow) * 0.03;
  const yDomain: [number, number] = [
    Math.max(0, Math.floor((yLow - margin) / yStep) * yStep),
    Math.ceil((yHigh + margin) / yStep) * yStep,
  ];

  const yName = t(`growth:chart.yName.${y.name}`);
  const xKey = data.indicator === "weight-for-height" ? "height" : "length";
  const xName = t(`growth:chart.xName.${xKey}`);
  return {
    kind,
    rows,
    segments,
    switches,
    points,
    xDomain,
    xTicks: axis ? axis.ticks : ticks(xDomain[0], xDomain[1], niceStep(xDomain[1] - xDomain[0], 6)),
    yDomain,
    yTicks: ticks(yDomain[0], yDomain[1], yStep),
    xLabel: byLength
      ? t("growth:chart.axis", { name: xName, unit: lengthUnit(units) })
      : t(`growth:chart.ageAxis.${unit}`),
    yLabel: t("growth:chart.axis", { name: yName, unit: y.unit }),
    valueLabel: byLength ? t("growth:chart.weightAtName", { name: t(`growth:chart.xNameLower.${xKey}`) }) : yName,
    standardsTitle: standardsTitle(standardsShown(data.segments)),
    standardsSentence: standardsSentence(stretches, data.correctionDays > 0),
    target,
  };
}
