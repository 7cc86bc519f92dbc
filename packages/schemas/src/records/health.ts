import {
  allergyFields,
  allergyRecord,
  illnessFields,
  illnessRecord,
  medicineCourseFields,
  medicineCourseRecord,
  medicineDoseFields,
  medicineDoseRecord,
  temperatureFields,
  temperatureRecord,
  visitFields,
  visitRecord,
} from "../health.ts";
import { defineBabyRecord, notBeforeBirth } from "./define.ts";

/** The health log: medicines, temperatures, illnesses, allergies and visits, each type in its own key range. */
const ZONE = "America/Chicago";

export const medicineCourses = defineBabyRecord({
  kind: "medicineCourses",
  recordType: "medicineCourse",
  label: "Medicine course",
  prefix: "MEDCOURSE",
  idField: "courseId",
  dated: { by: "date", field: "startedOn" },
  values: medicineCourseFields,
  record: medicineCourseRecord,
  csv: [
    "startedOn",
    "name",
    "amount",
    "unit",
    "route",
    "everyHours",
    "timesPerDay",
    "days",
    "minIntervalHours",
    "stoppedOn",
    "prescribedBy",
    "notes",
  ],
  example: {
    name: "Amoxicillin",
    startedOn: "2026-02-01",
    amount: 5,
    unit: "ml",
    route: "oral",
    everyHours: 8,
    days: 7,
    prescribedBy: "Dr Rivera",
  },
  exportLimit: { max: 10_000, message: "At most 10 000 medicine courses per baby" },
  check: notBeforeBirth("startedOn", "Start"),
});

export const medicineDoses = defineBabyRecord({
  kind: "medicineDoses",
  recordType: "medicineDose",
  label: "Medicine dose",
  prefix: "DOSE",
  idField: "doseId",
  dated: { by: "instant", field: "givenAt", zoneField: "timeZone" },
  values: medicineDoseFields,
  record: medicineDoseRecord,
  csv: ["givenAt", "timeZone", "name", "courseId", "amount", "unit", "route", "notes", "labels"],
  readableCsv: ["givenAt", "name", "amount", "unit", "route", "notes", "labels", "timeZone"],
  example: { givenAt: "2026-02-01T14:00:00.000Z", timeZone: ZONE, name: "Paracetamol", amount: 2.5, unit: "ml" },
  exportLimit: { max: 100_000, message: "At most 100 000 medicine doses per baby" },
  check: notBeforeBirth("givenAt", "Time given"),
});

export const temperatures = defineBabyRecord({
  kind: "temperatures",
  recordType: "temperature",
  label: "Temperature",
  prefix: "TEMP",
  idField: "temperatureId",
  dated: { by: "instant", field: "takenAt", zoneField: "timeZone" },
  values: temperatureFields,
  record: temperatureRecord,
  csv: ["takenAt", "timeZone", "celsius", "method", "notes", "labels"],
  example: { takenAt: "2026-02-01T13:30:00.000Z", timeZone: ZONE, celsius: 38.4, method: "rectal" },
  exportLimit: { max: 100_000, message: "At most 100 000 temperatures per baby" },
  check: notBeforeBirth("takenAt", "Time taken"),
});

export const illnesses = defineBabyRecord({
  kind: "illnesses",
  recordType: "illness",
  label: "Illness",
  prefix: "ILL",
  idField: "illnessId",
  dated: { by: "date", field: "startedOn" },
  values: illnessFields,
  record: illnessRecord,
  csv: ["startedOn", "endedOn", "name", "symptoms", "notes"],
  example: { startedOn: "2026-02-01", endedOn: "2026-02-04", name: "Cold", symptoms: ["cough", "runny nose"] },
  exportLimit: { max: 10_000, message: "At most 10 000 illnesses per baby" },
  check: notBeforeBirth("startedOn", "Start"),
});

export const allergies = defineBabyRecord({
  kind: "allergies",
  recordType: "allergy",
  label: "Allergy",
  prefix: "ALLERGY",
  idField: "allergyId",
  dated: { by: "none" },
  values: allergyFields,
  record: allergyRecord,
  csv: ["allergen", "reaction", "severity", "noticedOn", "notes"],
  example: { allergen: "Peanut", reaction: "Hives around the mouth", severity: "moderate", noticedOn: "2026-02-01" },
  exportLimit: { max: 1_000, message: "At most 1 000 allergies per baby" },
  check: notBeforeBirth("noticedOn", "Date noticed"),
});

export const visits = defineBabyRecord({
  kind: "visits",
  recordType: "visit",
  label: "Visit",
  prefix: "VISIT",
  idField: "visitId",
  dated: { by: "date", field: "visitedOn" },
  values: visitFields,
  record: visitRecord,
  csv: ["visitedOn", "clinician", "reason", "wellChild", "notes", "nextAppointmentOn", "nextAppointmentTime"],
  example: {
    visitedOn: "2026-02-01",
    clinician: "Dr Rivera",
    reason: "2-month check-up",
    wellChild: true,
    nextAppointmentOn: "2026-04-01",
    nextAppointmentTime: "09:30",
  },
  exportLimit: { max: 10_000, message: "At most 10 000 visits per baby" },
  check: notBeforeBirth("visitedOn", "Date of the visit"),
});

/** The health log's kinds, in the order the app offers them. */
export const healthRecordTypes = [medicineCourses, medicineDoses, temperatures, illnesses, allergies, visits] as const;
