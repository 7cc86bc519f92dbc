import { type CareEntry, shiftDay } from "@upnest/care";
import { bottle, breast, diaper, local, sleep } from "@upnest/care/testing";
import { describe, expect, it } from "vitest";
import { patternsOf, rangeFor } from "./patterns-data.ts";

const ZONE = "Asia/Kolkata";
const TODAY = "2026-05-20";
const H = 3600_000;

/** A week the way a family logs it: five feeds, a nap, four diapers a day, and a night from 20:00 to 06:00. */
function week(): CareEntry[] {
  const entries: CareEntry[] = [];
  for (let k = 7; k >= 1; k--) {
    const day = shiftDay(TODAY, -k);
    const at = (clock: string) => local(`${day} ${clock}`, ZONE);
    entries.push(
      breast(at("06:30"), { left: 10, right: 8, last: "right" }),
      bottle(at("09:30"), 120),
      breast(at("12:30"), { left: 12 }),
      bottle(at("15:30"), 150),
      breast(at("18:30"), { right: 10 }),
      sleep(at("13:00"), at("14:30"), "nap"),
      diaper(at("07:00"), "wet"),
      diaper(at("11:00"), "both"),
      diaper(at("16:00"), "wet"),
      diaper(at("19:00"), "dirty"),
    );
    // Last night's sleep is still going on: nothing started yesterday evening.
    if (k >= 2) entries.push(sleep(at("20:00"), local(`${shiftDay(day, 1)} 06:00`, ZONE), "night"));
  }
  // The night before the week, into its first morning.
  entries.push(
    sleep(local(`${shiftDay(TODAY, -8)} 20:00`, ZONE), local(`${shiftDay(TODAY, -7)} 06:00`, ZONE), "night"),
  );
  return entries;
}

describe("the Patterns page's numbers", () => {
  it("reads from the day before the month's full days to today", () => {
    expect(rangeFor(TODAY)).toEqual({ from: "2026-04-19", to: TODAY });
  });

  it("shows the last 7 days up to today, and averages the 7 full days before it", () => {
    const p = patternsOf(week(), ZONE, TODAY, 7);
    expect(p.days).toEqual(["2026-05-14", "2026-05-15", "2026-05-16", "2026-05-17", "2026-05-18", "2026-05-19", TODAY]);
    expect(p.totals.map((d) => d.feeds)).toEqual([5, 5, 5, 5, 5, 5, 0]);
    expect(p.totals[2]).toMatchObject({ volumeMl: 270, sleepMs: 11.5 * H, napMs: 1.5 * H, wet: 3, dirty: 2 });
    // Yesterday: the morning of the night before and the nap; the night that began last evening is still on.
    expect(p.totals[5]?.sleepMs).toBe(7.5 * H);
    expect(p.trend).toMatchObject({ period: 7, daysLogged: 7, feeds: 5, volumeMl: 270, wet: 3, dirty: 2 });
    // The first full day (the 13th) starts with the morning of the night before the week.
    expect(p.trend?.sleepMs).toBeCloseTo(((6 * 11.5 + 7.5) * H) / 7, 6);
    // Four 3-hour gaps a day, and the 12 hours from 18:30 to 06:30: the median is 3 hours.
    expect(p.intervalMs).toBe(3 * H);
    expect(p.intervals[2]).toMatchObject({ medianMs: 3 * H, count: 5, shortestMs: 3 * H, longestMs: 12 * H });
  });

  it("draws each night as two bands, the evening on its day and the morning on the next", () => {
    const { sleep: rows } = patternsOf(week(), ZONE, TODAY, 7);
    const kinds = rows.map((r) => r.bands.map((b) => b.kind).join(" "));
    expect(kinds).toEqual([
      "night nap night",
      "night nap night",
      "night nap night",
      "night nap night",
      "night nap night",
      "night nap",
      "",
    ]);
    expect(rows[0]?.bands[0]).toMatchObject({ start: 0, end: 0.25 });
    expect(rows[0]?.bands[2]).toMatchObject({ start: 20 / 24, end: 1 });
  });

  it("averages over the full days logged in the last 30: the week's 7 and the evening before it", () => {
    const p = patternsOf(week(), ZONE, TODAY, 30);
    expect(p.days).toHaveLength(30);
    expect(p.trend).toMatchObject({ period: 30, daysLogged: 8 });
    expect(p.trend?.feeds).toBeCloseTo(35 / 8, 12);
  });

  it("has no averages before a full day is logged", () => {
    const today = [bottle(local(`${TODAY} 08:00`, ZONE), 90)];
    const p = patternsOf(today, ZONE, TODAY, 7);
    expect(p.trend).toBeNull();
    expect(p.totals.at(-1)).toMatchObject({ day: TODAY, feeds: 1, volumeMl: 90 });
  });
});
