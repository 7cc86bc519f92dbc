// Ages for percentiles. Dates are calendar dates ('YYYY-MM-DD') read as UTC
// midnight, so time zones and daylight saving cannot shift a day.

import { STANDING_FROM_DAY } from "./length.ts";

const MS_PER_DAY = 86_400_000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Babies born before 37 completed weeks are preterm and get a corrected age. */
export const PRETERM_BEFORE_WEEKS = 37;
/** Corrected age counts from the due date at 40 weeks. */
export const TERM_WEEKS = 40;
/**
 * Correction stops at 24 months of chronological age, taken as 731 days: two
 * years of 365.25 days (730.5) rounded up, the same day WHO switches from
 * length to height.
 */
export const CORRECT_UNTIL_DAY = STANDING_FROM_DAY;

/** Days since 1970-01-01 for a valid 'YYYY-MM-DD'; throws RangeError otherwise. */
function dayNumber(date: string): number {
  const match = DATE.exec(date);
  if (!match) throw new RangeError(`expected a date as YYYY-MM-DD, got "${date}"`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  // Date.UTC rolls 2023-02-30 over to March; refuse it instead of guessing.
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    throw new RangeError(`"${date}" is not a calendar date`);
  }
  return ms / MS_PER_DAY;
}

/** Whole days from the date of birth to `date`; negative if `date` is before birth. */
export function ageInDays(dateOfBirth: string, date: string): number {
  return dayNumber(date) - dayNumber(dateOfBirth);
}

export interface AgeForPercentileInput {
  dateOfBirth: string;
  measuredOn: string;
  /** Completed weeks at birth, fractions allowed (32 weeks 3 days = 32 + 3/7). */
  gestationalAgeWeeks?: number;
}

export interface AgeForPercentile {
  chronologicalDays: number;
  /** Present only while the corrected age is the one used. */
  correctedDays: number | null;
  /** The age to pass to computeZScore. Negative for a preterm baby measured before term. */
  usedDays: number;
  corrected: boolean;
}

/**
 * Chooses the age for a percentile: corrected age = chronological − (40 − GA)·7
 * days (rounded to a whole day) for a baby born before 37 weeks, until 731
 * days of chronological age; chronological age otherwise.
 */
export function ageForPercentile({
  dateOfBirth,
  measuredOn,
  gestationalAgeWeeks,
}: AgeForPercentileInput): AgeForPercentile {
  const chronologicalDays = ageInDays(dateOfBirth, measuredOn);
  const chronological = { chronologicalDays, correctedDays: null, usedDays: chronologicalDays, corrected: false };
  if (gestationalAgeWeeks === undefined) return chronological;
  if (!(gestationalAgeWeeks >= 20 && gestationalAgeWeeks <= 45)) {
    throw new RangeError(`gestational age must be 20–45 weeks, got ${gestationalAgeWeeks}`);
  }
  const preterm = gestationalAgeWeeks < PRETERM_BEFORE_WEEKS;
  if (!preterm || chronologicalDays < 0 || chronologicalDays >= CORRECT_UNTIL_DAY) return chronological;
  const correctedDays = chronologicalDays - Math.round((TERM_WEEKS - gestationalAgeWeeks) * 7);
  return { chronologicalDays, correctedDays, usedDays: correctedDays, corrected: true };
}

/** Born before 32 weeks: corrected age is shown until 3 years, not 2. */
export const VERY_PRETERM_BEFORE_WEEKS = 32;

export interface AgesToShow {
  chronologicalDays: number;
  /**
   * Shown beside the real age for a baby born before 37 weeks, from the due date until 2 years of chronological
   * age, or 3 years for a baby born before 32 weeks (AAP, "Corrected age for preemies", HealthyChildren.org: many
   * clinicians correct until 2 years, longer for the most premature; WHO scores use it only until 2 years).
   */
  correctedDays: number | null;
  /** Before the due date: gestational age at birth + days since birth (the NICU's "34 + 2 weeks"). */
  postmenstrualDays: number | null;
}

/** The ages a parent reads on a day: the real age and, for a baby born early, the corrected or postmenstrual age. */
export function agesToShow({
  dateOfBirth,
  on,
  gestationalAgeWeeks,
}: {
  dateOfBirth: string;
  on: string;
  gestationalAgeWeeks?: number | undefined;
}): AgesToShow {
  const chronologicalDays = ageInDays(dateOfBirth, on);
  const none = { chronologicalDays, correctedDays: null, postmenstrualDays: null };
  if (gestationalAgeWeeks === undefined || !(gestationalAgeWeeks < PRETERM_BEFORE_WEEKS) || chronologicalDays < 0)
    return none;
  const shift = Math.round((TERM_WEEKS - gestationalAgeWeeks) * 7);
  const correctedDays = chronologicalDays - shift;
  if (correctedDays < 0) {
    return { ...none, postmenstrualDays: Math.round(gestationalAgeWeeks * 7) + chronologicalDays };
  }
  const until = gestationalAgeWeeks < VERY_PRETERM_BEFORE_WEEKS ? 1096 : CORRECT_UNTIL_DAY;
  return chronologicalDays < until ? { ...none, correctedDays } : none;
}
