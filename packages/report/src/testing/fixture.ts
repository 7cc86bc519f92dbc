import { buildReport, type ReportSources } from "@upnest/api/report-data";
import type { CareEntry } from "@upnest/care";
import { valueAtZ } from "@upnest/growth";
import {
  allergies,
  diapers,
  feedings,
  illnesses,
  measurements,
  medicineCourses,
  medicineDoses,
  milestones,
  sleeps,
  temperatures,
  vaccinations,
  visits,
} from "@upnest/schemas";

// A report made from records, not typed numbers: the measurements lie on WHO's curves at corrected age (via
// @upnest/growth), and the API's own builder scores them and asks the CDSi engine about the vaccines.

const ZONE = "Europe/Madrid";
const DAY = 86_400_000;
const day = (from: string, n: number) => new Date(Date.parse(from) + Math.round(n) * DAY).toISOString().slice(0, 10);
let n = 0;
const meta = (babyId: string) => ({
  babyId,
  createdBy: "fixture",
  createdAt: "2026-01-01T00:00:00.000Z",
  updatedAt: "2026-01-01T00:00:00.000Z",
  version: 1,
});
const id = () => `01JFX${String(++n).padStart(21, "0")}`;

export type Fixture = { months: number; born: string; today: string; gestationalAgeWeeks: number };

/** A preterm girl (born at 33 weeks) with `months` of measurements, vaccines, milestones, medicine and care entries. */
export function pretermReport({ months, born, today, gestationalAgeWeeks }: Fixture) {
  const babyId = `01JFB${"0".repeat(21)}`;
  const m = meta(babyId);
  const correction = Math.round((40 - gestationalAgeWeeks) * 7);
  const until = day(born, months * 30.4375);
  // Fortnightly for three months, then monthly; a slow catch-up from the 10th towards the 35th percentile.
  const ages = [0, 7, 14, 28, 42, 56, 70, 84];
  for (let d = 122; d <= months * 30.4375; d += 30.4375) ages.push(Math.round(d));
  const scored = (
    indicator: "weight-for-age" | "length-for-age" | "head-circumference-for-age",
    at: number,
    z: number,
  ) => valueAtZ({ indicator, sex: "female", at: Math.max(0, at), z }) ?? 1;
  const round = (v: number, digits: number) => Math.round(v * 10 ** digits) / 10 ** digits;
  const measured = ages.map((age) => {
    const corrected = age - correction;
    const z = -1.3 + Math.min(1, age / 540) * 0.9;
    // Before the due date WHO has no curve: a preterm baby's weight rises from 1.9 kg to the curve at term.
    const early = corrected < 0 ? 1 + corrected / correction : 1;
    const weight =
      corrected < 0 ? 1.9 + (scored("weight-for-age", 0, z) - 1.9) * early : scored("weight-for-age", corrected, z);
    return measurements.record.parse({
      ...m,
      measurementId: id(),
      measuredOn: day(born, age),
      weightKg: round(weight, 3),
      lengthCm: round(corrected < 0 ? 43 + 5 * early : scored("length-for-age", corrected, z + 0.2), 1),
      lengthMethod: age > 730 ? "standing" : "lying",
      headCircumferenceCm: round(
        corrected < 0 ? 30 + 3.5 * early : scored("head-circumference-for-age", corrected, z + 0.4),
        1,
      ),
    });
  });
  // The CDC schedule by chronological age, and an MMR given at 11 months: too early to count.
  const shots: [number, string[]][] = [
    [0, ["08"]],
    [61, ["110", "49", "133", "116"]],
    [122, ["110", "49", "133", "116"]],
    [183, ["110", "133", "116"]],
    [335, ["03"]],
    [366, ["49", "133", "21", "83"]],
    [457, ["20"]],
  ];
  const doses = shots
    .flatMap(([age, cvxs]) => cvxs.map((cvx) => ({ age, cvx })))
    .filter(({ age }) => day(born, age) <= until)
    .map(({ age, cvx }) =>
      vaccinations.record.parse({
        ...m,
        vaccinationId: id(),
        dateGiven: day(born, age),
        cvx,
        clinic: "Centro de salud",
      }),
    );
  const reached = (
    [
      ["m02-social-calms-when-spoken-to", 95],
      ["m02-movement-opens-hands", 110],
      ["m04-language-sounds-back", 160],
      ["m06-social-likes-mirror", 240],
      ["m09-movement-gets-to-sitting", 330],
      ["m12-language-waves-bye", 420],
      ["m12-movement-pulls-to-stand", 440],
      ["m15-movement-takes-steps", 520],
    ] as const
  )
    .filter(([, age]) => age <= months * 30.4375)
    .map(([milestoneId, age]) =>
      milestones.record.parse({ ...m, milestoneRecordId: id(), milestoneId, achievedOn: day(born, age) }),
    );
  reached.push(
    milestones.record.parse({
      ...m,
      milestoneRecordId: id(),
      title: "Primer baño en el mar",
      achievedOn: day(born, 400),
    }),
  );
  const courseStart = day(until, -40);
  const course = medicineCourses.record.parse({
    ...m,
    courseId: id(),
    name: "Amoxicilina",
    startedOn: courseStart,
    amount: 4,
    unit: "ml",
    route: "oral",
    everyHours: 8,
    days: 7,
    prescribedBy: "Dra. Núñez",
  });
  const courseDoses = Array.from({ length: 20 }, (_, i) =>
    medicineDoses.record.parse({
      ...m,
      doseId: id(),
      givenAt: new Date(Date.parse(`${courseStart}T07:00:00Z`) + i * 8 * 3600_000).toISOString(),
      timeZone: ZONE,
      name: "Amoxicilina",
      courseId: course.courseId,
      amount: 4,
      unit: "ml",
    }),
  );
  const fever = medicineDoses.record.parse({
    ...m,
    doseId: id(),
    givenAt: `${courseStart}T02:00:00.000Z`,
    timeZone: ZONE,
    name: "Paracetamol",
    amount: 2.5,
    unit: "ml",
  });
  const temps = [38.9, 39.2, 38.1].map((celsius, i) =>
    temperatures.record.parse({
      ...m,
      temperatureId: id(),
      takenAt: `${day(courseStart, i - 1)}T19:00:00.000Z`,
      timeZone: ZONE,
      celsius,
      method: "rectal",
    }),
  );
  const care: CareEntry[] = [];
  for (let d = 0; d < 30; d++) {
    const on = day(until, -d);
    for (const hour of ["06", "10", "14", "18", "21"])
      care.push({
        kind: "feedings",
        record: feedings.record.parse({
          ...m,
          feedingId: id(),
          startedAt: `${on}T${hour}:00:00.000Z`,
          timeZone: ZONE,
          method: "bottle",
          amountMl: 180,
          milk: "formula",
        }),
      } as CareEntry);
    for (const hour of ["07", "12", "17", "20"])
      care.push({
        kind: "diapers",
        record: diapers.record.parse({
          ...m,
          diaperId: id(),
          at: `${on}T${hour}:30:00.000Z`,
          timeZone: ZONE,
          contents: hour === "12" ? "both" : "wet",
        }),
      } as CareEntry);
    care.push({
      kind: "sleeps",
      record: sleeps.record.parse({
        ...m,
        sleepId: id(),
        startedAt: `${on}T11:00:00.000Z`,
        endedAt: `${on}T12:30:00.000Z`,
        timeZone: ZONE,
        kind: "nap",
      }),
    } as CareEntry);
  }
  const sources: ReportSources = {
    baby: {
      name: "Lucía Fernández",
      dateOfBirth: born,
      sex: "female",
      gestationalAgeWeeks,
      vaccinationSchedule: "cdc",
    },
    range: { from: born, to: until },
    today,
    now: new Date(`${today}T10:00:00.000Z`),
    timeZone: ZONE,
    madeBy: "Marta Fernández",
    measurements: measured,
    vaccinations: doses,
    milestones: reached,
    courses: [course],
    doses: [fever, ...courseDoses],
    temperatures: temps,
    illnesses: [
      illnesses.record.parse({
        ...m,
        illnessId: id(),
        startedOn: day(courseStart, -1),
        endedOn: day(courseStart, 6),
        name: "Otitis media",
        symptoms: ["fiebre", "irritable"],
      }),
    ],
    allergies: [
      allergies.record.parse({
        ...m,
        allergyId: id(),
        allergen: "Proteína de leche de vaca",
        reaction: "Urticaria y vómitos",
        severity: "moderate",
        noticedOn: day(born, 200),
      }),
    ],
    visits: [
      visits.record.parse({
        ...m,
        visitId: id(),
        visitedOn: day(born, 366),
        clinician: "Dra. Núñez",
        reason: "Revisión de los 12 meses",
        wellChild: true,
      }),
      visits.record.parse({
        ...m,
        visitId: id(),
        visitedOn: day(courseStart, 0),
        clinician: "Dra. Núñez",
        reason: "Otitis",
        wellChild: false,
        nextAppointmentOn: day(until, 20),
        nextAppointmentTime: "09:30",
      }),
    ],
    care,
  };
  return buildReport(sources);
}
