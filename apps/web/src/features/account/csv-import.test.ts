import { LANGUAGES, resources } from "@upnest/i18n";
import { measurements } from "@upnest/schemas";
import { describe, expect, it } from "vitest";
import { chunk, cleanRows, mergeReports, previewRows, renumber, reportLines, tally } from "./csv-import.ts";

describe("chunk", () => {
  it("splits into batches of at most 200", () => {
    const batches = chunk(Array.from({ length: 450 }, (_, i) => i));
    expect(batches.map((b) => b.length)).toEqual([200, 200, 50]);
    expect(chunk([])).toEqual([]);
    expect(() => chunk([1], 0)).toThrow(RangeError);
  });
});

describe("row report", () => {
  it("renumbers a later batch to the file's rows", () => {
    expect(renumber([{ row: 1, status: "created" }], 200)).toEqual([{ row: 201, status: "created" }]);
  });
  it("lists each problem with its row number, field and message, in row order", () => {
    const results = [
      {
        row: 3,
        status: "invalid" as const,
        errors: { weightKg: ["Weight must be at most 30 kg"], measuredOn: ["Enter a date as YYYY-MM-DD"] },
      },
      { row: 1, status: "created" as const },
      {
        row: 2,
        status: "invalid" as const,
        errors: { "": ["Enter at least one of weight, length/height or head circumference"] },
      },
      { row: 4, status: "duplicate" as const },
      { row: 5, status: "invalid" as const, errors: {} },
    ];
    expect(reportLines(results)).toEqual([
      { row: 2, field: "row", message: "Enter at least one of weight, length/height or head circumference" },
      { row: 3, field: "weightKg", message: "Weight must be at most 30 kg" },
      { row: 3, field: "measuredOn (date)", message: "Enter a date as YYYY-MM-DD" },
      { row: 5, field: "row", message: "This row could not be read" },
    ]);
    expect(tally(results)).toEqual({ rows: 5, created: 1, duplicates: 1, invalid: 3 });
  });
});

describe("cleanRows", () => {
  it("trims cells and headers and drops empty rows and stray columns", () => {
    expect(
      cleanRows([
        { " measuredOn ": " 2026-01-02 ", weightKg: "4.2", "": "x", __parsed_extra: ["y"] },
        { measuredOn: "", weightKg: " " },
      ]),
    ).toEqual([{ measuredOn: "2026-01-02", weightKg: "4.2" }]);
  });
});

describe("the preview before anything is sent", () => {
  const born = { dateOfBirth: "2026-01-10" };

  it("reports a row's problems in the browser, with the API's own words, and keeps the good rows for it", () => {
    const rows: Record<string, string>[] = [
      { measuredOn: "2026-02-01", weightKg: "4,2", labels: "clinic; day 22" },
      { measuredOn: "2026-01-01", weightKg: "3.5" },
      { "Fecha de la medición": "2026-02-08", "Peso (kg)": "80" },
      { measuredOn: "2026-02-09", labels: "x".repeat(41) },
    ];
    expect(previewRows(rows, born)).toEqual([
      { row: 1, status: "created" },
      {
        row: 2,
        status: "invalid",
        errors: { measuredOn: ["Date measured cannot be before the date of birth (2026-01-10)"] },
      },
      { row: 3, status: "invalid", errors: { weightKg: ["Weight must be between 0.2 and 60 kg"] } },
      {
        row: 4,
        status: "invalid",
        errors: {
          labels: ["A label is at most 40 characters"],
          weightKg: ["Enter at least one of weight, length/height or head circumference"],
        },
      },
    ]);
  });

  it("puts the API's answer for the rows sent back at their rows in the file", () => {
    const local = [
      { row: 1, status: "created" as const },
      { row: 2, status: "invalid" as const, errors: { weightKg: ["Weight must be a number"] } },
      { row: 3, status: "created" as const },
    ];
    expect(
      mergeReports(local, [
        { row: 1, status: "duplicate" },
        { row: 2, status: "created" },
      ]),
    ).toEqual([{ row: 1, status: "duplicate" }, local[1], { row: 3, status: "created" }]);
  });

  it("explains every column the API reads, in every language", () => {
    for (const language of LANGUAGES)
      for (const column of measurements.csv) expect(resources[language].account.csv).toHaveProperty(column);
  });
});
