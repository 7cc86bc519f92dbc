import { describe, expect, it } from "vitest";
import { dayCounts, entriesOfDay, lastFeed, sleepState } from "./summary.ts";
import { entry, timer } from "./testing.ts";

// 15 Jan 2026 in Chicago (UTC−6): [06:00Z, 06:00Z next day).
const day = { start: "2026-01-15T06:00:00.000Z", end: "2026-01-16T06:00:00.000Z" };
const now = Date.parse("2026-01-15T20:00:00Z"); // 14:00 in Chicago

const night = entry("sleeps", { startedAt: "2026-01-15T03:00:00Z", endedAt: "2026-01-15T12:00:00Z", kind: "night" });
const nap = entry("sleeps", { startedAt: "2026-01-15T16:00:00Z", endedAt: "2026-01-15T17:30:00Z", kind: "nap" });
const yesterdaysFeed = entry("feedings", { startedAt: "2026-01-15T04:00:00Z", method: "bottle", amountMl: 90 });
const breast = entry("feedings", {
  startedAt: "2026-01-15T13:00:00Z",
  method: "breast",
  side: "both",
  leftSeconds: 600,
  rightSeconds: 420,
  lastSide: "left",
});
const bottle = entry("feedings", { startedAt: "2026-01-15T18:00:00Z", method: "bottle", amountMl: 120 });
const diapers = ["wet", "wet", "both", "dirty", "wet"].map((contents, i) =>
  entry("diapers", { at: `2026-01-15T${10 + i}:00:00Z`, contents }),
);
const lateDiaper = entry("diapers", { at: "2026-01-15T05:59:00Z", contents: "wet" }); // 23:59 the day before

describe("the today view's first lines", () => {
  it("last fed: the newest feed, the side she finished on and the one to offer next", () => {
    expect(lastFeed([breast, yesterdaysFeed], [])).toEqual({
      at: "2026-01-15T13:00:00Z",
      method: "breast",
      running: false,
      side: "left",
      nextSide: "right",
    });
    expect(lastFeed([breast, bottle], [])).toMatchObject({ method: "bottle", at: "2026-01-15T18:00:00Z" });
    expect(lastFeed([bottle], [])).not.toHaveProperty("nextSide");
    expect(lastFeed([], [])).toBeUndefined();
  });

  it("a running feeding timer is the feed now", () => {
    const running = timer({ kind: "feeding", startedAt: "2026-01-15T19:50:00Z", side: "right" });
    expect(lastFeed([bottle], [running])).toMatchObject({ running: true, side: "right", at: running.startedAt });
  });

  it("asleep since a running sleep timer started, else awake since the newest sleep ended", () => {
    expect(sleepState([night, nap], [], now)).toEqual({ asleep: false, since: "2026-01-15T17:30:00Z" });
    const sleeping = timer({ kind: "sleep", startedAt: "2026-01-15T19:00:00Z" });
    expect(sleepState([night, nap], [sleeping], now)).toEqual({ asleep: true, since: sleeping.startedAt });
    expect(sleepState([], [], now)).toEqual({ asleep: false });
  });

  it("counts what started on the family's day: wet and dirty diapers (both counts as each), feeds, bottle volume", () => {
    const counts = dayCounts([...diapers, lateDiaper, breast, bottle, yesterdaysFeed], [], day, now);
    expect(counts).toMatchObject({ wet: 4, dirty: 2, diapers: 5, feeds: 2, bottleMl: 120 });
  });

  it("counts sleep inside the day only: last night from midnight, and a sleep running now up to now", () => {
    const sleeping = timer({ kind: "sleep", startedAt: "2026-01-15T19:00:00Z" });
    const counts = dayCounts([night, nap], [sleeping], day, now);
    // 06:00–12:00 of the night (6 h), the nap (1 h 30 min), the running sleep (1 h).
    expect(counts.sleepSeconds).toBe((6 + 1.5 + 1) * 3600);
    expect(counts.naps).toBe(1);
  });

  it("lists the day's entries newest first, with a night that ran past midnight but not the evening's other entries", () => {
    const listed = entriesOfDay([night, yesterdaysFeed, lateDiaper, breast, bottle], day);
    expect(listed).toEqual([bottle, breast, night]);
  });
});
