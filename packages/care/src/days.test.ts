import { describe, expect, it } from "vitest";
import { dayBounds, dayOf, daysBetween } from "./days.ts";

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
});
