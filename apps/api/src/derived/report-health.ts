import { dayOf } from "@upnest/care";
import { courseState, lastDayOf } from "@upnest/health";
import type { Allergy, Illness, MedicineCourse, MedicineDose, Temperature, Visit } from "@upnest/schemas";

type Range = { from: string; to: string };
export type HealthSources = {
  courses: readonly MedicineCourse[];
  /** The doses given in the range. */
  doses: readonly MedicineDose[];
  /** The temperatures taken in the range. */
  temperatures: readonly Temperature[];
  illnesses: readonly Illness[];
  allergies: readonly Allergy[];
  visits: readonly Visit[];
};

/** How many of the latest temperatures the report lists besides each illness's highest. */
const LAST_TEMPERATURES = 5;

const overlaps = (start: string, end: string | undefined, range: Range) =>
  start <= range.to && (end === undefined || end >= range.from);

/**
 * The report's health log: the courses of medicine that ran in the range (with how many doses were given in it, and
 * where each stood at the report's end), single doses by medicine, every allergy, the illnesses and visits of the
 * range, and temperatures: the highest of each illness and the last few.
 */
export function reportHealth(sources: HealthSources, range: Range, at: Date, timeZone: string) {
  const courses = sources.courses
    .filter((c) => overlaps(c.startedOn, lastDayOf(c), range))
    .map((course) => {
      const doses = sources.doses.filter((d) => d.courseId === course.courseId);
      const { courseId, name, startedOn, amount, unit, route, everyHours, timesPerDay, days } = course;
      const { minIntervalHours, stoppedOn, prescribedBy, notes } = course;
      const state = courseState(course, doses, at, timeZone);
      return {
        course: { courseId, name, startedOn, amount, unit, route, everyHours, timesPerDay, days, minIntervalHours },
        stoppedOn,
        prescribedBy,
        notes,
        dosesInRange: doses.length,
        ended: state.ended,
        lastDay: state.lastDay,
        plannedDoses: state.plannedDoses,
        lastGivenAt: state.lastGivenAt,
      };
    });
  const single = new Map<string, { name: string; count: number; lastGivenAt: string }>();
  for (const dose of sources.doses.filter((d) => !d.courseId)) {
    const key = dose.name.toLowerCase();
    const seen = single.get(key);
    if (!seen) single.set(key, { name: dose.name, count: 1, lastGivenAt: dose.givenAt });
    else {
      seen.count += 1;
      if (dose.givenAt > seen.lastGivenAt) seen.lastGivenAt = dose.givenAt;
    }
  }
  const illnesses = sources.illnesses
    .filter((i) => overlaps(i.startedOn, i.endedOn, range))
    .map(({ illnessId, startedOn, endedOn, name, symptoms, notes }) => {
      const during = sources.temperatures.filter((t) => {
        const day = dayOf(t.takenAt, timeZone);
        return day >= startedOn && (endedOn === undefined || day <= endedOn);
      });
      const highest = during.reduce<Temperature | undefined>(
        (h, t) => (!h || t.celsius > h.celsius ? t : h),
        undefined,
      );
      return { illnessId, startedOn, endedOn, name, symptoms, notes, highest: highest && temperature(highest) };
    });
  const latest = [...sources.temperatures].sort((a, b) => b.takenAt.localeCompare(a.takenAt));
  return {
    courses,
    singleDoses: [...single.values()].sort((a, b) => b.lastGivenAt.localeCompare(a.lastGivenAt)),
    allergies: sources.allergies.map(({ allergyId, allergen, reaction, severity, noticedOn, notes }) => ({
      allergyId,
      allergen,
      reaction,
      severity,
      noticedOn,
      notes,
    })),
    illnesses,
    temperatures: latest.slice(0, LAST_TEMPERATURES).map(temperature),
    temperatureCount: sources.temperatures.length,
    visits: sources.visits
      .filter((v) => v.visitedOn >= range.from && v.visitedOn <= range.to)
      .map(({ visitId, visitedOn, clinician, reason, wellChild, notes, nextAppointmentOn, nextAppointmentTime }) => ({
        visitId,
        visitedOn,
        clinician,
        reason,
        wellChild,
        notes,
        nextAppointmentOn,
        nextAppointmentTime,
      })),
  };
}

const temperature = ({ takenAt, timeZone, celsius, method }: Temperature) => ({ takenAt, timeZone, celsius, method });
export type ReportHealth = ReturnType<typeof reportHealth>;
