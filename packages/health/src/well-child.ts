import { addDays, addMonths, addYears, format } from "date-fns";

/**
 * Well-child (preventive) visits by the American Academy of Pediatrics' Bright Futures "Recommendations for
 * Preventive Pediatric Health Care" (the periodicity schedule, AAP and Bright Futures, 2025 revision): after the
 * newborn visit, at 3–5 days, by 1 month, 2, 4, 6, 9, 12, 15, 18, 24 and 30 months, 3 years, then every year to 21.
 * By chronological age, as the schedule is written (a preterm baby's visits are not moved to the due date).
 * UpNest shows these as the usual times for a check-up; the family's clinician sets the actual appointments.
 */
export type WellChildVisitKey =
  | "3-5-days"
  | "1-month"
  | `${2 | 4 | 6 | 9 | 12 | 15 | 18 | 24 | 30}-months`
  | `${number}-years`;

export type WellChildVisit = {
  key: WellChildVisitKey;
  /** The age the visit is at, in its own unit, for wording ("2 months", "3 years"). */
  age: { days: number } | { months: number } | { years: number };
  /** The date the baby reaches that age (3–5 days: the third day). */
  dueOn: string;
  /** The last date the schedule's window for it covers (3–5 days: the fifth day; otherwise the day before the next). */
  windowEndsOn: string;
};

const MONTHS = [1, 2, 4, 6, 9, 12, 15, 18, 24, 30] as const;
const LAST_YEAR = 21;

const iso = (d: Date) => format(d, "yyyy-MM-dd");
const dateOf = (day: string) => {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
};

/** Every visit of the schedule for a baby born on `dateOfBirth`, in order. */
export function wellChildSchedule(dateOfBirth: string): WellChildVisit[] {
  const birth = dateOf(dateOfBirth);
  const starts: Omit<WellChildVisit, "windowEndsOn">[] = [
    { key: "3-5-days", age: { days: 3 }, dueOn: iso(addDays(birth, 3)) },
    ...MONTHS.map((months) => ({
      key: (months === 1 ? "1-month" : `${months}-months`) as WellChildVisitKey,
      age: { months },
      dueOn: iso(addMonths(birth, months)),
    })),
  ];
  for (let years = 3; years <= LAST_YEAR; years++)
    starts.push({ key: `${years}-years`, age: { years }, dueOn: iso(addYears(birth, years)) });
  return starts.map((visit, i) => {
    const next = starts[i + 1];
    const windowEndsOn =
      visit.key === "3-5-days"
        ? iso(addDays(birth, 5))
        : next
          ? iso(addDays(dateOf(next.dueOn), -1))
          : iso(addDays(addYears(birth, LAST_YEAR + 1), -1));
    return { ...visit, windowEndsOn };
  });
}

const DAY = 86_400_000;
const daysApart = (a: string, b: string) => Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / DAY;

/** The visit of `schedule` a check-up on `day` was: the one due nearest to it (a little early or late counts). */
export function visitOfCheckUp(schedule: readonly WellChildVisit[], day: string): WellChildVisit | undefined {
  let nearest: WellChildVisit | undefined;
  for (const visit of schedule)
    if (!nearest || daysApart(visit.dueOn, day) < daysApart(nearest.dueOn, day)) nearest = visit;
  return nearest;
}

/**
 * The next visit of the schedule on or after `today` (the one whose window has not closed), if any is left; a visit
 * a recorded check-up (`checkUpsOn`: the dates of the family's well-child visits) already was is skipped.
 */
export function nextWellChildVisit(
  dateOfBirth: string,
  today: string,
  checkUpsOn: readonly string[] = [],
): WellChildVisit | undefined {
  const schedule = wellChildSchedule(dateOfBirth);
  const done = new Set(checkUpsOn.map((day) => visitOfCheckUp(schedule, day)?.key));
  return schedule.find((v) => v.windowEndsOn >= today && !done.has(v.key));
}
