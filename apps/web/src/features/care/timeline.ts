import { type CareEntry, type CareKind, entryEnd, entryId, entryStart, type Timer, type TimerKind } from "./entries.ts";

// The day as one 24-hour strip: each entry placed at its time on the family's clock (the day's start and end
// come from the server, so a 23- or 25-hour day across daylight saving is drawn as long as it is), sleep as
// bands, one lane per kind of care.

export type Lane = "sleep" | "feeding" | "diaper" | "other";
export const LANES: readonly Lane[] = ["sleep", "feeding", "diaper", "other"];

const LANE_OF: Record<CareKind, Lane> = {
  sleeps: "sleep",
  feedings: "feeding",
  diapers: "diaper",
  pumpings: "other",
  tummyTimes: "other",
  careNotes: "other",
  customEntries: "other",
};
const TIMER_LANE: Record<TimerKind, Lane> = {
  sleep: "sleep",
  feeding: "feeding",
  pumping: "other",
  tummyTime: "other",
};

/** A place on the strip, as fractions of the day: a point (`to` absent) or a band. */
export type Mark = { key: string; lane: Lane; kind: CareKind | TimerKind; from: number; to?: number; running?: true };

/** Where each entry and running timer falls in `[start, end)`; bands are cut at midnight (and at now). */
export function placeOnDay(
  entries: readonly CareEntry[],
  timers: readonly Timer[],
  day: { start: string; end: string },
  now: number,
): Mark[] {
  const start = Date.parse(day.start);
  const length = Date.parse(day.end) - start;
  const at = (ms: number) => Math.min(1, Math.max(0, (ms - start) / length));
  const inside = (from: number, to: number) => to > start && from < start + length;
  const marks: Mark[] = [];
  for (const e of entries) {
    const from = Date.parse(entryStart(e));
    const to = Date.parse(entryEnd(e));
    if (!inside(from, Math.max(to, from + 1))) continue;
    const lane = LANE_OF[e.kind];
    const band = e.kind === "sleeps" || to - from >= 10 * 60_000;
    marks.push({ key: entryId(e), lane, kind: e.kind, from: at(from), ...(band ? { to: at(to) } : {}) });
  }
  for (const t of timers) {
    const from = Date.parse(t.startedAt);
    if (!inside(from, now)) continue;
    marks.push({
      key: `timer-${t.kind}`,
      lane: TIMER_LANE[t.kind],
      kind: t.kind,
      from: at(from),
      to: at(now),
      running: true,
    });
  }
  return marks;
}

/** Where now is on the strip, if it is inside the day. */
export const nowOnDay = (day: { start: string; end: string }, now: number) => {
  const start = Date.parse(day.start);
  const end = Date.parse(day.end);
  return now >= start && now < end ? (now - start) / (end - start) : undefined;
};
