import { measurementFields } from "@upnest/schemas";
import { describe, expect, it } from "vitest";
import {
  editedMeasurement,
  emptyMeasurement,
  imperialProblems,
  measurementToValues,
  messageInUnits,
  valuesToMeasurement,
} from "./form-values.ts";

describe("the measurement form's values", () => {
  it("a weight alone is a valid measurement, without a length method", () => {
    const input = valuesToMeasurement({ ...emptyMeasurement("2026-03-01"), weightKg: "4,2" });
    expect(input).toEqual({ measuredOn: "2026-03-01", weightKg: 4.2 });
    expect(measurementFields.safeParse(input).success).toBe(true);
  });

  it("a length carries how it was taken; notes are trimmed", () => {
    const input = valuesToMeasurement({
      ...emptyMeasurement("2026-03-01"),
      lengthCm: "55.5",
      lengthMethod: "standing",
      notes: "  after bath ",
    });
    expect(input).toMatchObject({ lengthCm: 55.5, lengthMethod: "standing", notes: "after bath" });
  });

  it("an empty form is refused with a message asking for one measure", () => {
    const result = measurementFields.safeParse(valuesToMeasurement(emptyMeasurement("2026-03-01")));
    expect(result.error?.issues[0]?.message).toBe("Enter at least one of weight, length/height or head circumference");
  });
});

describe("the measurement form in imperial units", () => {
  const empty = emptyMeasurement("2026-03-01");

  it("sends pounds + ounces and inches as exact kg and cm", () => {
    const input = valuesToMeasurement(
      { ...empty, weightLb: "9", weightOz: "4", lengthIn: "21,5", lengthMethod: "lying", headCircumferenceIn: "15" },
      "imperial",
    );
    expect(input.weightKg).toBeCloseTo((9 * 16 + 4) * 0.028349523125, 12);
    expect(input.lengthCm).toBeCloseTo(54.61, 12);
    expect(input.headCircumferenceCm).toBeCloseTo(38.1, 12);
    expect(input.lengthMethod).toBe("lying");
    expect(measurementFields.safeParse(input).success).toBe(true);
  });

  it("takes ounces alone or pounds alone, and ignores the metric fields", () => {
    expect(valuesToMeasurement({ ...empty, weightOz: "12", weightKg: "99" }, "imperial").weightKg).toBeCloseTo(
      0.340194277,
      8,
    );
    expect(valuesToMeasurement({ ...empty, weightLb: "8.5" }, "imperial").weightKg).toBeCloseTo(3.855535145, 8);
    expect(valuesToMeasurement({ ...empty, lengthCm: "50" }, "imperial").lengthCm).toBeUndefined();
  });

  it("refuses ounces of 16 or more and says so in ounces", () => {
    expect(imperialProblems({ ...empty, weightLb: "9", weightOz: "16" })).toEqual({
      weightOz: "Ounces must be from 0 to 15.9",
    });
    expect(imperialProblems({ ...empty, weightLb: "9", weightOz: "15.9" })).toEqual({});
  });

  it("gives the schema's range messages in pounds and inches", () => {
    expect(messageInUnits("weightKg", "Weight must be between 0.2 and 60 kg", "imperial")).toBe(
      "Weight must be between 7.1 oz and 132 lb 4.4 oz",
    );
    expect(messageInUnits("lengthCm", "Length/height must be between 20 and 150 cm", "imperial")).toBe(
      "Length/height must be between 7.9 in and 59.1 in",
    );
    expect(messageInUnits("weightKg", "Weight must be a number", "imperial")).toBe("Weight must be a number");
    expect(messageInUnits("weightKg", "Weight must be between 0.2 and 60 kg", "metric")).toBe(
      "Weight must be between 0.2 and 60 kg",
    );
  });
});

describe("editing a saved measurement", () => {
  const saved = {
    measuredOn: "2026-03-01",
    weightKg: 4.235,
    lengthCm: 55.5,
    lengthMethod: "lying" as const,
    headCircumferenceCm: 38.2,
    notes: "after bath",
  };

  it("fills the form in the person's units", () => {
    expect(measurementToValues(saved)).toMatchObject({
      measuredOn: "2026-03-01",
      weightKg: "4.235",
      lengthCm: "55.5",
      lengthMethod: "lying",
      headCircumferenceCm: "38.2",
      notes: "after bath",
    });
    expect(measurementToValues(saved, "imperial")).toMatchObject({
      weightLb: "9",
      weightOz: "5.4",
      lengthIn: "21.9",
      headCircumferenceIn: "15",
    });
    expect(measurementToValues({ measuredOn: "2026-03-01", weightKg: 4 })).toMatchObject({ lengthCm: "", notes: "" });
  });

  it("keeps a measure left as shown exactly, even through pounds and inches", () => {
    const values = { ...measurementToValues(saved, "imperial"), notes: "before bath" };
    expect(editedMeasurement(saved, values, "imperial")).toEqual({ ...saved, notes: "before bath" });
    expect(editedMeasurement(saved, measurementToValues(saved))).toEqual(saved);
  });

  it("sends a changed measure, and drops one that was emptied", () => {
    const values = { ...measurementToValues(saved), weightKg: "4.3", headCircumferenceCm: "" };
    expect(editedMeasurement(saved, values)).toEqual({ ...saved, weightKg: 4.3, headCircumferenceCm: undefined });
  });

  it("an edit keeps the measurement's labels, in either units, and drops only the one removed", () => {
    const stored = { measuredOn: "2026-03-01", weightKg: 4.2, labels: ["clinic", "after the fever"] };
    for (const units of ["metric", "imperial"] as const) {
      const values = measurementToValues(stored, units);
      expect(editedMeasurement(stored, { ...values, notes: "Scale at home" }, units)).toMatchObject({
        weightKg: 4.2,
        notes: "Scale at home",
        labels: ["clinic", "after the fever"],
      });
      expect(editedMeasurement(stored, { ...values, labels: ["clinic"] }, units).labels).toEqual(["clinic"]);
      expect(editedMeasurement(stored, { ...values, labels: [] }, units).labels).toBeUndefined();
    }
  });
});
