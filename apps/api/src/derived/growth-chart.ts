import {
  bmi,
  CHART_PERCENTILES,
  type ChartSpan,
  chartTimeline,
  midParentalHeight,
  percentileCurves,
  STANDING_FROM_DAY,
  type StandardValueInput,
  valueAtPercentile,
} from "@upnest/growth";
import type { Baby, ChartRange, GrowthChart } from "@upnest/schemas";
import { correctionDaysOf, gestationDays, type ScoredMeasurement } from "./growth.ts";
import type {
  ChartPoint,
  ChartSegment,
  ChartStandard,
  GrowthChartAnswer,
  Score,
  TargetHeight,
} from "./growth-types.ts";

export type ChartBaby = Pick<Baby, "sex" | "gestationalAgeWeeks" | "motherHeightCm" | "fatherHeightCm">;

/** 20 years, CDC 2000's last day. */
const ADULT_LAST_DAY = 7305;
/** WHO's head circumference runs to 5 years (CDC 2000's 2–20 year charts have none). */
const WHO_LAST_DAY = 1826;
const AT_LEAST_DAYS = 183;
/** Each curve keeps to about this many points. */
const CURVE_POINTS = 200;
const MONTH = 30.4375;

type AgeChart = Exclude<GrowthChart, "weight-for-length">;

const AGE_CHARTS = {
  weight: {
    unit: "kg",
    indicator: "weight-for-age",
    value: (m: ScoredMeasurement) => m.weightKg,
    score: (m: ScoredMeasurement) => m.growth.weightForAge,
  },
  length: {
    unit: "cm",
    indicator: "length-for-age",
    value: (m: ScoredMeasurement) => m.lengthCm,
    score: (m: ScoredMeasurement) => m.growth.lengthForAge,
  },
  head: {
    unit: "cm",
    indicator: "head-circumference-for-age",
    value: (m: ScoredMeasurement) => m.headCircumferenceCm,
    score: (m: ScoredMeasurement) => m.growth.headCircumferenceForAge,
  },
  bmi: {
    unit: "kg/m2",
    indicator: "bmi-for-age",
    value: (m: ScoredMeasurement) => bmiOf(m),
    score: (m: ScoredMeasurement) => m.growth.bmiForAge,
  },
} as const satisfies Record<AgeChart, unknown>;

/** The BMI that was scored (from the 0.7 cm-adjusted length), so the point sits on its percentile. */
export const bmiOf = (m: ScoredMeasurement) =>
  m.weightKg === undefined || m.lengthCm === undefined
    ? undefined
    : (bmi({
        weightKg: m.weightKg,
        lengthCm: m.lengthCm,
        ageInDays: m.growth.age.chronologicalDays,
        measured: m.lengthMethod,
      }) ?? undefined);

/**
 * Which standard draws each stretch of an age chart (chartTimeline's spans): weight and length go
 * INTERGROWTH-21st (preterm) → WHO → CDC 2000; head circumference INTERGROWTH-21st → WHO to 5 years; BMI WHO → CDC
 * 2000, WHO's from the due date for a baby born early (INTERGROWTH-21st has no BMI; WHO's reads the corrected age).
 */
function spansFor(chart: AgeChart, timeline: ChartSpan[], correction: number): ChartSpan[] {
  if (chart === "head") {
    return timeline.flatMap((span): ChartSpan[] => {
      if (span.standard === "cdc-2000") return [];
      if (span.standard === "who-2006") return [{ ...span, toAgeInDays: WHO_LAST_DAY }];
      return [span];
    });
  }
  if (chart === "bmi") {
    return timeline.flatMap((span): ChartSpan[] => {
      if (span.standard === "intergrowth-postnatal") return [];
      if (span.standard === "who-2006") return [{ ...span, fromAgeInDays: Math.min(span.fromAgeInDays, correction) }];
      return [span];
    });
  }
  return timeline;
}

/** Chronological x → the age the standard reads: postmenstrual for INTERGROWTH-21st, corrected WHO under 2 years. */
function ageRead(standard: ChartStandard, x: number, ga: number, correction: number): number {
  if (standard === "intergrowth-postnatal") return ga + x;
  if (standard === "who-2006" && x < STANDING_FROM_DAY) return x - correction;
  return x;
}

/** x from `from` by `step`, and `to` itself. */
function grid(from: number, to: number, step: number): number[] {
  const xs: number[] = [];
  for (let x = from; x < to; x += step) xs.push(x);
  xs.push(to);
  return xs;
}

function segment(
  baby: ChartBaby,
  span: ChartSpan,
  indicator: StandardValueInput["indicator"],
  step: number,
  ga: number,
  correction: number,
): ChartSegment {
  const xs = grid(span.fromAgeInDays, span.toAgeInDays, step);
  const curves = CHART_PERCENTILES.map((percentile) => ({
    percentile,
    points: xs.flatMap((x) => {
      const y = valueAtPercentile({
        standard: span.standard,
        indicator,
        sex: baby.sex,
        at: ageRead(span.standard, x, ga, correction),
        percentile,
      });
      return y === null ? [] : [{ x, y }];
    }),
  }));
  return { standard: span.standard, indicator, fromX: span.fromAgeInDays, toX: span.toAgeInDays, curves };
}

/** Tanner's mid-parental target height when both parents' heights are recorded. */
export function targetHeightOf(baby: Pick<Baby, "sex" | "motherHeightCm" | "fatherHeightCm">): TargetHeight | null {
  if (baby.motherHeightCm === undefined || baby.fatherHeightCm === undefined) return null;
  const target = midParentalHeight({
    sex: baby.sex,
    motherHeightCm: baby.motherHeightCm,
    fatherHeightCm: baby.fatherHeightCm,
  });
  return target.targetCm === null ? null : { targetCm: target.targetCm, lowCm: target.lowCm, highCm: target.highCm };
}

/** Weight-for-length (under 2 years) or weight-for-height: one WHO segment over the lengths measured. */
function weightForLengthChart(baby: ChartBaby, measurements: ScoredMeasurement[]) {
  const points: ChartPoint[] = measurements
    .filter((m) => m.weightKg !== undefined && m.lengthCm !== undefined && m.growth.weightForLength)
    .map((m) => ({
      measurementId: m.measurementId,
      measuredOn: m.measuredOn,
      x: m.lengthCm as number,
      y: m.weightKg as number,
      score: m.growth.weightForLength as Score,
    }));
  const usesHeight = measurements.some((m) => m.growth.weightForLength?.indicator === "weight-for-height");
  const indicator = usesHeight ? "weight-for-height" : "weight-for-length";
  const [lo, hi] = usesHeight ? [65, 120] : [45, 110];
  const xs = points.map((p) => p.x);
  const from = Math.max(lo, Math.floor(Math.min(...xs, lo + 10) - 5));
  const to = Math.min(hi, Math.ceil(Math.max(...xs, from + 20) + 5));
  const curves = percentileCurves({ indicator, sex: baby.sex, from, to, step: 0.5 }).curves ?? [];
  const segments: ChartSegment[] = [
    {
      standard: "who-2006",
      indicator,
      fromX: from,
      toX: to,
      curves: curves.map((c) => ({ percentile: c.percentile, points: c.points })),
    },
  ];
  return { indicator, segments, points };
}

/**
 * One growth chart, sent as numbers so the browser needs no tables. Age charts have x in chronological days and
 * run from the first segment's start to a little past the latest point (at least 6 months), or to 20 years for
 * `range: "adult"`; each stretch is drawn by the standard that scores it (spansFor), at the age that standard
 * reads, so each point (at its chronological age, with the score the list shows) sits on its own percentile.
 */
export function buildGrowthChart(
  baby: ChartBaby,
  measurements: ScoredMeasurement[],
  chart: GrowthChart,
  range: ChartRange = "measured",
): GrowthChartAnswer {
  const ga = gestationDays(baby);
  const correctionDays = correctionDaysOf(ga);
  const common = {
    chart,
    correctionDays,
    gestationalAgeDays: baby.gestationalAgeWeeks === undefined ? null : ga,
  };
  if (chart === "weight-for-length") {
    return { ...common, xUnit: "cm", yUnit: "kg", ...weightForLengthChart(baby, measurements), targetHeight: null };
  }
  const spec = AGE_CHARTS[chart];
  const points: ChartPoint[] = measurements.flatMap((m) => {
    const y = spec.value(m);
    const score = spec.score(m);
    return y === undefined || !score
      ? []
      : [{ measurementId: m.measurementId, measuredOn: m.measuredOn, x: m.growth.age.chronologicalDays, y, score }];
  });
  const spans = spansFor(chart, chartTimeline(ga), correctionDays);
  const firstX = spans[0]?.fromAgeInDays ?? 0;
  const lastX = Math.max(...spans.map((s) => s.toAgeInDays));
  const latest = Math.max(firstX, ...points.map((p) => p.x));
  const wanted =
    range === "adult" ? ADULT_LAST_DAY : Math.max(AT_LEAST_DAYS, Math.floor(Math.ceil((latest + 61) / MONTH) * MONTH));
  const toX = Math.min(lastX, wanted);
  const step = Math.max(1, Math.ceil((toX - firstX) / CURVE_POINTS));
  const segments = spans
    .filter((s) => s.fromAgeInDays <= toX)
    .map((s) =>
      segment(baby, { ...s, toAgeInDays: Math.min(s.toAgeInDays, toX) }, spec.indicator, step, ga, correctionDays),
    );
  return {
    ...common,
    xUnit: "days",
    yUnit: spec.unit,
    indicator: segments.at(-1)?.indicator ?? spec.indicator,
    segments,
    points,
    targetHeight: chart === "length" ? targetHeightOf(baby) : null,
  };
}
