import { describe, expect, it } from "vitest";
import { nextWellChildVisit, wellChildSchedule } from "./well-child.ts";

// The AAP Bright Futures periodicity schedule: 3–5 days, 1, 2, 4, 6, 9, 12, 15, 18, 24, 30 months, 3 years, then
// every year to 21.
describe("the well-child schedule", () => {
  const schedule = wellChildSchedule("2026-01-10");

  it("has every visit of the periodicity schedule, in order", () => {
    expect(schedule.map((v) => v.key)).toEqual([
      "3-5-days",
      "1-month",
      ...[2, 4, 6, 9, 12, 15, 18, 24, 30].map((m) => `${m}-months`),
      ...Array.from({ length: 19 }, (_, i) => `${i + 3}-years`),
    ]);
    expect(schedule.map((v) => v.dueOn)).toEqual([...schedule.map((v) => v.dueOn)].sort());
  });

  it("puts the first visit between the third and fifth day", () => {
    expect(schedule[0]).toEqual({ key: "3-5-days", age: { days: 3 }, dueOn: "2026-01-13", windowEndsOn: "2026-01-15" });
  });

  it("ends each window the day before the next visit, and the last at 22", () => {
    expect(schedule[1]).toMatchObject({ dueOn: "2026-02-10", windowEndsOn: "2026-03-09" });
    expect(schedule.at(-1)).toMatchObject({ key: "21-years", dueOn: "2047-01-10", windowEndsOn: "2048-01-09" });
  });

  it("for a baby born on 31 January, a month is the month's last day", () => {
    const jan31 = wellChildSchedule("2026-01-31");
    expect(jan31.find((v) => v.key === "1-month")).toMatchObject({ dueOn: "2026-02-28", windowEndsOn: "2026-03-30" });
    expect(jan31.find((v) => v.key === "2-months")?.dueOn).toBe("2026-03-31");
    expect(jan31.find((v) => v.key === "4-months")?.dueOn).toBe("2026-05-31");
    expect(jan31.find((v) => v.key === "9-months")?.dueOn).toBe("2026-10-31");
  });

  it("for a baby born on a leap day, a year is 28 February, and 29 February in a leap year", () => {
    const leap = wellChildSchedule("2028-02-29");
    expect(leap.find((v) => v.key === "12-months")?.dueOn).toBe("2029-02-28");
    expect(leap.find((v) => v.key === "3-years")?.dueOn).toBe("2031-02-28");
    expect(leap.find((v) => v.key === "4-years")?.dueOn).toBe("2032-02-29");
    expect(leap.find((v) => v.key === "3-5-days")).toMatchObject({ dueOn: "2028-03-03", windowEndsOn: "2028-03-05" });
  });

  it("runs across a year's end and a change of the clocks the same way", () => {
    const late = wellChildSchedule("2026-10-31");
    expect(late.find((v) => v.key === "3-5-days")).toMatchObject({ dueOn: "2026-11-03", windowEndsOn: "2026-11-05" });
    expect(late.find((v) => v.key === "2-months")?.dueOn).toBe("2026-12-31");
    expect(late.find((v) => v.key === "4-months")?.dueOn).toBe("2027-02-28");
  });
});

describe("the next well-child visit", () => {
  it("is the 3–5 day visit on the day of birth and until its fifth day", () => {
    expect(nextWellChildVisit("2026-01-10", "2026-01-10")?.key).toBe("3-5-days");
    expect(nextWellChildVisit("2026-01-10", "2026-01-15")?.key).toBe("3-5-days");
    expect(nextWellChildVisit("2026-01-10", "2026-01-16")?.key).toBe("1-month");
  });

  it("is the visit whose window is open, then the next", () => {
    expect(nextWellChildVisit("2026-01-10", "2026-05-09")?.key).toBe("2-months");
    expect(nextWellChildVisit("2026-01-10", "2026-05-10")?.key).toBe("4-months");
  });

  it("goes on yearly to 21, then there is none", () => {
    expect(nextWellChildVisit("2026-01-10", "2036-06-01")?.key).toBe("10-years");
    expect(nextWellChildVisit("2026-01-10", "2048-01-09")?.key).toBe("21-years");
    expect(nextWellChildVisit("2026-01-10", "2048-01-10")).toBeUndefined();
  });
});

describe("the next well-child visit after the family recorded check-ups", () => {
  it("skips a visit a check-up was recorded for, even a little early or late", () => {
    // The 2-month visit (due 10 March) happened on 3 March: next is the 4-month one.
    expect(nextWellChildVisit("2026-01-10", "2026-03-20", ["2026-03-03"])?.key).toBe("4-months");
    // A check-up on 20 March still counts for the 2-month visit.
    expect(nextWellChildVisit("2026-01-10", "2026-03-25", ["2026-03-20"])?.key).toBe("4-months");
  });

  it("still offers a visit whose check-up was not recorded", () => {
    expect(nextWellChildVisit("2026-01-10", "2026-03-20", ["2026-02-11"])?.key).toBe("2-months");
    expect(nextWellChildVisit("2026-01-10", "2036-06-01", ["2035-01-12"])?.key).toBe("10-years");
  });
});
