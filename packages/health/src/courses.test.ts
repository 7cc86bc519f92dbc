import { describe, expect, it } from "vitest";
import { courseState, earlyBy } from "./courses.ts";

const ZONE = "America/Chicago";
const course = { startedOn: "2026-11-30", everyHours: 6, days: 5 };

describe("a course every 6 hours", () => {
  it("allows and expects the next dose 6 hours after the last", () => {
    const state = courseState(
      course,
      [{ givenAt: "2026-12-01T14:00:00.000Z" }],
      new Date("2026-12-01T15:00:00Z"),
      ZONE,
    );
    expect(state.allowedAt).toBe("2026-12-01T20:00:00.000Z");
    expect(state.dueAt).toBe("2026-12-01T20:00:00.000Z");
    expect(state.ended).toBe(false);
  });

  it("says how early a dose 4 hours after the last one is", () => {
    expect(earlyBy(course, [{ givenAt: "2026-12-01T14:00:00.000Z" }], "2026-12-01T18:00:00.000Z")).toBe(2 * 3600_000);
    expect(earlyBy(course, [{ givenAt: "2026-12-01T14:00:00.000Z" }], "2026-12-01T20:00:00.000Z")).toBe(0);
  });

  it("has nothing due once its last day has passed", () => {
    const state = courseState(
      course,
      [{ givenAt: "2026-12-04T20:00:00.000Z" }],
      new Date("2026-12-05T12:00:00Z"),
      ZONE,
    );
    expect(state.ended).toBe(true);
    expect(state.dueAt).toBeUndefined();
  });
});

describe("a course three times a day with no minimum interval", () => {
  const tid = { startedOn: "2026-11-30", timesPerDay: 3 };
  it("allows a fourth dose only 24 hours after the first of the last three", () => {
    const doses = ["2026-12-01T08:00:00.000Z", "2026-12-01T12:00:00.000Z", "2026-12-01T16:00:00.000Z"].map(
      (givenAt) => ({
        givenAt,
      }),
    );
    expect(courseState(tid, doses, new Date("2026-12-01T17:00:00Z"), ZONE).allowedAt).toBe("2026-12-02T08:00:00.000Z");
  });
});
