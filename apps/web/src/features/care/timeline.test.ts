import { describe, expect, it } from "vitest";
import { entry, timer } from "./testing.ts";
import { nowOnDay, placeOnDay } from "./timeline.ts";
import { hoursOfDay } from "./zone.ts";

describe("the day's strip", () => {
  const day = { start: "2026-01-15T06:00:00.000Z", end: "2026-01-16T06:00:00.000Z" };
  const now = Date.parse("2026-01-15T18:00:00Z"); // noon in Chicago

  it("places entries by the family's clock: a diaper at 06:00 there is a quarter of the way", () => {
    const diaper = entry("diapers", { at: "2026-01-15T12:00:00Z", contents: "wet" });
    expect(placeOnDay([diaper], [], day, now)).toEqual([
      { key: diaper.kind === "diapers" ? diaper.record.diaperId : "", lane: "diaper", kind: "diapers", from: 0.25 },
    ]);
  });

  it("draws sleep as bands cut at midnight, and a running sleep up to now", () => {
    const night = entry("sleeps", {
      startedAt: "2026-01-15T03:00:00Z",
      endedAt: "2026-01-15T09:00:00Z",
      kind: "night",
    });
    const marks = placeOnDay([night], [timer({ kind: "sleep", startedAt: "2026-01-15T15:00:00Z" })], day, now);
    expect(marks.map(({ lane, from, to, running }) => ({ lane, from, to, running }))).toEqual([
      { lane: "sleep", from: 0, to: 0.125, running: undefined },
      { lane: "sleep", from: 0.375, to: 0.5, running: true },
    ]);
    expect(nowOnDay(day, now)).toBe(0.5);
    expect(nowOnDay(day, Date.parse(day.end))).toBeUndefined();
  });

  it("leaves out what is wholly outside the day", () => {
    const evening = entry("feedings", { startedAt: "2026-01-15T02:00:00Z", method: "bottle", amountMl: 60 });
    expect(placeOnDay([evening], [], day, now)).toEqual([]);
  });

  it("a day across daylight saving is as long as its clocks make it, and its hours say so", () => {
    // 8 Mar 2026 in Chicago: 23 hours, no 02:00.
    const spring = { start: "2026-03-08T06:00:00.000Z", end: "2026-03-09T05:00:00.000Z" };
    const hours = hoursOfDay(spring.start, spring.end, "America/Chicago");
    expect(hours).toHaveLength(23);
    expect(hours.slice(0, 4).map((h) => h.hour)).toEqual([0, 1, 3, 4]);
    const noon = entry("diapers", { at: "2026-03-08T17:00:00Z", contents: "wet" }); // 12:00 CDT
    expect(placeOnDay([noon], [], spring, now)[0]?.from).toBeCloseTo(11 / 23, 10);
    // 1 Nov 2026: 25 hours, 01:00 twice.
    const autumn = hoursOfDay("2026-11-01T05:00:00.000Z", "2026-11-02T06:00:00.000Z", "America/Chicago");
    expect(autumn.map((h) => h.hour).slice(0, 4)).toEqual([0, 1, 1, 2]);
  });
});
