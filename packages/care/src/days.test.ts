import { describe, expect, it } from "vitest";
import { clockTicks, dayBounds, dayOf, daysBetween, nextDay, shiftDay, splitByDay } from "./days.ts";

describe("the family's day", () => {
  it("is a calendar day in the baby's zone, 23 or 25 hours long across a daylight-saving change", () => {
    expect(dayBounds("2026-03-08", "America/New_York")).toEqual({
      start: "2026-03-08T05:00:00.000Z",
      end: "2026-03-09T04:00:00.000Z",
    });
    expect(dayBounds("2026-11-01", "America/New_York")).toEqual({
      start: "2026-11-01T04:00:00.000Z",
      end: "2026-11-02T05:00:00.000Z",
    });
    expect(dayBounds("2026-06-01", "UTC")).toEqual({
      start: "2026-06-01T00:00:00.000Z",
      end: "2026-06-02T00:00:00.000Z",
    });
  });

  it("puts an instant on the day its zone's clocks show", () => {
    expect(dayOf("2026-03-01T04:30:00.000Z", "America/Chicago")).toBe("2026-02-28");
    expect(dayOf("2026-03-01T04:30:00.000Z", "Europe/Madrid")).toBe("2026-03-01");
    expect(dayOf("2026-03-01T11:00:00.000Z", "Pacific/Kiritimati")).toBe("2026-03-02");
  });

  it("lists the days of a range", () => {
    expect(daysBetween("2026-02-27", "2026-03-02")).toEqual(["2026-02-27", "2026-02-28", "2026-03-01", "2026-03-02"]);
  });

  it("is 24½ and 23½ hours long on Lord Howe Island, whose clocks move half an hour", () => {
    const hours = (day: string) => {
      const { start, end } = dayBounds(day, "Australia/Lord_Howe");
      return (Date.parse(end) - Date.parse(start)) / 3600_000;
    };
    expect([hours("2026-04-04"), hours("2026-04-05"), hours("2026-10-04"), hours("2026-10-05")]).toEqual([
      24, 24.5, 23.5, 24,
    ]);
  });

  it("splits a span at each of the family's midnights, in real time", () => {
    // 22:00 on Saturday 28 March to 06:00 Sunday in London: 2 hours, then 5 (the clocks skipped 01:00–02:00).
    const parts = splitByDay(Date.parse("2026-03-28T22:00:00Z"), Date.parse("2026-03-29T05:00:00Z"), "Europe/London");
    expect(parts.map((p) => [p.day, (p.end - p.start) / 3600_000])).toEqual([
      ["2026-03-28", 2],
      ["2026-03-29", 5],
    ]);
    expect(nextDay("2026-12-31")).toBe("2027-01-01");
    expect(shiftDay("2026-03-01", -1)).toBe("2026-02-28");
  });

  it("puts the clock's hours where they fall on a 25-hour day", () => {
    const ticks = clockTicks("2026-11-01", "America/New_York", [0, 6, 12, 24]);
    expect(ticks.map((t) => Math.round(t.at * 25 * 1e9) / 1e9)).toEqual([0, 7, 13, 25]);
  });
});
