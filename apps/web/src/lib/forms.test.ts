import { measurementFields } from "@upnest/schemas";
import { describe, expect, it } from "vitest";
import { parseDecimal, zodFieldErrors } from "./forms.ts";

describe("form helpers", () => {
  it("reads blank as not given, and 4,25 as 4.25", () => {
    expect(parseDecimal("  ")).toBeUndefined();
    expect(parseDecimal("4,25")).toBe(4.25);
    expect(parseDecimal(" 55.5 ")).toBe(55.5);
    expect(parseDecimal("abc")).toBeNaN();
  });

  it("puts the schema's messages next to the fields they are about", () => {
    const result = measurementFields.safeParse({ measuredOn: "2026-03-01", lengthCm: 55, headCircumferenceCm: 100 });
    expect(result.success).toBe(false);
    expect(zodFieldErrors(result.error!)).toEqual({
      headCircumferenceCm: "Head circumference must be between 15 and 65 cm",
      lengthMethod: "Say whether the child was lying or standing",
    });
  });
});
