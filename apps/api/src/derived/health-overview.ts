import { type CourseState, courseState, earlyBy, nextWellChildVisit, wellChildSchedule } from "@upnest/health";
import type {
  Allergy,
  Baby,
  Illness,
  MedicineCourse,
  MedicineDose,
  Temperature,
  Vaccination,
  Visit,
} from "@upnest/schemas";
import { vaccinationStatus } from "./vaccination-status.ts";

/** How many of a course's doses (the newest) the overview lists, and of the single doses. */
export const RECENT_DOSES = 20;

export type HealthRead = {
  baby: Pick<Baby, "dateOfBirth" | "sex" | "vaccinationSchedule" | "conditions" | "maternalRsvVaccine">;
  timeZone: string;
  now: Date;
  today: string;
  courses: MedicineCourse[];
  /** The doses since the earliest active course began (and at least the last week's), oldest first. */
  doses: MedicineDose[];
  allergies: Allergy[];
  /** The newest temperature, if any. */
  lastTemperature: Temperature | undefined;
  /** The newest illnesses, newest first. */
  illnesses: Illness[];
  visits: Visit[];
  vaccinations: Vaccination[];
  /** The birth weight for the vaccination engine (the measurement on the date of birth), if one was recorded. */
  birthWeightGrams: number | null;
};

/** A dose as the overview lists it: with how long before the course allowed it it was given (0: not early). */
export type ListedDose = MedicineDose & { earlyByMs: number };

/**
 * The Health page in one answer, computed on read from the family's own records: each course of medicine with
 * where it stands (next dose allowed and due, from the course's numbers alone) and its recent doses marked when
 * early; the allergies; the newest temperature and an illness still going on; and the next Bright Futures check-up
 * with the vaccine groups whose next dose is recommended by the end of its window and that are not complete.
 */
export function healthOverview(read: HealthRead) {
  const courses = read.courses.map((course) => {
    const own = read.doses.filter((d) => d.courseId === course.courseId);
    const state: CourseState = courseState(course, own, read.now, read.timeZone);
    const doses: ListedDose[] = own
      .slice(-RECENT_DOSES)
      .reverse()
      .map((d) => ({ ...d, earlyByMs: earlyBy(course, own, d.givenAt) }));
    return { course, state, doses };
  });
  // Courses still running first (the newest first within each group).
  courses.sort(
    (a, b) => Number(a.state.ended) - Number(b.state.ended) || b.course.startedOn.localeCompare(a.course.startedOn),
  );

  const singleDoses = read.doses
    .filter((d) => !d.courseId)
    .slice(-RECENT_DOSES)
    .reverse();

  const checkUps = read.visits.filter((v) => v.wellChild).map((v) => v.visitedOn);
  const next = nextWellChildVisit(read.baby.dateOfBirth, read.today, checkUps);
  const vaccines = next
    ? vaccinationStatus(read.baby, read.vaccinations, read.today, read.birthWeightGrams)
        .groups.filter(
          (g) =>
            (g.status === "due" || g.status === "overdue" || g.status === "upcoming") &&
            g.nextDose !== null &&
            g.nextDose.dueFrom <= next.windowEndsOn,
        )
        .map((g) => g.vaccineGroup)
    : [];

  return {
    timeZone: read.timeZone,
    now: read.now.toISOString(),
    courses,
    singleDoses,
    allergies: read.allergies,
    wellChild: {
      next: next ? { ...next, vaccines } : null,
      schedule: wellChildSchedule(read.baby.dateOfBirth),
    },
    lastTemperature: read.lastTemperature ?? null,
    openIllness: read.illnesses.find((i) => !i.endedOn) ?? null,
  };
}
