import { dayBounds, dayOf, shiftDay } from "@upnest/care";
import type { MedicineCourseValues } from "@upnest/schemas";

// A course of medicine as the family entered it, and what follows from its own numbers alone: when the next dose is
// due, the earliest it is allowed, and whether a dose came too early. UpNest never supplies a dose, an interval or a
// limit of its own: with no interval entered, nothing is allowed-at or due.

const HOUR = 3600_000;

export type CourseRules = Pick<
  MedicineCourseValues,
  "startedOn" | "everyHours" | "timesPerDay" | "days" | "minIntervalHours" | "stoppedOn"
>;
export type GivenDose = { givenAt: string };

/** Hours between doses as the course spaces them: every N hours, or a day shared by N doses. */
export const spacingHours = (course: CourseRules) =>
  course.everyHours ?? (course.timesPerDay ? 24 / course.timesPerDay : undefined);

/** The shortest time the course allows between two doses: the one entered, else its every-N-hours interval. */
export const minimumIntervalHours = (course: CourseRules) => course.minIntervalHours ?? course.everyHours;

/** The course's last day (the family's calendar): N days from its start, or the day it was stopped if earlier. */
export function lastDayOf(course: CourseRules): string | undefined {
  const planned = course.days ? shiftDay(course.startedOn, course.days - 1) : undefined;
  if (planned && course.stoppedOn) return [planned, course.stoppedOn].sort()[0];
  return planned ?? course.stoppedOn;
}

/** How many doses the course plans in all, when it has an end and a spacing (7 days of every 8 hours: 21). */
export function plannedDoses(course: CourseRules): number | undefined {
  if (!course.days) return undefined;
  if (course.timesPerDay) return course.days * course.timesPerDay;
  return course.everyHours ? Math.floor((course.days * 24) / course.everyHours) : undefined;
}

const byTime = (doses: readonly GivenDose[]) => [...doses].sort((a, b) => a.givenAt.localeCompare(b.givenAt));

/**
 * The earliest moment the course allows a dose after `doses` (those of this course): the minimum interval after the
 * last one, and with "N times a day", not more than N in any 24 hours. Undefined when nothing limits it.
 */
export function allowedAfter(course: CourseRules, doses: readonly GivenDose[]): number | undefined {
  const sorted = byTime(doses);
  const last = sorted.at(-1);
  if (!last) return undefined;
  const limits: number[] = [];
  const interval = minimumIntervalHours(course);
  if (interval !== undefined) limits.push(Date.parse(last.givenAt) + interval * HOUR);
  if (course.timesPerDay && sorted.length >= course.timesPerDay) {
    const nthLatest = sorted[sorted.length - course.timesPerDay];
    if (nthLatest) limits.push(Date.parse(nthLatest.givenAt) + 24 * HOUR);
  }
  return limits.length ? Math.max(...limits) : undefined;
}

export type CourseState = {
  dosesGiven: number;
  plannedDoses: number | undefined;
  lastGivenAt: string | undefined;
  /** The earliest the course allows the next dose ("Next dose allowed at …"). */
  allowedAt: string | undefined;
  /** When the course says the next dose is due (the last dose + its spacing), while the course runs. */
  dueAt: string | undefined;
  /** The course's last day has passed, it was stopped (on or before today), or every planned dose was given. */
  ended: boolean;
  lastDay: string | undefined;
  /** Which day of the course `now` is on the family's calendar (1: the day it started). */
  day: number;
};

const dayNumber = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;

/** Where a course stands at `now`, on the family's calendar (`timeZone`). */
export function courseState(
  course: CourseRules,
  doses: readonly GivenDose[],
  now: Date,
  timeZone: string,
): CourseState {
  const sorted = byTime(doses);
  const last = sorted.at(-1);
  const lastDay = lastDayOf(course);
  const planned = plannedDoses(course);
  const today = dayOf(now, timeZone);
  // Stopped means no more doses from the day it was stopped; a planned end, after its last day.
  const ended =
    (lastDay !== undefined && today > lastDay) ||
    (course.stoppedOn !== undefined && today >= course.stoppedOn) ||
    (planned !== undefined && sorted.length >= planned);
  const allowed = allowedAfter(course, sorted);
  const spacing = spacingHours(course);
  let due = last && spacing !== undefined && !ended ? Date.parse(last.givenAt) + spacing * HOUR : undefined;
  // A dose due after the course's last day is not due at all.
  if (due !== undefined && lastDay !== undefined && due >= Date.parse(dayBounds(lastDay, timeZone).end))
    due = undefined;
  return {
    dosesGiven: sorted.length,
    plannedDoses: planned,
    lastGivenAt: last?.givenAt,
    allowedAt: allowed === undefined || ended ? undefined : new Date(allowed).toISOString(),
    dueAt: due === undefined ? undefined : new Date(due).toISOString(),
    ended,
    lastDay,
    day: dayNumber(course.startedOn, today),
  };
}

/**
 * How many milliseconds before the course allowed it a dose at `givenAt` would be (0: not early), judged from the
 * course's doses before that moment.
 */
export function earlyBy(course: CourseRules, doses: readonly GivenDose[], givenAt: string): number {
  const before = doses.filter((d) => d.givenAt < givenAt);
  const allowed = allowedAfter(course, before);
  return allowed === undefined ? 0 : Math.max(0, allowed - Date.parse(givenAt));
}
