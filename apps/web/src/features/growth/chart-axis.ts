// The age axis of a growth chart: chronological age from birth, in the unit that reads best for the stretch shown
// (weeks for the first months, months to 3 years, years to 20), with ticks on whole steps of that unit.

/** Days in WHO's month (365.25 / 12) and in a year of 365.25 days. */
export const DAYS_PER_MONTH = 30.4375;
export const DAYS_PER_YEAR = 365.25;

export type AgeUnit = "weeks" | "months" | "years";
const DAYS_PER: Record<AgeUnit, number> = { weeks: 7, months: DAYS_PER_MONTH, years: DAYS_PER_YEAR };

/** Up to 13 weeks the axis counts weeks, up to 3½ years months (every 6 past 2 years), then years. */
export function ageUnitFor(lastDay: number): AgeUnit {
  if (lastDay <= 91) return "weeks";
  if (lastDay <= 42 * DAYS_PER_MONTH) return "months";
  return "years";
}

/** Days since birth in the axis unit (fractional). */
export const daysIn = (days: number, unit: AgeUnit) => days / DAYS_PER[unit];

/** The steps a tick may take in each unit, smallest first: a step parents count in (2 weeks, 6 months, 5 years). */
const STEPS: Record<AgeUnit, number[]> = { weeks: [1, 2, 4], months: [1, 2, 3, 6], years: [1, 2, 5] };

/** The smallest step of the unit that cuts `span` into at most `most` parts. */
export function ageStep(span: number, unit: AgeUnit, most = 8): number {
  const steps = STEPS[unit];
  return steps.find((step) => span / step <= most) ?? steps[steps.length - 1] ?? 1;
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

export function ticks(from: number, to: number, step: number): number[] {
  const out: number[] = [];
  // (+ 0 turns the -0 of Math.ceil(-1e-9) into 0.)
  for (let t = Math.ceil(from / step - 1e-9) * step + 0; t <= to + 1e-9; t += step) out.push(round(t, 6));
  return out;
}

/**
 * The age axis for charts that end at `lastDay` days: its unit, where it ends (a whole step, or the last day
 * when that is a few days short of one) and its ticks from 0.
 */
export function ageAxis(lastDay: number): { unit: AgeUnit; end: number; ticks: number[] } {
  const unit = ageUnitFor(lastDay);
  const last = daysIn(Math.max(lastDay, 1), unit);
  const step = ageStep(last, unit);
  // Curves are sampled every few days: an end a little short of a whole unit is drawn to that unit.
  const end = last % 1 >= 0.85 ? Math.ceil(last) : round(last, 4);
  return { unit, end, ticks: ticks(0, end, step) };
}

/** The smallest of 0.5, 1, 2, 5, 10, 20 that cuts `span` into at most `most` parts (the value axis). */
export function niceStep(span: number, most: number): number {
  for (const step of [0.5, 1, 2, 5, 10, 20]) if (span / step <= most) return step;
  return 50;
}
