import { ageForPercentile, chartForAge, chartTimeline, TERM_DAYS } from "@upnest/growth";
import type { Baby, GrowthChart, Measurement } from "@upnest/schemas";
import { STANDARD, scoreMeasurement } from "./growth.ts";
import { buildGrowthChart } from "./growth-chart.ts";

type GrowthBaby = Pick<Baby, "sex" | "dateOfBirth" | "gestationalAgeWeeks">;

/** The report's age charts (weight-for-length is left to the app: a clinician reads it off the table's percentiles). */
export const REPORT_CHARTS = ["weight", "length", "head"] as const satisfies readonly GrowthChart[];

const gestationDays = (baby: GrowthBaby) =>
  baby.gestationalAgeWeeks === undefined ? TERM_DAYS : Math.round(baby.gestationalAgeWeeks * 7);

/** The baby's age on `date`: chronological, and corrected while it is the one used (born before 37 weeks). */
export const ageOn = (baby: GrowthBaby, date: string) =>
  ageForPercentile({ dateOfBirth: baby.dateOfBirth, measuredOn: date, gestationalAgeWeeks: baby.gestationalAgeWeeks });

/**
 * The report's growth: the measurements of the range with their WHO scores at corrected age (as the app shows
 * them), each age chart's percentile curves and the baby's points, and which standard `chartForAge` names for the
 * baby's ages (INTERGROWTH-21st, WHO, CDC 2000) with the chronological days where it switches, so the report can
 * say where the WHO curves it draws are not the chart a clinician would pick.
 */
export function reportGrowth(baby: GrowthBaby, all: readonly Measurement[], range: { from: string; to: string }) {
  const measurements = all
    .filter((m) => m.measuredOn >= range.from && m.measuredOn <= range.to)
    .map((m) => scoreMeasurement(baby, m));
  const gestationalAgeDays = gestationDays(baby);
  const atEnd = chartForAge({ ageInDays: Math.max(0, ageOn(baby, range.to).chronologicalDays), gestationalAgeDays });
  const charts = REPORT_CHARTS.map((chart) => {
    const { curves, points, indicator, yUnit } = buildGrowthChart(baby, measurements, chart);
    return {
      chart,
      indicator,
      yUnit,
      curves: curves.map((c) => ({ percentile: c.percentile, points: c.points })),
      points: points.map((p) => ({ measuredOn: p.measuredOn, x: p.x, y: p.y, percentile: p.score.percentile })),
    };
  });
  return {
    standard: STANDARD,
    preterm: gestationalAgeDays < 259,
    /** Chronological days minus this is the chart's (corrected) age, while the correction applies. */
    correctionDays: gestationalAgeDays < 259 ? TERM_DAYS - gestationalAgeDays : 0,
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
      weight: m.growth.weightForAge?.percentile ?? null,
      length: m.growth.lengthForAge?.percentile ?? null,
      head: m.growth.headCircumferenceForAge?.percentile ?? null,
      weightForLength: m.growth.weightForLength?.percentile ?? null,
    })),
    charts,
  };
}
export type ReportGrowth = ReturnType<typeof reportGrowth>;
