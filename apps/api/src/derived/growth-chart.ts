import { percentileCurves } from "@upnest/growth";
import type { Baby, GrowthChart } from "@upnest/schemas";
import type { Score, ScoredMeasurement } from "./growth.ts";

const LAST_DAY = 1826;
const CHARTS = {
  weight: {
    indicator: "weight-for-age",
    unit: "kg",
    value: (m: ScoredMeasurement) => m.weightKg,
    score: (m: ScoredMeasurement) => m.growth.weightForAge,
  },
  length: {
    indicator: "length-for-age",
    unit: "cm",
    value: (m: ScoredMeasurement) => m.lengthCm,
    score: (m: ScoredMeasurement) => m.growth.lengthForAge,
  },
  head: {
    indicator: "head-circumference-for-age",
    unit: "cm",
    value: (m: ScoredMeasurement) => m.headCircumferenceCm,
    score: (m: ScoredMeasurement) => m.growth.headCircumferenceForAge,
  },
} as const;

type Point = { measurementId: string; measuredOn: string; x: number; y: number; score: Score };

/**
 * One growth chart: WHO's percentile curves (3, 15, 50, 85, 97) over the range
 * the baby's measurements need, and the baby's points at the age used for
 * scoring (corrected for preterm babies). Age charts run from birth to a
 * little past the latest point; weight-for-length runs over the lengths measured.
 * Sent as numbers so the browser needs no WHO tables.
 */
export function buildGrowthChart(baby: Pick<Baby, "sex">, measurements: ScoredMeasurement[], chart: GrowthChart) {
  if (chart === "weight-for-length") {
    const points: Point[] = measurements
      .filter((m) => m.weightKg !== undefined && m.lengthCm !== undefined && m.growth.weightForLength)
      .map((m) => ({
        measurementId: m.measurementId,
        measuredOn: m.measuredOn,
        x: m.lengthCm as number,
        y: m.weightKg as number,
        score: m.growth.weightForLength as Score,
      }));
    const usesHeight = measurements.some((m) => m.growth.weightForLength?.indicator === "weight-for-height");
    const [lo, hi] = usesHeight ? [65, 120] : [45, 110];
    const xs = points.map((p) => p.x);
    const from = Math.max(lo, Math.floor(Math.min(...xs, lo + 10) - 5));
    const to = Math.min(hi, Math.ceil(Math.max(...xs, from + 20) + 5));
    const curves = percentileCurves({
      indicator: usesHeight ? "weight-for-height" : "weight-for-length",
      sex: baby.sex,
      from,
      to,
      step: 0.5,
    });
    return {
      chart,
      indicator: usesHeight ? "weight-for-height" : "weight-for-length",
      xUnit: "cm",
      yUnit: "kg",
      curves: curves.curves ?? [],
      points,
    };
  }
  const spec = CHARTS[chart];
  const points: Point[] = measurements.flatMap((m) => {
    const y = spec.value(m);
    const score = spec.score(m);
    return y === undefined || !score
      ? []
      : [{ measurementId: m.measurementId, measuredOn: m.measuredOn, x: m.growth.age.usedDays, y, score }];
  });
  const latest = Math.max(0, ...points.map((p) => p.x));
  const to = Math.min(LAST_DAY, Math.max(183, Math.ceil((latest + 61) / 30.4375) * 30.4375));
  const step = to > 730 ? 14 : 7;
  const curves = percentileCurves({ indicator: spec.indicator, sex: baby.sex, from: 0, to: Math.floor(to), step });
  return { chart, indicator: spec.indicator, xUnit: "days", yUnit: spec.unit, curves: curves.curves ?? [], points };
}
