import { ageForPercentile, chartForAge, chartTimeline, PRETERM_BEFORE_DAYS } from "@upnest/growth";
import type { GrowthChart, Measurement } from "@upnest/schemas";
import { correctionDaysOf, type GrowthBaby, gestationDays, scoreMeasurement } from "./growth.ts";
import { buildGrowthChart } from "./growth-chart.ts";

/** The report's age charts (weight-for-length is left to the app: a clinician reads it off the table's percentiles). */
export const REPORT_CHARTS = ["weight", "length", "head"] as const satisfies readonly GrowthChart[];

/** The baby's age on `date`: chronological, and corrected while it is the one used (born before 37 weeks). */
export const ageOn = (baby: GrowthBaby, date: string) =>
  ageForPercentile({ dateOfBirth: baby.dateOfBirth, measuredOn: date, gestationalAgeWeeks: baby.gestationalAgeWeeks });

/**
 * The report's growth: the measurements of the range with their scores on the standard for the age (as the app
 * shows them; each row names its standard), each age chart's segments (INTERGROWTH-21st, WHO, CDC 2000 curves,
 * switching where the chart for the age changes) and the baby's points at chronological age, and the timeline of
 * standards `chartForAge` names for the baby's ages.
 */
export function reportGrowth(baby: GrowthBaby, all: readonly Measurement[], range: { from: string; to: string }) {
  const measurements = all
    .filter((m) => m.measuredOn >= range.from && m.measuredOn <= range.to)
    .map((m) => scoreMeasurement(baby, m));
  const gestationalAgeDays = gestationDays(baby);
  const atEnd = chartForAge({ ageInDays: Math.max(0, ageOn(baby, range.to).chronologicalDays), gestationalAgeDays });
  const charts = REPORT_CHARTS.map((chart) => {
    const { segments, points, indicator, yUnit } = buildGrowthChart(baby, measurements, chart);
    return {
      chart,
      indicator,
      yUnit,
      segments: segments.map(({ standard, fromX, toX, curves }) => ({ standard, fromX, toX, curves })),
      points: points.map((p) => ({
        measuredOn: p.measuredOn,
        x: p.x,
        y: p.y,
        standard: p.score.standard,
        percentile: p.score.percentile,
      })),
    };
  });
  return {
    preterm: gestationalAgeDays < PRETERM_BEFORE_DAYS,
    /** Chronological days minus this is the (corrected) age WHO reads, while the correction applies. */
    correctionDays: correctionDaysOf(gestationalAgeDays),
    chartAtEnd: atEnd.standard,
    timeline: chartTimeline(gestationalAgeDays),
    measurements: measurements.map((m) => ({
      measurementId: m.measurementId,
      measuredOn: m.measuredOn,
      weightKg: m.weightKg,
      lengthCm: m.lengthCm,
      headCircumferenceCm: m.headCircumferenceCm,
      lengthMethod: m.lengthMethod,
      age: m.growth.age,
      /** The chart for the age on the day: weight's and length's percentiles are on it (head: WHO from 2 years). */
      standard: m.growth.standard,
      weight: m.growth.weightForAge?.percentile ?? null,
      length: m.growth.lengthForAge?.percentile ?? null,
      head: m.growth.headCircumferenceForAge?.percentile ?? null,
      headStandard: m.growth.headCircumferenceForAge?.standard ?? null,
      weightForLength: m.growth.weightForLength?.percentile ?? null,
    })),
    charts,
  };
}
export type ReportGrowth = ReturnType<typeof reportGrowth>;
