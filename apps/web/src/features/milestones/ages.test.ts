import { describe, expect, it } from "vitest";
import { checklistTitle, describeAgeDays } from "./ages.ts";

describe("milestone ages", () => {
  it("says an age in days the way parents do", () => {
    expect(describeAgeDays(5)).toBe("5 days");
    expect(describeAgeDays(30)).toBe("4 weeks");
    expect(describeAgeDays(61)).toBe("2 months");
    expect(describeAgeDays(800)).toBe("2 years 2 months");
    expect(describeAgeDays(-10)).toBe("due in 2 weeks");
  });
  it("names checklists as CDC does", () => {
    expect(checklistTitle(2)).toBe("2 months");
    expect(checklistTitle(12)).toBe("1 year");
    expect(checklistTitle(30)).toBe("30 months");
    expect(checklistTitle(36)).toBe("3 years");
  });
});
