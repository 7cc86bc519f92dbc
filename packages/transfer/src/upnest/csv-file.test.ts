import { diapers, measurements, milestones, sleeps, vaccinations } from "@upnest/schemas";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import type { CsvNames } from "./csv-columns.ts";
import { checkCsvRow, tallyRows, valuesFromCsvRow } from "./csv-read.ts";
import { recordsCsv } from "./csv-write.ts";

const NAMES: CsvNames = {
  vaccine: (cvx) => (cvx === "08" ? "Hep B, adolescent or pediatric" : undefined),
  milestone: (id, language) => (id === "m02-smiles" ? (language === "es" ? "Sonríe" : "Smiles") : undefined),
};
const BORN = { dateOfBirth: "2026-01-10" };
const rowsOf = (csv: string) => Papa.parse<Record<string, string>>(csv, { header: true }).data;

describe("writing a type's CSV", () => {
  it("names the file after the baby and the form, and writes each record's values and the derived columns", () => {
    const records = [
      { measuredOn: "2026-02-01", weightKg: 3.45678, measurementId: "X", version: 3, labels: ["clinic"] },
    ];
    const readable = recordsCsv(measurements, records, {
      form: "readable",
      language: "en",
      babyName: "Ada Lú",
      names: NAMES,
    });
    expect(readable.filename).toBe("Ada-L-measurements.csv");
    expect(rowsOf(readable.csv)).toEqual([expect.objectContaining({ "Weight (kg)": "3.457", Labels: "clinic" })]);
    const machine = recordsCsv(measurements, records, { form: "machine", language: "en", babyName: "", names: NAMES });
    expect(machine.filename).toBe("baby-measurements-data.csv");
    expect(machine.csv.split("\r\n")[0]).toBe(measurements.csv.join(","));
    expect(machine.csv).not.toContain("measurementId");
  });

  it("writes the names the caller gives for codes, in the file's language", () => {
    const dose = recordsCsv(vaccinations, [{ ...vaccinations.example, cvx: "08" }], {
      form: "readable",
      language: "en",
      babyName: "Ada",
      names: NAMES,
    });
    expect(rowsOf(dose.csv)[0]).toMatchObject({ Vaccine: "Hep B, adolescent or pediatric" });
    const mark = { milestoneId: "m02-smiles", achievedOn: "2026-03-01" };
    const es = recordsCsv(milestones, [mark], { form: "readable", language: "es", babyName: "Ada", names: NAMES });
    expect(es.csv).toContain("Sonríe");
    const night = { ...sleeps.example, startedAt: "2026-02-01T03:00:00.000Z", endedAt: "2026-02-01T13:30:00.000Z" };
    const sleep = recordsCsv(sleeps, [night], { form: "readable", language: "en", babyName: "Ada", names: NAMES });
    expect(rowsOf(sleep.csv)[0]).toMatchObject({ "Duration (h)": "10.5" });
  });

  it("makes a cell that starts a formula inert", () => {
    const note = { ...diapers.example, notes: "=HYPERLINK(1)" };
    const file = recordsCsv(diapers, [note], { form: "machine", language: "en", babyName: "Ada", names: NAMES });
    expect(rowsOf(file.csv)[0]?.notes).toBe("'=HYPERLINK(1)");
  });
});

describe("reading a row of a CSV", () => {
  it("reads the readable form's headers and words back into the type's values", () => {
    const row = {
      "Fecha de la medición": "2026-02-01",
      "Peso (kg)": "3,457",
      Etiquetas: "clínica; control",
      Notas: "",
    };
    expect(valuesFromCsvRow(measurements, row)).toEqual({
      measuredOn: "2026-02-01",
      weightKg: 3.457,
      labels: ["clínica", "control"],
    });
    expect(checkCsvRow(measurements, BORN, row)).toEqual({
      ok: true,
      values: { measuredOn: "2026-02-01", weightKg: 3.457, labels: ["clínica", "control"] },
    });
  });

  it("gives each problem by field: the schema's, then a rule that needs the baby", () => {
    expect(checkCsvRow(measurements, BORN, { measuredOn: "2026-02-01", weightKg: "80" })).toEqual({
      ok: false,
      errors: { weightKg: ["Weight must be between 0.2 and 60 kg"] },
    });
    expect(checkCsvRow(measurements, BORN, { measuredOn: "2026-01-01", weightKg: "3" })).toEqual({
      ok: false,
      errors: { measuredOn: ["Date measured cannot be before the date of birth (2026-01-10)"] },
    });
    expect(checkCsvRow(diapers, BORN, { ...diapers.example, labels: '["a","A"]' })).toEqual({
      ok: false,
      errors: { labels: ["Each label only once"] },
    });
  });

  it("counts a report", () => {
    const statuses = ["created", "created", "duplicate", "invalid"] as const;
    expect(tallyRows(statuses.map((status, i) => ({ row: i + 1, status })))).toEqual({
      created: 2,
      duplicates: 1,
      invalid: 1,
    });
  });
});
