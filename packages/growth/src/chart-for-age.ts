// Which growth chart scores a child at an age, and from which day each chart
// takes over:
// - a baby born preterm (before 37+0 weeks): INTERGROWTH-21st's postnatal
//   standard by postmenstrual age from 27+0 until 64+0 weeks (its range; Villar
//   et al., Lancet Glob Health 2015;3:e681–91, which recommends switching to
//   the WHO standards after 64 weeks);
// - then, and from birth for a baby born at term, WHO by age (corrected age
//   for a preterm baby: days since the due date at 40+0 weeks) until 24 months
//   of chronological age;
// - then CDC 2000 from 24 months (day 731) to 20 years (day 7305): CDC and the
//   AAP recommend WHO's charts under 2 years and CDC's from 2 years (Grummer-
//   Strawn LM, Reinold C, Krebs NF, MMWR Recomm Rep 2010;59(RR-9):1–15).
// Size at birth is scored separately (sizeAtBirth, INTERGROWTH-21st newborn).

import { CDC_FIRST_DAY, CDC_LAST_DAY } from "./cdc-2000/zscore.ts";
import { POSTNATAL_FIRST_DAY, POSTNATAL_LAST_DAY } from "./intergrowth/postnatal.ts";
import type { Standard } from "./standard-types.ts";

/** Born before 37+0 weeks (259 days) is preterm. */
export const PRETERM_BEFORE_DAYS = 259;
/** The due date, 40+0 weeks: corrected age counts from it. */
export const TERM_DAYS = 280;
/** Gestational ages accepted, 20+0 to 45+0 weeks, as ageForPercentile accepts. */
const GESTATION_RANGE = { first: 140, last: 315 } as const;

export interface ChartForAgeInput {
  /** Whole days since birth. */
  ageInDays: number;
  /** Gestational age at birth in whole days (completed weeks × 7 + days); omitted means born at term. */
  gestationalAgeDays?: number | null;
}

/** A stretch of chronological age, in days since birth (both ends included), scored by one standard. */
export interface ChartSpan {
  standard: Exclude<Standard, "intergrowth-newborn">;
  fromAgeInDays: number;
  toAgeInDays: number;
}

export type ChartForAge =
  | { standard: "intergrowth-postnatal"; postmenstrualAgeDays: number; timeline: ChartSpan[] }
  | { standard: "who-2006"; ageInDays: number; corrected: boolean; timeline: ChartSpan[] }
  | { standard: "cdc-2000"; ageInDays: number; timeline: ChartSpan[] }
  | { standard: null; reason: ChartReason; message: string };

export type ChartReason =
  | "age-not-whole-days"
  | "age-before-birth"
  | "gestational-age-out-of-range"
  | "before-postnatal-standard"
  | "age-over-20-years";

const refuse = (reason: ChartReason, message: string): ChartForAge => ({ standard: null, reason, message });

/** The charts a baby born at `gestationalAgeDays` moves through, by chronological age. */
export function chartTimeline(gestationalAgeDays: number = TERM_DAYS): ChartSpan[] {
  const spans: ChartSpan[] = [];
  let whoFrom = 0;
  if (gestationalAgeDays < PRETERM_BEFORE_DAYS) {
    const from = Math.max(0, POSTNATAL_FIRST_DAY - gestationalAgeDays);
    const to = POSTNATAL_LAST_DAY - gestationalAgeDays;
    spans.push({ standard: "intergrowth-postnatal", fromAgeInDays: from, toAgeInDays: to });
    whoFrom = to + 1;
  }
  spans.push({ standard: "who-2006", fromAgeInDays: whoFrom, toAgeInDays: CDC_FIRST_DAY - 1 });
  spans.push({ standard: "cdc-2000", fromAgeInDays: CDC_FIRST_DAY, toAgeInDays: CDC_LAST_DAY });
  return spans;
}

export function chartForAge({ ageInDays, gestationalAgeDays }: ChartForAgeInput): ChartForAge {
  if (!Number.isInteger(ageInDays)) return refuse("age-not-whole-days", `age must be whole days, got ${ageInDays}`);
  if (ageInDays < 0) return refuse("age-before-birth", `age ${ageInDays} days is before birth`);
  const ga = gestationalAgeDays ?? TERM_DAYS;
  if (!(Number.isInteger(ga) && ga >= GESTATION_RANGE.first && ga <= GESTATION_RANGE.last)) {
    return refuse(
      "gestational-age-out-of-range",
      `gestational age must be whole days, ${GESTATION_RANGE.first}–${GESTATION_RANGE.last}, got ${ga}`,
    );
  }
  const timeline = chartTimeline(ga);
  const span = timeline.find((s) => ageInDays >= s.fromAgeInDays && ageInDays <= s.toAgeInDays);
  if (span?.standard === "intergrowth-postnatal") {
    return { standard: span.standard, postmenstrualAgeDays: ga + ageInDays, timeline };
  }
  if (span?.standard === "who-2006") {
    const corrected = ga < PRETERM_BEFORE_DAYS;
    return {
      standard: span.standard,
      ageInDays: corrected ? ageInDays - (TERM_DAYS - ga) : ageInDays,
      corrected,
      timeline,
    };
  }
  if (span?.standard === "cdc-2000") return { standard: span.standard, ageInDays, timeline };
  if (ageInDays > CDC_LAST_DAY) return refuse("age-over-20-years", `age ${ageInDays} days is past 20 years`);
  return refuse(
    "before-postnatal-standard",
    `postmenstrual age ${ga + ageInDays} days is before INTERGROWTH-21st's postnatal standard (from ${POSTNATAL_FIRST_DAY})`,
  );
}
