import { describe, expect, it } from "vitest";
import { daysBetween } from "./days.ts";
import { bottle, breast, diaper, local, sleep, solids } from "./testing/entries.ts";
import { type DailyTotals, dailyTotals, trends } from "./totals.ts";

const NY = "America/New_York";
const LONDON = "Europe/London";
const LORD_HOWE = "Australia/Lord_Howe";
const H = 3600_000;

describe("daily totals", () => {
  it("counts each family day: milk feeds, bottle volume, sleep, wet and dirty diapers", () => {
    const at = (when: string) => local(when, NY);
    const totals = dailyTotals(
      [
        breast(at("2026-05-11 06:00"), { left: 10, right: 10 }),
        bottle(at("2026-05-11 09:00"), 120),
        bottle(at("2026-05-11 23:30"), 90),
        solids(at("2026-05-11 12:00")),
        diaper(at("2026-05-11 07:00"), "both"),
        diaper(at("2026-05-11 10:00"), "wet"),
        diaper(at("2026-05-12 00:15"), "dirty"),
        sleep(at("2026-05-11 13:00"), at("2026-05-11 14:30"), "nap"),
        sleep(at("2026-05-11 20:00"), at("2026-05-12 05:00"), "night"),
      ],
      NY,
      ["2026-05-11", "2026-05-12"],
    );
    expect(totals).toEqual([
      {
        day: "2026-05-11",
        feeds: 3,
        solids: 1,
        volumeMl: 210,
        sleepMs: 1.5 * H + 4 * H,
        napMs: 1.5 * H,
        wet: 2,
        dirty: 1,
        entries: 8,
      },
      { day: "2026-05-12", feeds: 0, solids: 0, volumeMl: 0, sleepMs: 5 * H, napMs: 0, wet: 0, dirty: 1, entries: 1 },
    ]);
  });

  it("in New York, a sleep 01:00–04:00 on the spring-forward night is 2 real hours", () => {
    const night = sleep(local("2026-03-08 01:00", NY), local("2026-03-08 04:00", NY), "night");
    expect(dailyTotals([night], NY, ["2026-03-08"])[0]?.sleepMs).toBe(2 * H);
  });

  it("in New York, a sleep 00:30–03:00 on the fall-back night is 3½ real hours", () => {
    const night = sleep(local("2026-11-01 00:30", NY), local("2026-11-01 03:00", NY), "night");
    expect(dailyTotals([night], NY, ["2026-11-01"])[0]?.sleepMs).toBe(3.5 * H);
  });

  it("in London, a night across the spring-forward change counts 2 h on Saturday and 5 h on Sunday", () => {
    const night = sleep(local("2026-03-28 22:00", LONDON), local("2026-03-29 06:00", LONDON), "night");
    expect(dailyTotals([night], LONDON, ["2026-03-28", "2026-03-29"]).map((d) => d.sleepMs)).toEqual([2 * H, 5 * H]);
  });

  it("in London, a night across the autumn change counts 2 h and 7 h (clocks went back an hour)", () => {
    const night = sleep(local("2026-10-24 22:00", LONDON), local("2026-10-25 06:00", LONDON), "night");
    expect(dailyTotals([night], LONDON, ["2026-10-24", "2026-10-25"]).map((d) => d.sleepMs)).toEqual([2 * H, 7 * H]);
  });

  it("on Lord Howe Island, a sleep 01:00–03:00 as clocks go back half an hour lasts 2½ hours, and 1½ going forward", () => {
    const back = sleep(local("2026-04-05 01:00", LORD_HOWE), local("2026-04-05 03:00", LORD_HOWE), "night");
    const forward = sleep(local("2026-10-04 01:00", LORD_HOWE), local("2026-10-04 03:00", LORD_HOWE), "night");
    expect(dailyTotals([back, forward], LORD_HOWE, ["2026-04-05", "2026-10-04"]).map((d) => d.sleepMs)).toEqual([
      2.5 * H,
      1.5 * H,
    ]);
  });

  it("puts an entry logged by a caregiver travelling in another zone on the family's day", () => {
    // 23:30 in New York is 04:30 the next morning in London, where the caregiver's phone logged it.
    const late = bottle(local("2026-05-11 23:30", NY), 150, { timeZone: LONDON });
    const totals = dailyTotals([late], NY, ["2026-05-11", "2026-05-12"]);
    expect(totals.map((d) => d.volumeMl)).toEqual([150, 0]);
  });
});

describe("trends", () => {
  const day = (d: string, values: Partial<DailyTotals>): DailyTotals => ({
    day: d,
    feeds: 0,
    solids: 0,
    volumeMl: 0,
    sleepMs: 0,
    napMs: 0,
    wet: 0,
    dirty: 0,
    entries: 1,
    ...values,
  });

  it("averages the last 7 days, whatever order the totals come in", () => {
    const days = daysBetween("2026-05-01", "2026-05-10");
    const totals = days.map((d, i) => day(d, { feeds: i + 1, sleepMs: (10 + i) * H, wet: 6 }));
    const week = trends(totals.reverse(), 7);
    // The last 7 are days 4..10: feeds 4..10, sleep 13..19 h.
    expect(week).toMatchObject({ period: 7, daysLogged: 7, feeds: 7, sleepMs: 16 * H, wet: 6, dirty: 0 });
  });

  it("leaves out days with nothing logged rather than counting them as zero", () => {
    const totals = [
      day("2026-05-01", { feeds: 8, volumeMl: 600 }),
      day("2026-05-02", { entries: 0 }),
      day("2026-05-03", { feeds: 10, volumeMl: 800 }),
      // Only the morning of the night logged on the 3rd.
      day("2026-05-04", { entries: 0, sleepMs: 6 * H }),
    ];
    expect(trends(totals, 30)).toMatchObject({ period: 30, daysLogged: 2, feeds: 9, volumeMl: 700 });
  });

  it("has no trend before anything is logged", () => {
    expect(trends([day("2026-05-01", { entries: 0 })], 7)).toBeNull();
    expect(trends([], 30)).toBeNull();
  });
});
