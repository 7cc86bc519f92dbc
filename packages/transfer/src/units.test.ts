import { describe, expect, it } from "vitest";
import { localDate, localToInstant } from "./babybuddy/time.ts";
import { toCelsius, toCm, toKg, toMl } from "./units.ts";

describe("confirmed units", () => {
  it("converts pounds, inches, °F and US fluid ounces, and leaves metric alone", () => {
    expect(toKg(7.5, "lb")).toBe(3.402);
    expect(toKg(3.4, "kg")).toBe(3.4);
    expect(toCm(20, "in")).toBe(50.8);
    expect(toCelsius(98.6, "F")).toBe(37);
    expect(toCelsius(38.25, "C")).toBe(38.3);
    expect(toMl(4, "oz")).toBe(118.3);
    expect(toMl(120, "ml")).toBe(120);
  });
});

describe("Baby Buddy's local times", () => {
  it("are read in the confirmed zone, summer time included", () => {
    expect(localToInstant("2024-01-15 09:30:00", "Europe/Madrid")).toBe("2024-01-15T08:30:00.000Z");
    expect(localToInstant("2024-07-15 09:30:00", "Europe/Madrid")).toBe("2024-07-15T07:30:00.000Z");
    expect(localToInstant("2024-07-15", "UTC")).toBe("2024-07-15T00:00:00.000Z");
  });

  it("are refused when they are no date", () => {
    expect(localToInstant("2024-02-30 10:00:00", "UTC")).toBeUndefined();
    expect(localToInstant("2024-13-01 10:00:00", "UTC")).toBeUndefined();
    expect(localToInstant("15/01/2024 10:00", "UTC")).toBeUndefined();
    expect(localDate("2022-05-25")).toBe("2022-05-25");
    expect(localDate("May 25")).toBeUndefined();
  });
});
