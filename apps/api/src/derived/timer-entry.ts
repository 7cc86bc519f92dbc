import { DomainError } from "@upnest/db";
import {
  type BabyRecordDefinition,
  feedings,
  PLAUSIBLE_TIMER_HOURS,
  pumpings,
  type SleepKind,
  sleeps,
  type Timer,
  type TimerKind,
  tummyTimes,
} from "@upnest/schemas";

/** What stopping a timer adds to the record it becomes. */
export type Stopping = {
  endedAt: string;
  sleepKind?: SleepKind | undefined;
  amountMl?: number | undefined;
  notes?: string | undefined;
};

const TOO_LONG = "This timer ran much longer than usual: enter when it ended";

/**
 * The end of a running timer: now, unless the person says when; a timer left running far past what its kind
 * plausibly lasts (PLAUSIBLE_TIMER_HOURS) is not saved with "now" as its end: the person is asked for the real one.
 */
export function endOf(timer: Timer, endedAt: string | undefined, now: Date): string {
  const end = endedAt ?? now.toISOString();
  if (Date.parse(end) <= Date.parse(timer.startedAt))
    throw new DomainError("invalid", "The end must be after the start", {
      fieldErrors: { endedAt: ["The end must be after the start"] },
    });
  if (!endedAt && now.getTime() - Date.parse(timer.startedAt) > PLAUSIBLE_TIMER_HOURS[timer.kind] * 3600_000)
    throw new DomainError("invalid", TOO_LONG, { fieldErrors: { endedAt: [TOO_LONG] } });
  return end;
}

const seconds = (from: string, to: string) => Math.max(0, Math.round((Date.parse(to) - Date.parse(from)) / 1000));

/** The hour (0–23) an instant shows on a zone's clocks. */
const hourIn = (instant: string, timeZone: string) =>
  Number(new Intl.DateTimeFormat("en-GB", { hour: "2-digit", hourCycle: "h23", timeZone }).format(new Date(instant)));

/** A sleep begun in the evening or the small hours (19:00–05:59 on the family's clock) is the night's sleep. */
export const sleepKindOf = (startedAt: string, timeZone: string): SleepKind => {
  const hour = hourIn(startedAt, timeZone);
  return hour >= 19 || hour < 6 ? "night" : "nap";
};

/** Seconds on each side, the running side's time up to the end included, and which sides were used. */
function sidesOf(timer: Timer, end: string) {
  const left =
    (timer.leftSeconds ?? 0) + (timer.side === "left" ? seconds(timer.sideStartedAt ?? timer.startedAt, end) : 0);
  const right =
    (timer.rightSeconds ?? 0) + (timer.side === "right" ? seconds(timer.sideStartedAt ?? timer.startedAt, end) : 0);
  // The side it is on counts as used even if stopped at once after switching to it.
  const onLeft = left > 0 || timer.side === "left";
  const onRight = right > 0 || timer.side === "right";
  const side = onLeft && onRight ? "both" : onRight ? "right" : "left";
  return { leftSeconds: left, rightSeconds: right, side } as const;
}

/** The record type each timer's stop records. */
export const definitionOfTimer = (kind: TimerKind): BabyRecordDefinition =>
  ({ feeding: feedings, sleep: sleeps, tummyTime: tummyTimes, pumping: pumpings })[kind];

/** The values of the record a stopped timer becomes (of its `definitionOfTimer` type), in the timer's zone. */
export function entryOfTimer(timer: Timer, stop: Stopping): unknown {
  const { startedAt, timeZone } = timer;
  const notes = stop.notes ? { notes: stop.notes } : {};
  switch (timer.kind) {
    case "feeding": {
      const sides = sidesOf(timer, stop.endedAt);
      return { startedAt, timeZone, method: "breast", ...sides, lastSide: timer.side, ...notes };
    }
    case "sleep":
      return {
        startedAt,
        timeZone,
        endedAt: stop.endedAt,
        kind: stop.sleepKind ?? sleepKindOf(startedAt, timeZone),
        ...notes,
      };
    case "tummyTime":
      return { startedAt, timeZone, durationSeconds: seconds(startedAt, stop.endedAt), ...notes };
    case "pumping": {
      const { side } = timer.side ? sidesOf(timer, stop.endedAt) : { side: "both" as const };
      const amount = stop.amountMl === undefined ? {} : { amountMl: stop.amountMl };
      return { startedAt, timeZone, side, durationSeconds: seconds(startedAt, stop.endedAt), ...amount, ...notes };
    }
  }
}
