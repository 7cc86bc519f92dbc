import { describe, expect, it } from "vitest";
import { feedingIntervals } from "./intervals.ts";
import { bottle, breast, diaper, local, solids } from "./testing/entries.ts";

const NY = "America/New_York";
const H = 3600_000;
const at = (when: string) => local(when, NY);

describe("feeding intervals", () => {
  it("measures start to start between milk feeds, per family day and overall (median)", () => {
    const entries = [
      breast(at("2026-05-11 21:00")),
      breast(at("2026-05-12 01:00")), // 4 h (counted on the 12th, the later feed's day)
      bottle(at("2026-05-12 04:00"), 120), // 3 h
      solids(at("2026-05-12 05:00")), // a meal: not a milk feed
      breast(at("2026-05-12 06:00")), // 2 h
      diaper(at("2026-05-12 06:30"), "wet"),
      bottle(at("2026-05-13 09:00"), 120), // 27 h: nothing logged in between
      breast(at("2026-05-13 11:30")), // 2.5 h
    ];
    const result = feedingIntervals(entries, NY, ["2026-05-11", "2026-05-12", "2026-05-13"]);
    expect(result.days).toEqual([
      { day: "2026-05-11", medianMs: null, count: 0, shortestMs: null, longestMs: null },
      { day: "2026-05-12", medianMs: 3 * H, count: 3, shortestMs: 2 * H, longestMs: 4 * H },
      { day: "2026-05-13", medianMs: 14.75 * H, count: 2, shortestMs: 2.5 * H, longestMs: 27 * H },
    ]);
    // Five intervals: 2, 2.5, 3, 4, 27 hours. The median is not pulled by the night nothing was logged.
    expect(result).toMatchObject({ medianMs: 3 * H, count: 5 });
  });

  it("has no interval with fewer than two feeds", () => {
    expect(feedingIntervals([breast(at("2026-05-12 06:00"))], NY, ["2026-05-12"])).toMatchObject({
      medianMs: null,
      count: 0,
    });
  });

  it("on the spring-forward night, 01:30 to 03:30 is one real hour", () => {
    const result = feedingIntervals([breast(at("2026-03-08 01:30")), breast(at("2026-03-08 03:30"))], NY, [
      "2026-03-08",
    ]);
    expect(result.medianMs).toBe(1 * H);
  });
});
