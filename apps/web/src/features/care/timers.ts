import { type BreastSide, PLAUSIBLE_TIMER_HOURS, type Timer, type TimerKind } from "@upnest/schemas";

// Running timers as the today view shows them: how long each has run, the seconds on each side of a feed, and
// whether it has run so far past the usual that someone probably forgot to stop it.

/** The kinds in the order the quick actions offer them. */
export const TIMER_KINDS = ["feeding", "sleep", "tummyTime", "pumping"] as const satisfies readonly TimerKind[];

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

/** Past its kind's plausible length (PLAUSIBLE_TIMER_HOURS): shown as a question, and stopping needs the real end. */
export const isImplausible = (timer: Pick<Timer, "kind" | "startedAt">, now: number) =>
  runningSeconds(timer, now) > PLAUSIBLE_TIMER_HOURS[timer.kind] * 3600;

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
