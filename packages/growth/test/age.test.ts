// Chronological and corrected age from calendar dates.
import { describe, expect, it } from "vitest";
import { ageForPercentile, ageInDays, agesToShow } from "../src/index.ts";

describe("ageInDays", () => {
  it("counts whole calendar days, leap days included", () => {
    expect(ageInDays("2024-01-01", "2024-03-01")).toBe(60);
    expect(ageInDays("2023-01-01", "2023-03-01")).toBe(59);
    expect(ageInDays("2024-01-01", "2024-01-01")).toBe(0);
  });
  it("is not shifted by a daylight-saving change", () => {
    expect(ageInDays("2024-03-30", "2024-04-01")).toBe(2); // Europe changes clocks on 31 March
    expect(ageInDays("2024-10-26", "2024-10-28")).toBe(2);
  });
  it("is negative for a date before birth", () => {
    expect(ageInDays("2024-05-10", "2024-05-01")).toBe(-9);
  });
  it("refuses anything that is not a calendar date", () => {
    expect(() => ageInDays("2023-02-29", "2024-01-01")).toThrow(RangeError);
    expect(() => ageInDays("2024-1-5", "2024-01-06")).toThrow(RangeError);
    expect(() => ageInDays("2024-01-05T10:00", "2024-01-06")).toThrow(RangeError);
  });
});

describe("ageForPercentile", () => {
  it("a baby born at 32 weeks is scored 8 weeks younger", () => {
    expect(ageForPercentile({ dateOfBirth: "2024-01-01", measuredOn: "2024-04-01", gestationalAgeWeeks: 32 })).toEqual({
      chronologicalDays: 91,
      correctedDays: 35,
      usedDays: 35,
      corrected: true,
    });
  });

  it("a baby born at 38 weeks is not corrected", () => {
    expect(ageForPercentile({ dateOfBirth: "2024-01-01", measuredOn: "2024-04-01", gestationalAgeWeeks: 38 })).toEqual({
      chronologicalDays: 91,
      correctedDays: null,
      usedDays: 91,
      corrected: false,
    });
  });

  it("37 completed weeks is term; 36 weeks 6 days is preterm (22 days correction)", () => {
    const at = { dateOfBirth: "2024-01-01", measuredOn: "2024-04-01" };
    expect(ageForPercentile({ ...at, gestationalAgeWeeks: 37 }).corrected).toBe(false);
    expect(ageForPercentile({ ...at, gestationalAgeWeeks: 36 + 6 / 7 }).usedDays).toBe(91 - 22);
  });

  it("correction stops at 24 months of chronological age (731 days)", () => {
    const born = { dateOfBirth: "2022-01-01", gestationalAgeWeeks: 32 };
    const day730 = ageForPercentile({ ...born, measuredOn: "2024-01-01" });
    expect(day730).toMatchObject({ chronologicalDays: 730, correctedDays: 674, usedDays: 674, corrected: true });
    const day731 = ageForPercentile({ ...born, measuredOn: "2024-01-02" });
    expect(day731).toEqual({ chronologicalDays: 731, correctedDays: null, usedDays: 731, corrected: false });
  });

  it("without a gestational age the chronological age is used", () => {
    expect(ageForPercentile({ dateOfBirth: "2024-01-01", measuredOn: "2024-01-31" })).toMatchObject({
      usedDays: 30,
      corrected: false,
    });
  });

  it("a very preterm baby measured before term gets a negative corrected age (no WHO percentile yet)", () => {
    expect(
      ageForPercentile({ dateOfBirth: "2024-01-01", measuredOn: "2024-01-15", gestationalAgeWeeks: 28 }).usedDays,
    ).toBe(14 - 84);
  });

  it("refuses an impossible gestational age", () => {
    expect(() =>
      ageForPercentile({ dateOfBirth: "2024-01-01", measuredOn: "2024-01-15", gestationalAgeWeeks: 0 }),
    ).toThrow(RangeError);
    expect(() =>
      ageForPercentile({ dateOfBirth: "2024-01-01", measuredOn: "2024-01-15", gestationalAgeWeeks: Number.NaN }),
    ).toThrow(RangeError);
  });
});

describe("agesToShow", () => {
  const born = "2026-01-01";
  it("shows only the real age for a baby born at term or with no gestational age", () => {
    expect(agesToShow({ dateOfBirth: born, on: "2026-03-01", gestationalAgeWeeks: 39 })).toEqual({
      chronologicalDays: 59,
      correctedDays: null,
      postmenstrualDays: null,
    });
    expect(agesToShow({ dateOfBirth: born, on: "2026-03-01" }).correctedDays).toBeNull();
  });
  it("shows postmenstrual age before the due date, then corrected age", () => {
    // Born at 30 weeks: due 70 days later.
    expect(agesToShow({ dateOfBirth: born, on: "2026-01-15", gestationalAgeWeeks: 30 })).toEqual({
      chronologicalDays: 14,
      correctedDays: null,
      postmenstrualDays: 224,
    });
    expect(agesToShow({ dateOfBirth: born, on: "2026-03-12", gestationalAgeWeeks: 30 }).correctedDays).toBe(0);
  });
  it("stops at 2 years, or 3 for a baby born before 32 weeks", () => {
    const at = (on: string, weeks: number) => agesToShow({ dateOfBirth: born, on, gestationalAgeWeeks: weeks });
    expect(at("2028-01-01", 34).correctedDays).toBe(730 - 42);
    expect(at("2028-01-02", 34).correctedDays).toBeNull();
    expect(at("2028-06-01", 30).correctedDays).toBe(882 - 70);
    expect(at("2028-12-31", 30).correctedDays).toBe(1095 - 70);
    expect(at("2029-01-01", 30).correctedDays).toBeNull();
  });
});
