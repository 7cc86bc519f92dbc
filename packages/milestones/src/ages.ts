// Which checklist a child's age points to. Ages arrive in whole days (the app's
// unit everywhere); checklists are in months, so days become whole months first.

/** The ages, in months, that have a CDC checklist (2022 revision). */
export const CHECKLIST_AGES: readonly number[] = Object.freeze([2, 4, 6, 9, 12, 15, 18, 24, 30, 36, 48, 60]);

/**
 * An average month: 365.25 / 12 days, the same month @upnest/growth uses. It is
 * 487/16, exact in binary, so day counts on a month boundary divide exactly.
 */
export const DAYS_PER_MONTH = 30.4375;

/**
 * Completed months at an age in days: floor(days / 30.4375). Two months is
 * 60.875 days, so day 60 is still 1 month and day 61 is 2; 24 months is 730.5
 * days, so day 730 is 23 months and day 731 is 24. Throws RangeError for a
 * non-finite age (a caller bug, not a data case).
 */
export function wholeMonths(ageInDays: number): number {
  if (!Number.isFinite(ageInDays)) throw new RangeError(`age in days must be a finite number, got ${ageInDays}`);
  return Math.floor(ageInDays / DAYS_PER_MONTH);
}

/**
 * The checklist a child of this age should be looking at: the latest checklist
 * age already reached. Null before 2 months (under 61 days), including negative
 * corrected ages of preterm babies before their due date. Between two checklists
 * the earlier one stays current (its milestones are what most children already
 * do); nextChecklistAge gives the one coming up. After 60 months the 60-month
 * checklist stays current.
 */
export function checklistAgeFor(ageInDays: number): number | null {
  const months = wholeMonths(ageInDays);
  let current: number | null = null;
  for (const age of CHECKLIST_AGES) {
    if (age > months) break;
    current = age;
  }
  return current;
}

/** The first checklist age not yet reached; null from 60 months on. */
export function nextChecklistAge(ageInDays: number): number | null {
  const months = wholeMonths(ageInDays);
  return CHECKLIST_AGES.find((age) => age > months) ?? null;
}
