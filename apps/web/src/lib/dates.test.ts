import { describe, expect, it } from "vitest";
import { ageOn, localToday, showDate } from "./dates.ts";

describe("dates as parents read them", () => {
  it("shows a calendar date without shifting it by timezone", () => {
    expect(showDate("2026-01-01")).toBe("1 Jan 2026");
    expect(localToday(new Date(2026, 2, 9, 23, 59))).toBe("2026-03-09");
  });

  it("gives an age in days, weeks, months, then years and months", () => {
    expect(ageOn("2026-01-10", "2026-01-10")).toBe("0 days");
    expect(ageOn("2026-01-10", "2026-01-11")).toBe("1 day");
    expect(ageOn("2026-01-10", "2026-01-24")).toBe("2 weeks");
    expect(ageOn("2026-01-10", "2026-03-09")).toBe("8 weeks");
    expect(ageOn("2026-01-10", "2026-03-10")).toBe("2 months");
    expect(ageOn("2024-01-31", "2026-01-30")).toBe("23 months");
    expect(ageOn("2024-01-10", "2026-01-10")).toBe("2 years");
    expect(ageOn("2023-01-10", "2026-05-10")).toBe("3 years 4 months");
    expect(ageOn("2026-01-10", "2026-01-09")).toBe("not born yet");
  });
});
