import { describe, expect, it } from "vitest";
import { todaySummary } from "./summary.ts";
import {
  bottle,
  breast,
  diaper,
  local,
  newestFirst,
  pumping,
  sleep,
  solids,
  timer,
  tummyTime,
} from "./testing/entries.ts";

const NY = "America/New_York";
const at = (clock: string, day = "2026-05-12") => local(`${day} ${clock}`, NY);
const H = 3600_000;
const MIN = 60_000;

describe("the today view's summary", () => {
  // Tuesday 12 May 2026 in New York, seen at 14:00; the care.day answer includes the evening before.
  const entries = newestFirst([
    breast(at("21:30", "2026-05-11"), { left: 12, right: 8, last: "right" }),
    sleep(at("22:00", "2026-05-11"), at("05:30"), "night"),
    breast(at("05:40"), { left: 15 }),
    diaper(at("05:50"), "both"),
    bottle(at("09:00"), 120),
    sleep(at("10:00"), at("11:15"), "nap"),
    diaper(at("11:20"), "wet"),
    pumping(at("11:30"), 90),
    tummyTime(at("12:00"), 10),
    solids(at("12:30")),
    diaper(at("13:10"), "dirty"),
  ]);
  const now = at("14:00");

  it("says when she last ate, how long ago, how, and which side to offer next", () => {
    const { lastFeed } = todaySummary(entries, [], now, NY, "2026-05-12");
    expect(lastFeed).toMatchObject({ at: at("12:30"), agoMs: 90 * MIN, method: "solids" });
    // The last breast feed was on the left only (no lastSide given): offer the right.
    expect(lastFeed?.nextSide).toBe("right");
  });

  it("offers the side the last breast feed did not end on, and knows a bottle's amount", () => {
    const upToNine = entries.filter((e) => Date.parse(e.record.createdAt) <= Date.parse(at("09:00")));
    const { lastFeed } = todaySummary(upToNine, [], at("09:30"), NY, "2026-05-12");
    expect(lastFeed).toMatchObject({ method: "bottle", amountMl: 120, agoMs: 30 * MIN, nextSide: "right" });
    const lastNight = entries.slice(-1);
    expect(todaySummary(lastNight, [], at("00:10"), NY, "2026-05-12").lastFeed).toMatchObject({
      at: at("21:30", "2026-05-11"),
      side: "both",
      lastSide: "right",
      nextSide: "left",
    });
  });

  it("counts the family's day: milk feeds, bottle ml, wet and dirty (both is each), pumping, tummy time", () => {
    const { counts } = todaySummary(entries, [], now, NY, "2026-05-12");
    expect(counts).toEqual({
      feeds: 2, // 05:40 and 09:00; last night's 21:30 was yesterday, the 12:30 meal is solids
      solids: 1,
      bottleMl: 120,
      // The night from 22:00 counts from midnight (5 h 30), then the 1 h 15 nap.
      sleepMs: 5.5 * H + 75 * MIN,
      wet: 2,
      dirty: 2,
      pumpingMl: 90,
      tummyTimeMs: 10 * MIN,
    });
  });

  it("is awake since the last sleep ended, or asleep since a running sleep timer started", () => {
    expect(todaySummary(entries, [], now, NY, "2026-05-12").sleep).toEqual({
      asleep: false,
      wokeAt: at("11:15"),
      forMs: 2 * H + 45 * MIN,
    });
    const napping = todaySummary(entries, [timer("sleep", at("13:30"))], now, NY, "2026-05-12");
    expect(napping.sleep).toEqual({ asleep: true, since: at("13:30"), forMs: 30 * MIN, flagged: false });
    // The running nap so far counts in the day's sleep.
    expect(napping.counts.sleepMs).toBe(5.5 * H + 75 * MIN + 30 * MIN);
  });

  it("flags a timer running far longer than plausible, and leaves its time out of the day's sleep", () => {
    const forgotten = [timer("sleep", at("19:00", "2026-05-11")), timer("feeding", at("11:00"), "left")];
    const summary = todaySummary(entries, forgotten, now, NY, "2026-05-12");
    expect(summary.timers).toEqual([
      { kind: "sleep", startedAt: at("19:00", "2026-05-11"), runningMs: 19 * H, flagged: true },
      { kind: "feeding", startedAt: at("11:00"), side: "left", runningMs: 3 * H, flagged: true },
    ]);
    expect(summary.sleep).toMatchObject({ asleep: true, flagged: true, forMs: 19 * H });
    expect(summary.counts.sleepMs).toBe(5.5 * H + 75 * MIN);
    // Within the plausible time (2 h for a feed) a timer is not flagged.
    expect(todaySummary([], [timer("feeding", at("12:01"))], now, NY, "2026-05-12").timers[0]?.flagged).toBe(false);
  });

  it("has nothing to say about a baby with no entries", () => {
    expect(todaySummary([], [], now, NY, "2026-05-12")).toEqual({
      lastFeed: null,
      sleep: null,
      counts: { feeds: 0, solids: 0, bottleMl: 0, sleepMs: 0, wet: 0, dirty: 0, pumpingMl: 0, tummyTimeMs: 0 },
      timers: [],
    });
  });

  it("on the spring-forward day, a night from 23:00 to 07:00 gave 6 real hours after midnight", () => {
    const night = [sleep(local("2026-03-07 23:00", NY), local("2026-03-08 07:00", NY), "night")];
    const { counts } = todaySummary(night, [], local("2026-03-08 12:00", NY), NY, "2026-03-08");
    expect(counts.sleepMs).toBe(6 * H);
  });
});
