/** Health log records of every kind, for the tests of export, import and CSV. */
import { CHICAGO, MADRID } from "./care-samples.ts";

/**
 * Records of every health kind, each value a person can give. Times are whole minutes, so the file for people
 * (local times) reads back to the same values as the machine form; temperatures are to a tenth of a degree.
 */
export const HEALTH_SAMPLES: Record<string, Record<string, unknown>[]> = {
  medicineCourses: [
    {
      name: "Amoxicillin",
      startedOn: "2026-02-01",
      amount: 5,
      unit: "ml",
      route: "oral",
      everyHours: 8,
      days: 7,
      minIntervalHours: 6,
      prescribedBy: "Dr Rivera",
      notes: "With food",
    },
    {
      name: "Eye drops",
      startedOn: "2026-02-10",
      amount: 1,
      unit: "drops",
      route: "eye",
      timesPerDay: 4,
      stoppedOn: "2026-02-12",
    },
  ],
  medicineDoses: [
    {
      givenAt: "2026-02-01T14:00:00.000Z",
      timeZone: CHICAGO,
      name: "Paracetamol",
      amount: 2.5,
      unit: "ml",
      route: "oral",
    },
    { givenAt: "2026-02-02T09:30:00.000Z", timeZone: MADRID, name: "Ibuprofen", notes: "Before the nap" },
  ],
  temperatures: [
    { takenAt: "2026-02-01T13:30:00.000Z", timeZone: CHICAGO, celsius: 38.4, method: "rectal" },
    {
      takenAt: "2026-02-02T07:00:00.000Z",
      timeZone: MADRID,
      celsius: 37.2,
      method: "axillary",
      notes: "After the bath",
    },
  ],
  illnesses: [
    { startedOn: "2026-02-01", endedOn: "2026-02-04", name: "Cold", symptoms: ["cough", "runny nose"] },
    { startedOn: "2026-03-01", symptoms: [], notes: "Still going on" },
  ],
  allergies: [
    { allergen: "Peanut", reaction: "Hives around the mouth", severity: "moderate", noticedOn: "2026-02-01" },
    { allergen: "Penicillin", severity: "severe" },
  ],
  visits: [
    {
      visitedOn: "2026-02-01",
      clinician: "Dr Rivera",
      reason: "2-month check-up",
      wellChild: true,
      nextAppointmentOn: "2026-04-01",
      nextAppointmentTime: "09:30",
    },
    { visitedOn: "2026-02-15", reason: "Ear pain", wellChild: false, notes: "Drops for a week" },
  ],
};
