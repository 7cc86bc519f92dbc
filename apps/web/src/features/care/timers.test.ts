import { timer } from "@upnest/care/testing";
import { describe, expect, it } from "vitest";
import { likelyEnd, runningSeconds, sideSeconds } from "./timers.ts";

const at = (time: string) => Date.parse(`2026-01-15T${time}Z`);

describe("a running timer's card", () => {
  it("runs from its start, and a feed's sides add the banked seconds to the side running now", () => {
    const feed = {
      ...timer("feeding", "2026-01-15T10:00:00Z", "right"),
      sideStartedAt: "2026-01-15T10:08:00Z",
      leftSeconds: 480,
    };
    expect(runningSeconds(feed, at("10:12:30"))).toBe(750);
    expect(sideSeconds(feed, at("10:12:30"))).toEqual({ left: 480, right: 270 });
    expect(runningSeconds(feed, at("09:59:00"))).toBe(0);
  });

  it("guesses a forgotten timer's end a usual length after it began", () => {
    expect(likelyEnd(timer("sleep", "2026-01-15T01:00:00Z"))).toBe(at("03:00:00"));
    expect(likelyEnd(timer("feeding", "2026-01-15T01:00:00Z"))).toBe(at("01:20:00"));
  });
});
