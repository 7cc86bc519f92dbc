import { type BreastSide, PLAUSIBLE_TIMER_HOURS, type Timer, type TimerKind } from "@upnest/schemas";
import { dayBounds } from "./days.ts";
import { type CareEntry, type CareRecords, endSide, isKind, isMilkFeed, overlapMs, spanOf, startOf } from "./entry.ts";

// The today view's answers: when she last ate and on which side, whether she is asleep, and the day's counts.

export type LastFeed = {
  /** When the feed began (intervals between feeds are counted start to start), and how long ago that was. */
  at: string;
  agoMs: number;
  method: CareRecords["feedings"]["method"];
  side?: CareRecords["feedings"]["side"];
  lastSide?: BreastSide;
  amountMl?: number;
  /** The side to offer next: the other one than the last breast feed ended on (`null` when unknown). */
  nextSide: BreastSide | null;
};

export type SleepState =
  | { asleep: true; since: string; forMs: number; flagged: boolean }
  | { asleep: false; wokeAt: string; forMs: number };

export type RunningTimer = {
  kind: TimerKind;
  startedAt: string;
  side?: BreastSide;
  runningMs: number;
  /** Running longer than PLAUSIBLE_TIMER_HOURS for its kind: probably left running, so not counted in totals. */
  flagged: boolean;
};

export type DayCounts = {
  /** Breast and bottle feeds; solid meals separately. */
  feeds: number;
  solids: number;
  bottleMl: number;
  /** Sleep inside the day only (a night that began yesterday counts from midnight), with a running timer to now. */
  sleepMs: number;
  /** A "both" diaper counts as wet and as dirty. */
  wet: number;
  dirty: number;
  pumpingMl: number;
  tummyTimeMs: number;
};

export type TodaySummary = {
  lastFeed: LastFeed | null;
  sleep: SleepState | null;
  counts: DayCounts;
  timers: RunningTimer[];
};

const time = (instant: string | number | Date) => new Date(instant).getTime();

/** The newest entry of a list by its start, among those started by `now`. */
function newest<E extends CareEntry>(entries: readonly E[], now: number): E | undefined {
  let best: E | undefined;
  for (const e of entries) {
    const at = Date.parse(startOf(e));
    if (at <= now && (!best || at > Date.parse(startOf(best)))) best = e;
  }
  return best;
}

const OTHER: Record<BreastSide, BreastSide> = { left: "right", right: "left" };

/** The newest feed of any kind, with the side to offer next from the newest breast feed. */
export function lastFeed(entries: readonly CareEntry[], now: number): LastFeed | null {
  const feeds = entries.filter(isKind("feedings"));
  const feed = newest(feeds, now)?.record;
  if (!feed) return null;
  const breast = newest(
    feeds.filter((f) => f.record.method === "breast"),
    now,
  )?.record;
  const ended = breast ? endSide(breast) : null;
  return {
    at: feed.startedAt,
    agoMs: now - Date.parse(feed.startedAt),
    method: feed.method,
    ...(feed.side ? { side: feed.side } : {}),
    ...(feed.lastSide ? { lastSide: feed.lastSide } : {}),
    ...(feed.amountMl !== undefined ? { amountMl: feed.amountMl } : {}),
    nextSide: ended ? OTHER[ended] : null,
  };
}

/** Each running timer, how long it has run, and whether that is far longer than plausible. */
export function runningTimers(timers: readonly Timer[], now: number): RunningTimer[] {
  return timers.map((t) => {
    const runningMs = Math.max(0, now - Date.parse(t.startedAt));
    return {
      kind: t.kind,
      startedAt: t.startedAt,
      ...(t.side ? { side: t.side } : {}),
      runningMs,
      flagged: runningMs > PLAUSIBLE_TIMER_HOURS[t.kind] * 3600_000,
    };
  });
}

/** Asleep since a running sleep timer started, else awake since the newest recorded sleep ended. */
export function sleepState(entries: readonly CareEntry[], timers: readonly RunningTimer[], now: number) {
  const running = timers.find((t) => t.kind === "sleep");
  if (running)
    return { asleep: true, since: running.startedAt, forMs: running.runningMs, flagged: running.flagged } as const;
  let woke: number | undefined;
  for (const s of entries.filter(isKind("sleeps"))) {
    const end = Date.parse(s.record.endedAt);
    if (end <= now && (woke === undefined || end > woke)) woke = end;
  }
  return woke === undefined
    ? null
    : ({ asleep: false, wokeAt: new Date(woke).toISOString(), forMs: now - woke } as const);
}

/** The day's counts from the entries that start in `[from, to)`; sleep is the part of each sleep inside it. */
export function dayCounts(entries: readonly CareEntry[], from: number, to: number): DayCounts {
  const counts: DayCounts = {
    feeds: 0,
    solids: 0,
    bottleMl: 0,
    sleepMs: 0,
    wet: 0,
    dirty: 0,
    pumpingMl: 0,
    tummyTimeMs: 0,
  };
  for (const entry of entries) {
    const span = spanOf(entry);
    if (entry.kind === "sleeps") counts.sleepMs += overlapMs(span.start, span.end, from, to);
    if (span.start < from || span.start >= to) continue;
    if (isMilkFeed(entry)) counts.feeds += 1;
    if (entry.kind === "feedings" && entry.record.method === "solids") counts.solids += 1;
    if (entry.kind === "feedings" && entry.record.method === "bottle") counts.bottleMl += entry.record.amountMl ?? 0;
    if (entry.kind === "diapers" && entry.record.contents !== "dirty") counts.wet += 1;
    if (entry.kind === "diapers" && entry.record.contents !== "wet") counts.dirty += 1;
    if (entry.kind === "pumpings") counts.pumpingMl += entry.record.amountMl ?? 0;
    if (entry.kind === "tummyTimes") counts.tummyTimeMs += span.end - span.start;
  }
  return counts;
}

/**
 * What the today view says about the family's `day` in `timeZone` at `now`: the last feed (yesterday evening's, if
 * none today), asleep or awake since when, the day's counts, and the running timers, each flagged when it has run
 * far longer than plausible. A running sleep timer adds its time so far to the day's sleep, unless flagged.
 */
export function todaySummary(
  entries: readonly CareEntry[],
  timers: readonly Timer[],
  now: string | number | Date,
  timeZone: string,
  day: string,
): TodaySummary {
  const at = time(now);
  const bounds = dayBounds(day, timeZone);
  const [from, to] = [Date.parse(bounds.start), Math.min(Date.parse(bounds.end), at)];
  const running = runningTimers(timers, at);
  const counts = dayCounts(entries, from, Date.parse(bounds.end));
  const sleepTimer = running.find((t) => t.kind === "sleep" && !t.flagged);
  if (sleepTimer) counts.sleepMs += overlapMs(Date.parse(sleepTimer.startedAt), at, from, to);
  return { lastFeed: lastFeed(entries, at), sleep: sleepState(entries, running, at), counts, timers: running };
}
