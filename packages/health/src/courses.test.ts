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

const at = (iso: string) => ({ givenAt: iso });

describe("a course every N hours", () => {
  const every8 = { startedOn: "2026-12-01", everyHours: 8, days: 7 };

  it("plans its doses from its days and interval (7 days every 8 hours: 21)", () => {
    expect(courseState(every8, [], new Date("2026-12-01T12:00:00Z"), ZONE)).toMatchObject({
      dosesGiven: 0,
      plannedDoses: 21,
      lastDay: "2026-12-07",
      ended: false,
      allowedAt: undefined,
      dueAt: undefined,
    });
  });

  it("counts real hours across a change of the clocks (6 hours after 00:30 on the night clocks go back)", () => {
    const six = { startedOn: "2026-10-31", everyHours: 6 };
    // 2026-11-01 00:30 CDT is 05:30Z; six real hours later is 11:30Z, 05:30 CST on the wall clock.
    const state = courseState(six, [at("2026-11-01T05:30:00.000Z")], new Date("2026-11-01T06:00:00Z"), ZONE);
    expect(state.allowedAt).toBe("2026-11-01T11:30:00.000Z");
    expect(state.dueAt).toBe("2026-11-01T11:30:00.000Z");
  });

  it("says which day of the course it is on the family's calendar", () => {
    // 2026-12-03 02:00Z is still 2 December in Chicago: day 2 of 7.
    expect(courseState(every8, [], new Date("2026-12-03T02:00:00Z"), ZONE).day).toBe(2);
    expect(courseState(every8, [], new Date("2026-12-03T02:00:00Z"), "Asia/Tokyo").day).toBe(3);
  });
});

describe("a course N times a day", () => {
  const tid = { startedOn: "2026-12-01", timesPerDay: 3, days: 7 };

  it("plans N doses a day and expects the next one 24/N hours after the last", () => {
    const state = courseState(tid, [at("2026-12-01T14:00:00.000Z")], new Date("2026-12-01T15:00:00Z"), ZONE);
    expect(state.plannedDoses).toBe(21);
    expect(state.dueAt).toBe("2026-12-01T22:00:00.000Z");
    // With no minimum interval entered and fewer than N doses in a day, nothing of the course's own limits it.
    expect(state.allowedAt).toBeUndefined();
  });

  it("with a minimum interval, allows the next dose only that long after the last", () => {
    const course = { ...tid, minIntervalHours: 4 };
    const doses = [at("2026-12-01T14:00:00.000Z")];
    expect(courseState(course, doses, new Date("2026-12-01T15:00:00Z"), ZONE).allowedAt).toBe(
      "2026-12-01T18:00:00.000Z",
    );
    expect(earlyBy(course, doses, "2026-12-01T17:00:00.000Z")).toBe(3600_000);
    expect(earlyBy(course, doses, "2026-12-01T18:00:00.000Z")).toBe(0);
  });

  it("warns on a fourth dose within 24 hours of the first of three", () => {
    const doses = ["2026-12-01T08:00:00.000Z", "2026-12-01T12:00:00.000Z", "2026-12-01T16:00:00.000Z"].map(at);
    expect(earlyBy(tid, doses, "2026-12-02T07:00:00.000Z")).toBe(3600_000);
    expect(earlyBy(tid, doses, "2026-12-02T08:00:00.000Z")).toBe(0);
  });
});

describe("a minimum interval longer than the spacing", () => {
  it("allows the next dose at the minimum interval, while it is due at the spacing", () => {
    const course = { startedOn: "2026-12-01", everyHours: 4, minIntervalHours: 6 };
    const state = courseState(course, [at("2026-12-01T10:00:00.000Z")], new Date("2026-12-01T11:00:00Z"), ZONE);
    expect(state.dueAt).toBe("2026-12-01T14:00:00.000Z");
    expect(state.allowedAt).toBe("2026-12-01T16:00:00.000Z");
  });
});

describe("the end of a course", () => {
  const course = { startedOn: "2026-12-01", everyHours: 12, days: 3 };

  it("ends once every planned dose was given, even before its last day", () => {
    const doses = Array.from({ length: 6 }, (_, i) =>
      at(new Date(Date.parse("2026-12-01T14:00:00Z") + i * 12 * 3600_000).toISOString()),
    );
    const state = courseState(course, doses, new Date("2026-12-03T15:00:00Z"), ZONE);
    expect(state).toMatchObject({
      dosesGiven: 6,
      plannedDoses: 6,
      ended: true,
      allowedAt: undefined,
      dueAt: undefined,
    });
  });

  it("ends after its last day on the family's calendar, not UTC's", () => {
    // The last day is 3 December; 05:00Z on 4 December is still 3 December, 23:00, in Chicago.
    const doses = [at("2026-12-03T14:00:00.000Z")];
    expect(courseState(course, doses, new Date("2026-12-04T05:00:00Z"), ZONE).ended).toBe(false);
    expect(courseState(course, doses, new Date("2026-12-04T06:30:00Z"), ZONE).ended).toBe(true);
  });

  it("has no dose due after its last day ends", () => {
    // 3 December 20:00 Chicago + 12 h is 4 December: past the course.
    const state = courseState(course, [at("2026-12-04T02:00:00.000Z")], new Date("2026-12-04T03:00:00Z"), ZONE);
    expect(state.ended).toBe(false);
    expect(state.dueAt).toBeUndefined();
  });

  it("stopped early: the stop day is its last, and from then nothing is due or allowed", () => {
    const stopped = { ...course, days: 10, stoppedOn: "2026-12-02" };
    const doses = [at("2026-12-02T14:00:00.000Z")];
    expect(courseState(stopped, doses, new Date("2026-12-02T15:00:00Z"), ZONE)).toMatchObject({
      lastDay: "2026-12-02",
      ended: true,
      allowedAt: undefined,
      dueAt: undefined,
    });
  });

  it("a stop date after the planned end does not lengthen the course", () => {
    expect(
      courseState({ ...course, stoppedOn: "2026-12-20" }, [], new Date("2026-12-01T15:00:00Z"), ZONE).lastDay,
    ).toBe("2026-12-03");
  });

  it("a course with no end runs until stopped, with no planned count", () => {
    const open = { startedOn: "2026-12-01", everyHours: 6 };
    const state = courseState(open, [at("2027-03-01T10:00:00.000Z")], new Date("2027-03-01T11:00:00Z"), ZONE);
    expect(state).toMatchObject({ plannedDoses: undefined, lastDay: undefined, ended: false });
    expect(state.allowedAt).toBe("2027-03-01T16:00:00.000Z");
  });
});

describe("doses in any order", () => {
  it("judges from the latest dose, whatever order they come in", () => {
    const course = { startedOn: "2026-12-01", everyHours: 6 };
    const doses = [at("2026-12-01T14:00:00.000Z"), at("2026-12-01T08:00:00.000Z")];
    expect(courseState(course, doses, new Date("2026-12-01T15:00:00Z"), ZONE).lastGivenAt).toBe(
      "2026-12-01T14:00:00.000Z",
    );
    // A dose entered afterwards for 10:00 is judged against the 08:00 one only.
    expect(earlyBy(course, doses, "2026-12-01T10:00:00.000Z")).toBe(4 * 3600_000);
  });
});
