import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  addMeasurementInput,
  createBabyInput,
  latestToday,
  measurementFields,
  updateBabyInput,
  updateProfileInput,
  userProfile,
} from "./index.ts";

const BABY = "01HZY3T7V8W9X0Y1Z2A3B4C5D6";
const fieldErrors = (result: { success: boolean; error?: z.ZodError }): Record<string, string[] | undefined> =>
  result.error ? z.flattenError(result.error).fieldErrors : {};

describe("baby input", () => {
  const valid = { name: "Ada", dateOfBirth: "2026-01-15", sex: "female" as const };

  it("accepts a baby with a name, date of birth and sex", () => {
    expect(createBabyInput.parse(valid)).toEqual(valid);
  });

  it("trims the name and rejects a blank or 10 000-character one", () => {
    expect(createBabyInput.parse({ ...valid, name: "  Ada  " }).name).toBe("Ada");
    expect(fieldErrors(createBabyInput.safeParse({ ...valid, name: "   " }))).toEqual({ name: ["Name is required"] });
    expect(fieldErrors(createBabyInput.safeParse({ ...valid, name: "x".repeat(10_000) }))).toEqual({
      name: ["Name must be at most 80 characters"],
    });
  });

  it("rejects a birth date in the future, an impossible date and a malformed one", () => {
    const tomorrow = new Date(Date.now() + 2 * 86400_000 + 14 * 3600_000).toISOString().slice(0, 10);
    expect(fieldErrors(createBabyInput.safeParse({ ...valid, dateOfBirth: tomorrow }))).toEqual({
      dateOfBirth: ["Date of birth cannot be in the future"],
    });
    expect(fieldErrors(createBabyInput.safeParse({ ...valid, dateOfBirth: "2026-02-30" })).dateOfBirth).toBeDefined();
    expect(fieldErrors(createBabyInput.safeParse({ ...valid, dateOfBirth: "15/01/2026" }))).toEqual({
      dateOfBirth: ["Enter a date as YYYY-MM-DD"],
    });
  });

  it("keeps gestational age at birth within 22–44 weeks", () => {
    expect(createBabyInput.parse({ ...valid, gestationalAgeWeeks: 32 }).gestationalAgeWeeks).toBe(32);
    for (const weeks of [21, 45]) {
      expect(fieldErrors(createBabyInput.safeParse({ ...valid, gestationalAgeWeeks: weeks }))).toEqual({
        gestationalAgeWeeks: ["Gestational age at birth must be between 22 and 44 weeks"],
      });
    }
  });

  it("only accepts female or male, since WHO tables are by sex", () => {
    expect(fieldErrors(createBabyInput.safeParse({ ...valid, sex: "x" }))).toEqual({
      sex: ["Sex must be female or male"],
    });
  });

  it("an update must change something and name the version it saw", () => {
    expect(fieldErrors(updateBabyInput.safeParse({ babyId: BABY, patch: { name: "Ada" } })).version).toBeDefined();
    expect(updateBabyInput.safeParse({ babyId: BABY, version: 1, patch: {} }).success).toBe(false);
  });
});

describe("measurement input", () => {
  const today = latestToday();

  it("accepts any one of weight, length or head circumference", () => {
    expect(measurementFields.safeParse({ measuredOn: "2026-03-01", weightKg: 4.2 }).success).toBe(true);
    expect(measurementFields.safeParse({ measuredOn: "2026-03-01", headCircumferenceCm: 38 }).success).toBe(true);
    expect(measurementFields.safeParse({ measuredOn: "2026-03-01", lengthCm: 55, lengthMethod: "lying" }).success).toBe(
      true,
    );
  });

  it("rejects a weight of 0 or 80 kg with a message in kg", () => {
    for (const weightKg of [0, 80]) {
      expect(fieldErrors(measurementFields.safeParse({ measuredOn: "2026-03-01", weightKg }))).toEqual({
        weightKg: ["Weight must be between 0.2 and 60 kg"],
      });
    }
  });

  it("rejects a measurement with nothing measured", () => {
    expect(fieldErrors(measurementFields.safeParse({ measuredOn: "2026-03-01" }))).toEqual({
      weightKg: ["Enter at least one of weight, length/height or head circumference"],
    });
  });

  it("asks how a length was measured", () => {
    expect(fieldErrors(measurementFields.safeParse({ measuredOn: "2026-03-01", lengthCm: 55 }))).toEqual({
      lengthMethod: ["Say whether the child was lying or standing"],
    });
  });

  it("rejects a date in the future and accepts today", () => {
    const future = new Date(Date.now() + 3 * 86400_000).toISOString().slice(0, 10);
    expect(fieldErrors(measurementFields.safeParse({ measuredOn: future, weightKg: 4 }))).toEqual({
      measuredOn: ["Date measured cannot be in the future"],
    });
    expect(measurementFields.safeParse({ measuredOn: today, weightKg: 4 }).success).toBe(true);
  });

  it("rejects NaN, strings and notes over 1000 characters", () => {
    const r = addMeasurementInput.safeParse({
      babyId: BABY,
      measuredOn: "2026-03-01",
      weightKg: "4",
      notes: "n".repeat(1001),
    });
    expect(fieldErrors(r)).toMatchObject({
      weightKg: ["Weight must be a number"],
      notes: ["Notes must be at most 1000 characters"],
    });
    expect(
      fieldErrors(measurementFields.safeParse({ measuredOn: "2026-03-01", weightKg: Number.NaN })).weightKg,
    ).toBeDefined();
  });
});

describe("theme preference", () => {
  const stored = {
    userId: "u",
    email: "a@example.com",
    displayName: "A",
    units: "metric",
    language: "en",
    timezone: "UTC",
    createdAt: "2025-01-01T00:00:00.000Z",
    updatedAt: "2025-01-01T00:00:00.000Z",
    version: 1,
  };

  it("a profile saved before the setting existed follows the system", () => {
    expect(userProfile.parse(stored).theme).toBe("system");
    expect(userProfile.parse({ ...stored, theme: "dark" }).theme).toBe("dark");
  });

  it("an update that does not mention the theme leaves it alone, and an unknown theme is refused in words", () => {
    expect(updateProfileInput.parse({ version: 1, units: "imperial" })).not.toHaveProperty("theme");
    const result = updateProfileInput.safeParse({ version: 1, theme: "sepia" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("Theme must be system, light or dark");
  });
});
