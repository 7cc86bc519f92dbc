import type { BreastSide, Timer, TimerKind } from "@upnest/schemas";

// Running timers as their cards show them: how long each has run and the seconds on each side of a feed
// (whether one ran far past the usual is @upnest/care's `runningTimers`).

/** Whole seconds a timer has run at `now` (ms). */
export const runningSeconds = (timer: Pick<Timer, "startedAt">, now: number) =>
  Math.max(0, Math.floor((now - Date.parse(timer.startedAt)) / 1000));

/** The seconds on each side so far: what was banked at each switch, plus the side running now. */
export function sideSeconds(timer: Timer, now: number): Record<BreastSide, number> {
  const current = timer.side && timer.sideStartedAt ? runningSeconds({ startedAt: timer.sideStartedAt }, now) : 0;
  return {
    left: (timer.leftSeconds ?? 0) + (timer.side === "left" ? current : 0),
    right: (timer.rightSeconds ?? 0) + (timer.side === "right" ? current : 0),
  };
}

/** The other breast. */
export const otherSide = (side: BreastSide): BreastSide => (side === "left" ? "right" : "left");

/**
 * The server's clock as seen from this phone: `now` from an answer, and when it arrived. A phone whose clock is a
 * few minutes off still shows timers as long as they have really run.
 */
export const clockOffset = (serverNow: string, receivedAt: number) => Date.parse(serverNow) - receivedAt;

/** A guess at when a forgotten timer really ended, for its end-time field to start from: a usual length after it began. */
const USUAL_MINUTES: Record<TimerKind, number> = { feeding: 20, sleep: 120, tummyTime: 10, pumping: 20 };
export const likelyEnd = (timer: Pick<Timer, "kind" | "startedAt">) =>
  Date.parse(timer.startedAt) + USUAL_MINUTES[timer.kind] * 60_000;
