import { z } from "zod";
import { instant } from "./care.ts";
import { babyRecordOf, clockTime, id, isoDate, isWellFormedDate, labels, shortText } from "./common.ts";
import { timezone } from "./user.ts";

// The health log's values: medicine courses and the doses given, temperatures, illnesses, allergies and visits.
// UpNest records what the family and their clinician decided; it never suggests a medicine, an amount or an interval.

const notes = z.string().trim().max(2000, { error: "Notes must be at most 2000 characters" }).optional();

/** What a medicine's amount is counted in. */
export const MEDICINE_UNITS = [
  "ml",
  "mg",
  "mcg",
  "drops",
  "tablets",
  "puffs",
  "sachets",
  "applications",
  "units",
] as const;
export const medicineUnit = z.enum(MEDICINE_UNITS, { error: "Choose a unit from the list" });
export type MedicineUnit = z.infer<typeof medicineUnit>;

/** How a medicine is given. */
export const MEDICINE_ROUTES = [
  "oral",
  "topical",
  "eye",
  "ear",
  "nasal",
  "inhaled",
  "rectal",
  "injection",
  "other",
] as const;
export const medicineRoute = z.enum(MEDICINE_ROUTES, { error: "Choose how it is given from the list" });
export type MedicineRoute = z.infer<typeof medicineRoute>;

const medicineName = shortText("Medicine", 80);
const amount = z
  .number({ error: "Amount must be a number" })
  .refine(Number.isFinite, { error: "Amount must be a number" })
  .positive({ error: "Amount must be more than 0" })
  .max(10_000, { error: "Amount must be at most 10000" });

/** Hours between doses: from half an hour to three days. */
const hours = (label: string) =>
  z
    .number({ error: `${label} must be a number of hours` })
    .refine(Number.isFinite, { error: `${label} must be a number of hours` })
    .min(0.5, { error: `${label} must be between 0.5 and 72 hours` })
    .max(72, { error: `${label} must be between 0.5 and 72 hours` });

/**
 * A course of medicine as the family was told to give it: every N hours, or N times a day, for N days (or until
 * stopped), with the shortest time allowed between two doses. Only the family's own instructions: UpNest works
 * out "next dose allowed at …" from these numbers and nothing else.
 */
const courseShape = {
  name: medicineName,
  startedOn: isoDate,
  amount: amount.optional(),
  unit: medicineUnit.optional(),
  route: medicineRoute.optional(),
  /** Every N hours… */
  everyHours: hours("Every").optional(),
  /** …or N times a day. */
  timesPerDay: z
    .number({ error: "Times a day must be a number" })
    .int({ error: "Times a day must be a whole number" })
    .min(1, { error: "Times a day must be between 1 and 12" })
    .max(12, { error: "Times a day must be between 1 and 12" })
    .optional(),
  /** For N days; absent: until stopped. */
  days: z
    .number({ error: "Days must be a number" })
    .int({ error: "Days must be a whole number" })
    .min(1, { error: "Days must be between 1 and 365" })
    .max(365, { error: "Days must be between 1 and 365" })
    .optional(),
  /** The shortest time between two doses; absent: the `everyHours` interval, if one is given. */
  minIntervalHours: hours("Minimum interval").optional(),
  /** The course was stopped on this date (earlier than planned, or one without an end). */
  stoppedOn: isoDate.optional(),
  prescribedBy: z.string().trim().max(80, { error: "Prescribed by must be at most 80 characters" }).optional(),
  notes,
};
export const medicineCourseFields = z.object(courseShape).superRefine((c, ctx) => {
  if (c.everyHours === undefined && c.timesPerDay === undefined)
    ctx.addIssue({
      code: "custom",
      path: ["everyHours"],
      message: "Say every how many hours, or how many times a day",
    });
  if (c.everyHours !== undefined && c.timesPerDay !== undefined)
    ctx.addIssue({
      code: "custom",
      path: ["timesPerDay"],
      message: "Give every how many hours or times a day, not both",
    });
  if (c.stoppedOn && isWellFormedDate(c.stoppedOn) && isWellFormedDate(c.startedOn) && c.stoppedOn < c.startedOn)
    ctx.addIssue({ code: "custom", path: ["stoppedOn"], message: "The course cannot stop before it starts" });
});
export type MedicineCourseValues = z.infer<typeof medicineCourseFields>;

/** One dose given: of a course (`courseId`), or on its own (a single dose of paracetamol for a fever). */
const doseShape = {
  givenAt: instant,
  timeZone: timezone,
  name: medicineName,
  courseId: id.optional(),
  amount: amount.optional(),
  unit: medicineUnit.optional(),
  route: medicineRoute.optional(),
  notes,
  labels,
};
export const medicineDoseFields = z.object(doseShape);
export type MedicineDoseValues = z.infer<typeof medicineDoseFields>;

/** Where a temperature was taken (the AAP's list of methods for children). */
export const TEMPERATURE_METHODS = ["rectal", "oral", "axillary", "ear", "forehead"] as const;
export const temperatureMethod = z.enum(TEMPERATURE_METHODS, { error: "Choose how it was taken from the list" });
export type TemperatureMethod = z.infer<typeof temperatureMethod>;

/** Stored in °C to a tenth; a person types and reads °C or °F (their profile's units). */
const temperatureShape = {
  takenAt: instant,
  timeZone: timezone,
  celsius: z
    .number({ error: "Temperature must be a number" })
    .refine(Number.isFinite, { error: "Temperature must be a number" })
    .min(30, { error: "Temperature must be between 30 and 45 °C (86 and 113 °F)" })
    .max(45, { error: "Temperature must be between 30 and 45 °C (86 and 113 °F)" }),
  method: temperatureMethod,
  notes,
  labels,
};
export const temperatureFields = z.object(temperatureShape);
export type TemperatureValues = z.infer<typeof temperatureFields>;

/** An illness episode: from the day it started to the day it ended (absent while it goes on). */
const illnessShape = {
  startedOn: isoDate,
  endedOn: isoDate.optional(),
  name: z.string().trim().max(80, { error: "Name must be at most 80 characters" }).optional(),
  symptoms: z
    .array(
      z
        .string()
        .trim()
        .min(1, { error: "A symptom needs a name" })
        .max(60, { error: "A symptom is at most 60 characters" }),
    )
    .max(20, { error: "At most 20 symptoms" })
    .default([]),
  notes,
};
export const illnessFields = z.object(illnessShape).superRefine((i, ctx) => {
  if (i.endedOn && isWellFormedDate(i.endedOn) && isWellFormedDate(i.startedOn) && i.endedOn < i.startedOn)
    ctx.addIssue({ code: "custom", path: ["endedOn"], message: "The end cannot be before the start" });
});
export type IllnessValues = z.infer<typeof illnessFields>;

export const ALLERGY_SEVERITIES = ["mild", "moderate", "severe"] as const;
export const allergySeverity = z.enum(ALLERGY_SEVERITIES, { error: "Severity must be mild, moderate or severe" });
export type AllergySeverity = z.infer<typeof allergySeverity>;

/** An allergy or intolerance the family or a clinician noticed. */
const allergyShape = {
  allergen: shortText("Allergen", 80),
  reaction: z.string().trim().max(500, { error: "Reaction must be at most 500 characters" }).optional(),
  severity: allergySeverity,
  noticedOn: isoDate.optional(),
  notes,
};
export const allergyFields = z.object(allergyShape);
export type AllergyValues = z.infer<typeof allergyFields>;

/** A visit to a clinician: when, with whom, why, what was said, and the next appointment if one was made. */
const visitShape = {
  visitedOn: isoDate,
  clinician: z.string().trim().max(80, { error: "Clinician must be at most 80 characters" }).optional(),
  reason: z.string().trim().max(200, { error: "Reason must be at most 200 characters" }).optional(),
  /** A well-child (Bright Futures) check-up rather than a visit for an illness. */
  wellChild: z.boolean({ error: "Say whether it was a check-up" }).default(false),
  notes,
  nextAppointmentOn: isoDate.optional(),
  /** The next appointment's time on the family's clock (the baby's zone). */
  nextAppointmentTime: clockTime.optional(),
};
export const visitFields = z.object(visitShape).superRefine((v, ctx) => {
  if (v.nextAppointmentTime && !v.nextAppointmentOn)
    ctx.addIssue({ code: "custom", path: ["nextAppointmentOn"], message: "Enter the date of the next appointment" });
  if (
    v.nextAppointmentOn &&
    isWellFormedDate(v.nextAppointmentOn) &&
    isWellFormedDate(v.visitedOn) &&
    v.nextAppointmentOn < v.visitedOn
  )
    ctx.addIssue({
      code: "custom",
      path: ["nextAppointmentOn"],
      message: "The next appointment must be after the visit",
    });
});
export type VisitValues = z.infer<typeof visitFields>;

export const medicineCourseRecord = babyRecordOf("courseId", courseShape);
export const medicineDoseRecord = babyRecordOf("doseId", doseShape);
export const temperatureRecord = babyRecordOf("temperatureId", temperatureShape);
export const illnessRecord = babyRecordOf("illnessId", illnessShape);
export const allergyRecord = babyRecordOf("allergyId", allergyShape);
export const visitRecord = babyRecordOf("visitId", visitShape);
export type MedicineCourse = z.infer<typeof medicineCourseRecord>;
export type MedicineDose = z.infer<typeof medicineDoseRecord>;
export type Temperature = z.infer<typeof temperatureRecord>;
export type Illness = z.infer<typeof illnessRecord>;
export type Allergy = z.infer<typeof allergyRecord>;
export type Visit = z.infer<typeof visitRecord>;
