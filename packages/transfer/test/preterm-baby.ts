// A baby born at 30+3 weeks, as the API hands her records to the FHIR export: measurements from birth to past two
// years with the scores the API gives them (INTERGROWTH-21st while preterm, WHO, then CDC 2000), a few doses and
// the engine's forecast. The numbers are the API's kind, written out so this package's test needs no API.
import type { FhirExportInput } from "../src/fhir/export-types.ts";

const who = (percentile: number) => ({ standard: "who-2006", percentile });

export const pretermBaby: FhirExportInput = {
  baby: {
    babyId: "01JQ8ZB8C0PRETERMBABY00001",
    name: "Lucía",
    dateOfBirth: "2024-03-01",
    sex: "female",
    gestationalAgeWeeks: 30 + 3 / 7,
  },
  measurements: [
    {
      // At birth, lying: INTERGROWTH-21st scores the head; no BMI percentile (INTERGROWTH-21st has none and WHO's
      // does not reach before the due date).
      measurementId: "01HQXK8G00BIRTH00000000001",
      measuredOn: "2024-03-01",
      weightKg: 1.42,
      lengthCm: 39.5,
      lengthMethod: "lying",
      headCircumferenceCm: 27.8,
      bmi: 9.1,
      growth: {
        headCircumferenceForAge: { standard: "intergrowth-postnatal", percentile: 41.27 },
        weightForLength: { indicator: "weight-for-length", standard: "who-2006", percentile: null },
        bmiForAge: { standard: null, percentile: null },
      },
    },
    {
      measurementId: "01HXB1M800FOURMONTHS000002",
      measuredOn: "2024-07-01",
      weightKg: 4.875,
      lengthCm: 55.24,
      lengthMethod: "lying",
      headCircumferenceCm: 38.06,
      bmi: 15.98,
      growth: {
        headCircumferenceForAge: who(35.5),
        weightForLength: { indicator: "weight-for-length", ...who(62.345) },
        bmiForAge: who(58.1),
      },
    },
    {
      // A weight alone: no length, so no BMI and no weight-for-length.
      measurementId: "01J8T4ZC00ONEYEAR000000003",
      measuredOn: "2025-03-03",
      weightKg: 8.3,
      growth: {},
    },
    {
      measurementId: "01JDQ2SG00TWOYEARS00000004",
      measuredOn: "2026-05-04",
      weightKg: 11.9,
      lengthCm: 86.1,
      lengthMethod: "standing",
      bmi: 16.05,
      growth: {
        weightForLength: { indicator: "weight-for-height", ...who(47.2) },
        bmiForAge: { standard: "cdc-2000", percentile: 50.04 },
      },
    },
  ],
  vaccinations: [
    {
      vaccinationId: "01HQXK8G00HEPBBIRTH0000001",
      dateGiven: "2024-03-01",
      cvx: "08",
      product: "Hep B, adolescent or pediatric",
      lotNumber: "HB-2231",
      clinic: "Hospital La Paz",
    },
    {
      vaccinationId: "01HVJ9E000SIXWEEKS00000002",
      dateGiven: "2024-05-01",
      cvx: "110",
      product: "DTaP-hep B-IPV",
      clinic: "Centro de Salud Delicias",
      reactions: "Low fever for a day",
    },
  ],
  forecast: {
    schedule: "cdc",
    cdsiVersion: "4.64",
    assessedOn: "2026-05-10",
    groups: [
      {
        vaccineGroup: "DTaP/Tdap/Td",
        status: "overdue",
        seriesStatus: "not-complete",
        nextDose: {
          doseNumber: 2,
          canBeGivenFrom: "2024-05-29",
          dueFrom: "2024-07-01",
          overdueAfter: "2024-08-01",
          lastDate: null,
        },
        vaccines: [
          { cvx: "20", name: "DTaP" },
          { cvx: "110", name: "DTaP-hep B-IPV" },
        ],
      },
      {
        vaccineGroup: "MMR",
        status: "upcoming",
        seriesStatus: "not-complete",
        nextDose: {
          doseNumber: 2,
          canBeGivenFrom: "2027-03-01",
          dueFrom: "2028-03-01",
          overdueAfter: "2031-03-01",
          lastDate: null,
        },
        vaccines: [{ cvx: "03", name: "MMR" }],
      },
      { vaccineGroup: "HepB", status: "complete", seriesStatus: "complete", nextDose: null, vaccines: [] },
      { vaccineGroup: "Varicella", status: "complete", seriesStatus: "immune", nextDose: null, vaccines: [] },
      { vaccineGroup: "Rotavirus", status: "no-longer-given", seriesStatus: "aged-out", nextDose: null, vaccines: [] },
      {
        vaccineGroup: "Yellow Fever",
        status: "not-needed",
        seriesStatus: "not-recommended",
        nextDose: null,
        vaccines: [],
      },
    ],
  },
  exportedAt: "2026-05-10T09:30:00.000Z",
};
