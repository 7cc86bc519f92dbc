// What the API answers about growth: a measurement's scores, a chart, and the Growth tab's insights (size at
// birth, clinical flags, target height). Computed on read (decision 0002) by growth.ts, growth-chart.ts and
// growth-insights.ts; the web app reads these types through the router.
import type { ChartSpan, GrowthFlag, SizeForGestationalAge, Standard } from "@upnest/growth";
import type { GrowthChart } from "@upnest/schemas";

/** A chart a measurement is scored on after birth. */
export type ChartStandard = Exclude<Standard, "intergrowth-newborn">;

/**
 * One measure's score on the standard for the age. `flag` marks a value more than 5 SD from the median (WHO's
 * plausibility rule, applied to every standard): most likely a typing or unit mistake. `reason` is a stable code
 * (the package's WHO or standard reason) the web translates.
 */
export type Score =
  | {
      standard: ChartStandard;
      zScore: number;
      percentile: number;
      flag: "implausible-low" | "implausible-high" | null;
      /** CDC 2000 BMI-for-age only: the 95th percentile at this age (kg/m²) and the BMI as a percent of it. */
      bmi95thPercentile?: number | null;
      percentOf95thPercentile?: number | null;
    }
  | { standard: ChartStandard | null; zScore: null; percentile: null; flag: null; reason: string };

export type MeasurementAge = {
  chronologicalDays: number;
  /** While WHO scores at corrected age (born before 37 weeks, under 24 months), else null. */
  correctedDays: number | null;
  /** The age the WHO tables were read at (corrected or chronological). */
  usedDays: number;
  corrected: boolean;
  /** Gestational age at birth + days since birth, for a baby born before 37 weeks; null otherwise. */
  postmenstrualDays: number | null;
};

export type Growth = {
  /** The chart for the baby's age on the day measured (chartForAge); null before 27 weeks or past 20 years. */
  standard: ChartStandard | null;
  age: MeasurementAge;
  weightForAge?: Score;
  lengthForAge?: Score;
  headCircumferenceForAge?: Score;
  /** WHO weight-for-length under 2 years (of the age used), weight-for-height from 2 to 5 years. */
  weightForLength?: Score & { indicator: "weight-for-length" | "weight-for-height" };
  bmiForAge?: Score;
};

export type ChartCurve = { percentile: number; points: { x: number; y: number }[] };

/** One standard's stretch of a chart: its curves between fromX and toX (both included). */
export type ChartSegment = {
  standard: ChartStandard;
  /** The package's indicator for this stretch, e.g. "weight-for-age", "weight-for-height". */
  indicator: string;
  fromX: number;
  toX: number;
  /** Percentiles 3, 15, 50, 85, 97 (the same five on every standard), points on one x grid per segment. */
  curves: ChartCurve[];
};

export type ChartPoint = { measurementId: string; measuredOn: string; x: number; y: number; score: Score };

export type TargetHeight = { targetCm: number; lowCm: number; highCm: number };

/**
 * A growth chart. Age charts have x in chronological days since birth: each segment's curves are drawn at the age
 * its standard reads (INTERGROWTH-21st at postmenstrual age = gestational age + x, WHO at corrected age while the
 * correction applies, CDC 2000 at x), so a point sits on its own percentile. A segment boundary is a switch of
 * standard. Weight-for-length has x in cm and one WHO segment.
 */
export type GrowthChartAnswer = {
  chart: GrowthChart;
  xUnit: "days" | "cm";
  yUnit: "kg" | "cm" | "kg/m2";
  /** The indicator of the last segment (weight-for-length or weight-for-height for that chart). */
  indicator: string;
  segments: ChartSegment[];
  points: ChartPoint[];
  /** Length chart only, when both parents' heights are recorded: the range drawn at 18–20 years. */
  targetHeight: TargetHeight | null;
  /** Days between birth at this gestation and the due date (0 for a baby born at 37 weeks or later). */
  correctionDays: number;
  /** Gestational age at birth, whole days; null when not recorded (charts take term). */
  gestationalAgeDays: number | null;
};

/** A flag with the measurement it points at (the latest one it rests on). */
export type InsightFlag = GrowthFlag & { measurementId: string; measuredOn: string };

export type SizeAtBirthScore =
  | { zScore: number; percentile: number }
  | { zScore: null; percentile: null; reason: string };

export type SizeAtBirthAnswer =
  | {
      status: "scored";
      measurementId: string;
      gestationalAgeDays: number;
      /** The birth measurement's values, so a client words it without reading the measurement again. */
      measured: { weightKg: number; lengthCm?: number | undefined; headCircumferenceCm?: number | undefined };
      weight: SizeAtBirthScore;
      length: SizeAtBirthScore | null;
      headCircumference: SizeAtBirthScore | null;
      /** INTERGROWTH-21st: SGA below the 10th centile of birth weight, LGA above the 90th. */
      sizeForGestationalAge: SizeForGestationalAge | null;
    }
  | { status: "missing"; reason: "no-birth-weight" | "no-gestational-age" | "gestational-age-outside-standard" };

/** The Growth tab's words beside the list: which charts the baby moves through, size at birth, flags, target. */
export type GrowthInsights = {
  gestationalAgeDays: number | null;
  timeline: ChartSpan[];
  /** The chart for today's age. */
  standardNow: ChartStandard | null;
  sizeAtBirth: SizeAtBirthAnswer;
  /** Newest first; each "worth asking your clinician about", never a diagnosis. */
  flags: InsightFlag[];
  targetHeight: TargetHeight | null;
};
