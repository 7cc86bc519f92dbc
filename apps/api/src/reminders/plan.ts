import { TZDate } from "@date-fns/tz";
import { shiftDay } from "@upnest/care";
import type { BabyFacts, PlannedReminder } from "@upnest/db";
import { courseState } from "@upnest/health";
import type { MedicineCourse, MedicineDose, ReminderTopic, Vaccination, Visit } from "@upnest/schemas";
import { todayIn } from "../derived/today.ts";
import { vaccinationStatus } from "../derived/vaccination-status.ts";

// What a baby's reminders are, from its data alone (pure: the planner and the job read the data, this decides).
// - Vaccines: the vaccination engine's next dose of each group (its recommended date); the groups due on one date
//   make one reminder, the day before at 09:00 on the baby's clock ("due tomorrow").
// - Medicines: a running course's next dose (`courseState(...).dueAt`, from the family's own numbers), at that moment.
// - Visits: a visit's next appointment, the day before at 09:00 on the baby's clock (the time, if entered, is said).
// A reminder's id names what it is about and when, so planning again gives the same ids, and a reminder whose
// thing moved or was done simply is not among the baby's reminders any more.

/** How far ahead the planner writes reminders. */
export const PLAN_DAYS = 60;
/** The hour of the day before when date reminders (vaccines, visits) are sent, on the baby's clock. */
export const DAY_BEFORE_AT = "09:00";

export type BabyData = {
  baby: Pick<
    BabyFacts,
    "name" | "dateOfBirth" | "sex" | "vaccinationSchedule" | "timeZone" | "conditions" | "maternalRsvVaccine"
  >;
  vaccinations?: Vaccination[];
  /** The birth weight (the measurement on the date of birth), read with the vaccinations. */
  birthWeightGrams?: number | null;
  courses?: MedicineCourse[];
  doses?: MedicineDose[];
  visits?: Visit[];
};

/** A reminder with what its message says: which vaccine groups, which medicine, which clinician and time. */
export type Reminder = PlannedReminder & {
  vaccines?: string[];
  medicine?: string;
  clinician?: string;
  /** The appointment's time (HH:MM on the baby's clock), when entered. */
  time?: string;
};

const zoneOf = (data: BabyData) => data.baby.timeZone ?? "UTC";

/** A wall-clock time on a date in a zone, as a UTC instant. */
export function instantAt(day: string, clock: string, timeZone: string): string {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const [h, min] = clock.split(":").map(Number) as [number, number];
  return new Date(new TZDate(y, m - 1, d, h, min, 0, timeZone).getTime()).toISOString();
}

/** The statuses of a dose still to book: complete, no longer given, not needed and not advised are not. */
const TO_BOOK = new Set(["due", "overdue", "upcoming"]);

function vaccineReminders(data: BabyData, now: Date): Reminder[] {
  const today = todayIn(zoneOf(data), now);
  const status = vaccinationStatus(data.baby, data.vaccinations ?? [], today, data.birthWeightGrams ?? null);

  const byDate = new Map<string, string[]>();
  for (const group of status.groups) {
    const due = group.nextDose?.dueFrom;
    if (!due || !TO_BOOK.has(group.status)) continue;
    byDate.set(due, [...(byDate.get(due) ?? []), group.vaccineGroup]);
  }
  return [...byDate].map(([date, groups]) => ({
    reminderId: `vaccines:${date}`,
    topic: "vaccines",
    at: instantAt(shiftDay(date, -1), DAY_BEFORE_AT, zoneOf(data)),
    dueAt: date,
    vaccines: groups.sort(),
  }));
}

function medicineReminders(data: BabyData, now: Date): Reminder[] {
  const out: Reminder[] = [];
  for (const course of data.courses ?? []) {
    const doses = (data.doses ?? []).filter((d) => d.courseId === course.courseId);
    const { dueAt } = courseState(course, doses, now, zoneOf(data));
    if (dueAt)
      out.push({
        reminderId: `dose:${course.courseId}:${dueAt}`,
        topic: "medicines",
        at: dueAt,
        dueAt,
        medicine: course.name,
      });
  }
  return out;
}

function visitReminders(data: BabyData): Reminder[] {
  return (data.visits ?? []).flatMap((visit): Reminder[] =>
    visit.nextAppointmentOn
      ? [
          {
            reminderId: `visit:${visit.visitId}:${visit.nextAppointmentOn}`,
            topic: "visits",
            at: instantAt(shiftDay(visit.nextAppointmentOn, -1), DAY_BEFORE_AT, zoneOf(data)),
            dueAt: visit.nextAppointmentOn,
            ...(visit.clinician ? { clinician: visit.clinician } : {}),
            ...(visit.nextAppointmentTime ? { time: visit.nextAppointmentTime } : {}),
          },
        ]
      : [],
  );
}

/** Every reminder the baby's data gives for these topics now, whenever it is to be sent. */
export function remindersOf(data: BabyData, now: Date, topics: readonly ReminderTopic[]): Reminder[] {
  return [
    ...(topics.includes("vaccines") ? vaccineReminders(data, now) : []),
    ...(topics.includes("medicines") ? medicineReminders(data, now) : []),
    ...(topics.includes("visits") ? visitReminders(data) : []),
  ];
}

/**
 * The reminders to write to the schedule: those to be sent from an hour ago (the job's catch-up still finds them)
 * to PLAN_DAYS ahead, soonest first.
 */
export function plan(data: BabyData, now: Date, topics: readonly ReminderTopic[]): Reminder[] {
  const from = now.getTime() - 3600_000;
  const until = now.getTime() + PLAN_DAYS * 24 * 3600_000;
  return remindersOf(data, now, topics)
    .filter((r) => Date.parse(r.at) >= from && Date.parse(r.at) <= until)
    .sort((a, b) => a.at.localeCompare(b.at));
}
