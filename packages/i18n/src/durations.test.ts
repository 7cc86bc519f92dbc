import { describe, expect, it } from "vitest";
import {
  formatDayName,
  formatDuration,
  formatStopwatch,
  formatTimeOfDay,
  formatZoneName,
  zoneOffsetMinutes,
} from "./durations.ts";

describe("durations as a parent says them", () => {
  it("to the minute, hours and minutes past an hour, seconds under a minute", () => {
    expect(formatDuration(2 * 3600 + 10 * 60 + 29, "en")).toBe("2 h 10 min");
    expect(formatDuration(2 * 3600 + 10 * 60 + 29, "es")).toBe("2 h 10 min");
    expect(formatDuration(3 * 3600, "en")).toBe("3 h");
    expect(formatDuration(45 * 60, "en")).toBe("45 min");
    expect(formatDuration(40, "es")).toBe("40 s");
    expect(formatDuration(-5, "en")).toBe("0 s");
    expect(formatDuration(19 * 3600 + 59, "en")).toBe("19 h");
  });

  it("a running timer's clock", () => {
    expect(formatStopwatch(247)).toBe("4:07");
    expect(formatStopwatch(3600 + 20 * 60 + 5)).toBe("1:20:05");
    expect(formatStopwatch(0.9)).toBe("0:00");
  });
});

describe("moments on the family's clock", () => {
  const at = "2026-03-08T08:10:00Z"; // 03:10 in Chicago: the clocks went from 02:00 CST to 03:00 CDT that night
  it("the time of day in the zone, 24-hour", () => {
    expect(formatTimeOfDay("2026-01-15T08:10:00Z", "en", "America/Chicago")).toBe("02:10");
    expect(formatTimeOfDay(at, "es", "America/Chicago")).toBe("03:10");
    expect(formatTimeOfDay("2026-01-15T14:05:00Z", "en", "UTC")).toBe("14:05");
  });

  it("the day's name and the zone's name in the language", () => {
    expect(formatDayName("2026-12-01T12:00:00Z", "en", "Europe/Madrid")).toBe("Tuesday 1 December");
    expect(formatDayName("2026-12-01T12:00:00Z", "es", "Europe/Madrid")).toBe("martes, 1 de diciembre");
    // 03:00 UTC on 2 Dec is still 1 Dec in Chicago.
    expect(formatDayName("2026-12-02T03:00:00Z", "en", "America/Chicago")).toBe("Tuesday 1 December");
    expect(formatZoneName("America/Chicago", "en")).toBe("Central Time");
    expect(formatZoneName("America/Chicago", "es")).toBe("hora central");
  });

  it("a zone's offset follows daylight saving", () => {
    expect(zoneOffsetMinutes("America/Chicago", "2026-01-15T12:00:00Z")).toBe(-360);
    expect(zoneOffsetMinutes("America/Chicago", "2026-07-15T12:00:00Z")).toBe(-300);
    expect(zoneOffsetMinutes("Asia/Kolkata", "2026-07-15T12:00:00Z")).toBe(330);
    expect(zoneOffsetMinutes("UTC")).toBe(0);
  });
});
