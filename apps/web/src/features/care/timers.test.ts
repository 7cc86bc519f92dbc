import { describe, expect, it } from "vitest";
import { timer } from "./testing.ts";
import { isImplausible, runningSeconds, sideSeconds } from "./timers.ts";

const at = (time: string) => Date.parse(`2026-01-15T${time}Z`);

describe("running timers", () => {
  it("run from their start, and a feed's sides add the banked seconds to the side running now", () => {
    const feed = timer({
      kind: "feeding",
      startedAt: "2026-01-15T10:00:00Z",
      side: "right",
      sideStartedAt: "2026-01-15T10:08:00Z",
      leftSeconds: 480,
    });
    expect(runningSeconds(feed, at("10:12:30"))).toBe(750);
    expect(sideSeconds(feed, at("10:12:30"))).toEqual({ left: 480, right: 270 });
    expect(runningSeconds(feed, at("09:59:00"))).toBe(0);
  });

  it("are flagged once past their kind's plausible length (a feed 2 h, a sleep 14 h)", () => {
    const feed = timer({ kind: "feeding", startedAt: "2026-01-15T10:00:00Z" });
    expect(isImplausible(feed, at("12:00:00"))).toBe(false);
    expect(isImplausible(feed, at("12:00:01"))).toBe(true);
    const sleep = timer({ kind: "sleep", startedAt: "2026-01-15T01:00:00Z" });
    expect(isImplausible(sleep, at("14:59:00"))).toBe(false);
    expect(isImplausible(sleep, at("20:00:00"))).toBe(true);
  });
});
