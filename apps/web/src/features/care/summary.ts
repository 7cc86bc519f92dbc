import type { BreastSide, FeedingMethod } from "@upnest/schemas";
import { type CareEntry, type EntryOf, entryEnd, entryStart, newestFirst, type Timer } from "./entries.ts";
import { otherSide } from "./timers.ts";

// What a parent reads first on the today view, from the day's entries and the running timers: when the baby
// last ate and on which side, whether she sleeps now, and the day's counts.

export type LastFeed = {
  at: string;
  method: FeedingMethod;
  /** The side the baby finished on (breast), and the one to offer next. */
  side?: BreastSide | "both";
  nextSide?: BreastSide;
  /** A feeding timer is running now. */
  running: boolean;
};

export type SleepState = { asleep: true; since: string } | { asleep: false; since?: string };

export type DayCounts = {
  feeds: number;
  bottleMl: number;
  wet: number;
  dirty: number;
  diapers: number;
  /** Seconds of sleep inside the day (a night that began yesterday counts from midnight), up to now. */
  sleepSeconds: number;
  naps: number;
  pumpings: number;
  pumpedMl: number;
  tummySeconds: number;
};

const isFeeding = (e: CareEntry): e is EntryOf<"feedings"> => e.kind === "feedings";
const isSleep = (e: CareEntry): e is EntryOf<"sleeps"> => e.kind === "sleeps";

/** The newest feed, or the running feeding timer (which counts as the feed now). */
export function lastFeed(entries: readonly CareEntry[], timers: readonly Timer[]): LastFeed | undefined {
  const running = timers.find((t) => t.kind === "feeding");
  if (running) {
    const side = running.side;
    return { at: running.startedAt, method: "breast", running: true, ...(side ? { side } : {}) };
  }
  const feed = newestFirst(entries.filter(isFeeding))[0];
  if (!feed) return undefined;
  const { method, side, lastSide } = feed.record;
  const finished = lastSide ?? (side === "left" || side === "right" ? side : undefined);
  return {
    at: feed.record.startedAt,
    method,
    running: false,
    ...(method === "breast" && (finished ?? side) ? { side: finished ?? side } : {}),
    ...(method === "breast" && finished ? { nextSide: otherSide(finished) } : {}),
  };
}

/** Asleep since the running sleep timer started; else awake since the newest sleep ended (if one is loaded). */
export function sleepState(entries: readonly CareEntry[], timers: readonly Timer[], now: number): SleepState {
  const running = timers.find((t) => t.kind === "sleep");
  if (running) return { asleep: true, since: running.startedAt };
  const ended = entries
    .filter(isSleep)
    .map((s) => s.record.endedAt)
    .filter((at) => Date.parse(at) <= now)
    .sort((a, b) => Date.parse(a) - Date.parse(b))
    .at(-1);
  return ended ? { asleep: false, since: ended } : { asleep: false };
}

/** Seconds of `[from, to)` inside `[start, end)`. */
const overlap = (from: number, to: number, start: number, end: number) =>
  Math.max(0, (Math.min(to, end) - Math.max(from, start)) / 1000);

/** The day's counts: entries that start in `[start, end)`, and sleep that falls inside it up to `now`. */
export function dayCounts(
  entries: readonly CareEntry[],
  timers: readonly Timer[],
  day: { start: string; end: string },
  now: number,
): DayCounts {
  const start = Date.parse(day.start);
  const end = Date.parse(day.end);
  const inDay = (e: CareEntry) => {
    const at = Date.parse(entryStart(e));
    return at >= start && at < end;
  };
  const counts: DayCounts = {
    feeds: 0,
    bottleMl: 0,
    wet: 0,
    dirty: 0,
    diapers: 0,
    sleepSeconds: 0,
    naps: 0,
    pumpings: 0,
    pumpedMl: 0,
    tummySeconds: 0,
  };
  for (const e of entries) {
    if (e.kind === "sleeps") {
      counts.sleepSeconds += overlap(Date.parse(e.record.startedAt), Date.parse(e.record.endedAt), start, end);
      if (inDay(e) && e.record.kind === "nap") counts.naps++;
      continue;
    }
    if (!inDay(e)) continue;
    if (e.kind === "feedings") {
      counts.feeds++;
      if (e.record.method === "bottle") counts.bottleMl += e.record.amountMl ?? 0;
    } else if (e.kind === "diapers") {
      counts.diapers++;
      if (e.record.contents !== "dirty") counts.wet++;
      if (e.record.contents !== "wet") counts.dirty++;
    } else if (e.kind === "pumpings") {
      counts.pumpings++;
      counts.pumpedMl += e.record.amountMl ?? 0;
    } else if (e.kind === "tummyTimes") {
      counts.tummySeconds += e.record.durationSeconds;
    }
  }
  for (const t of timers) {
    const from = Date.parse(t.startedAt);
    if (t.kind === "sleep") counts.sleepSeconds += overlap(from, now, start, end);
    if (t.kind === "tummyTime" && from >= start && from < end) counts.tummySeconds += overlap(from, now, start, end);
  }
  counts.sleepSeconds = Math.floor(counts.sleepSeconds);
  counts.tummySeconds = Math.floor(counts.tummySeconds);
  return counts;
}

/** The day's entries only (the answer also holds the evening before), newest first. */
export function entriesOfDay(entries: readonly CareEntry[], day: { start: string; end: string }) {
  const start = Date.parse(day.start);
  const end = Date.parse(day.end);
  return newestFirst(
    entries.filter((e) => {
      const at = Date.parse(entryStart(e));
      // A sleep that began the evening before and ran past midnight belongs to this day too.
      return at < end && (at >= start || (e.kind === "sleeps" && Date.parse(entryEnd(e)) > start));
    }),
  );
}
