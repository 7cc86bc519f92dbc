import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { clockTicks, dayBounds, dayOf, splitByDay } from "./days.ts";
import { feedingIntervals } from "./intervals.ts";
import { todaySummary } from "./summary.ts";
import { bottle, breast, diaper, local, sleep } from "./testing/entries.ts";
import { sleepBands } from "./timeline.ts";
import { dailyTotals } from "./totals.ts";

// A caregiver's phone may be in another zone than the family (a grandparent abroad, a parent travelling): every
// answer is the same whatever zone the device is in, because each takes the family's zone and none reads the device's.

const NY = "America/New_York";
const H = 3600_000;
const at = (when: string) => local(when, NY);
const entries = [
  sleep(at("2026-03-07 20:00"), at("2026-03-08 06:00"), "night"),
  breast(at("2026-03-07 23:50"), { left: 10 }),
  bottle(at("2026-03-08 00:20"), 100, { timeZone: "Asia/Tokyo" }),
  diaper(at("2026-03-08 01:30"), "both", { timeZone: "Asia/Tokyo" }),
  breast(at("2026-03-08 03:30"), { right: 10 }),
];
const DAYS = ["2026-03-07", "2026-03-08"];
const answers = () => ({
  summary: todaySummary(entries, [], at("2026-03-08 09:00"), NY, "2026-03-08"),
  totals: dailyTotals(entries, NY, DAYS),
  bands: sleepBands(entries, NY, DAYS),
  intervals: feedingIntervals(entries, NY, DAYS),
  ticks: clockTicks("2026-03-08", NY),
});

describe("a caregiver whose phone is in another time zone", () => {
  const deviceZone = process.env.TZ;
  beforeEach(() => {
    process.env.TZ = "UTC";
  });
  afterEach(() => {
    process.env.TZ = deviceZone;
  });

  it("gets the family's answers from a phone in Tokyo, Kolkata, Honolulu or Lord Howe Island", () => {
    const expected = answers();
    for (const zone of ["Asia/Tokyo", "Asia/Kolkata", "Pacific/Honolulu", "Australia/Lord_Howe"]) {
      process.env.TZ = zone;
      expect(new Date(2026, 2, 8).getTimezoneOffset(), zone).not.toBe(0);
      expect(answers(), zone).toEqual(expected);
    }
  });

  it("sees the family's day: the night from 20:00 is 4 h on the 7th and 5 real hours on the 8th (clocks sprang forward)", () => {
    process.env.TZ = "Asia/Tokyo";
    const { totals, summary } = answers();
    expect(totals.map((d) => d.sleepMs)).toEqual([4 * H, 5 * H]);
    // The bottle and the diaper were logged in Tokyo, shortly after the family's midnight: the 8th in New York.
    expect(totals[1]).toMatchObject({ feeds: 2, volumeMl: 100, wet: 1, dirty: 1 });
    expect(summary.counts).toMatchObject({ feeds: 2, bottleMl: 100, sleepMs: 5 * H });
    expect(summary.lastFeed).toMatchObject({ at: at("2026-03-08 03:30"), nextSide: "left" });
  });

  it("days and their ticks are the family's, not the phone's", () => {
    process.env.TZ = "Pacific/Kiritimati";
    expect(dayOf(at("2026-03-08 23:00"), NY)).toBe("2026-03-08");
    expect(dayBounds("2026-03-08", NY)).toEqual({ start: "2026-03-08T05:00:00.000Z", end: "2026-03-09T04:00:00.000Z" });
    // 06:00 on the 23-hour day is 5 real hours after midnight.
    expect(clockTicks("2026-03-08", NY, [6])[0]?.at).toBeCloseTo(5 / 23, 12);
    expect(
      splitByDay(Date.parse(at("2026-03-07 22:00")), Date.parse(at("2026-03-08 02:00")), NY).map((p) => p.day),
    ).toEqual(DAYS);
  });
});
