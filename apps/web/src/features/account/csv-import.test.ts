import { describe, expect, it } from "vitest";
import { chunk, cleanRows, renumber, reportLines, tally } from "./csv-import.ts";

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
