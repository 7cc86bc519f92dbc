import { describe, expect, it } from "vitest";
import { defaultChoice, rangeOf } from "./range.ts";

const baby = { today: "2026-12-01", dateOfBirth: "2025-06-10", lastVisit: "2026-09-15" };

describe("the report's dates", () => {
  it("start at the last visit, else twelve months back, never before the birth", () => {
    expect(defaultChoice(baby.lastVisit)).toBe("since-visit");
    expect(defaultChoice(undefined)).toBe("last-year");
    expect(rangeOf("since-visit", baby)).toEqual({ from: "2026-09-15", to: "2026-12-01" });
    expect(rangeOf("last-year", baby)).toEqual({ from: "2025-12-01", to: "2026-12-01" });
    expect(rangeOf("since-visit", { ...baby, lastVisit: undefined })).toEqual({ from: "2025-12-01", to: "2026-12-01" });
    expect(rangeOf("last-year", { ...baby, dateOfBirth: "2026-03-01" })).toEqual({
      from: "2026-03-01",
      to: "2026-12-01",
    });
  });

  it("cover the whole history, up to the six years one report takes", () => {
    expect(rangeOf("whole", baby)).toEqual({ from: "2025-06-10", to: "2026-12-01" });
    expect(rangeOf("whole", { ...baby, dateOfBirth: "2016-01-01" }).from).toBe("2020-12-02");
  });
});
