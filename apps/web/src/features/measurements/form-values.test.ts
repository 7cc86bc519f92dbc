import { measurementFields } from "@upnest/schemas";
import { describe, expect, it } from "vitest";
import { emptyMeasurement, valuesToMeasurement } from "./form-values.ts";

describe("the measurement form's values", () => {
  it("a weight alone is a valid measurement, without a length method", () => {
    const input = valuesToMeasurement({ ...emptyMeasurement("2026-03-01"), weightKg: "4,2" });
    expect(input).toEqual({ measuredOn: "2026-03-01", weightKg: 4.2 });
    expect(measurementFields.safeParse(input).success).toBe(true);
  });

  it("a length carries how it was taken; notes are trimmed", () => {
    const input = valuesToMeasurement({ ...emptyMeasurement("2026-03-01"), lengthCm: "55.5", lengthMethod: "standing", notes: "  after bath " });
    expect(input).toMatchObject({ lengthCm: 55.5, lengthMethod: "standing", notes: "after bath" });
  });

  it("an empty form is refused with a message asking for one measure", () => {
    const result = measurementFields.safeParse(valuesToMeasurement(emptyMeasurement("2026-03-01")));
    expect(result.error?.issues[0]?.message).toBe("Enter at least one of weight, length/height or head circumference");
  });
});
