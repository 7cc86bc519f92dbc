import type {
  BreastSide,
  careNoteRecord,
  customEntryRecord,
  diaperRecord,
  feedingRecord,
  pumpingRecord,
  sleepRecord,
  tummyTimeRecord,
} from "@upnest/schemas";
import type { z } from "zod";

// One entry of the care log as the API sends it: its kind (the registry's name) and its stored record.

/** Each kind of the care log and its stored record (packages/schemas care.ts). */
export type CareRecords = {
  feedings: z.infer<typeof feedingRecord>;
  sleeps: z.infer<typeof sleepRecord>;
  diapers: z.infer<typeof diaperRecord>;
  pumpings: z.infer<typeof pumpingRecord>;
  tummyTimes: z.infer<typeof tummyTimeRecord>;
  careNotes: z.infer<typeof careNoteRecord>;
  customEntries: z.infer<typeof customEntryRecord>;
};
export type CareKind = keyof CareRecords;

/** One entry of the log, told apart by `kind`: `{ kind: "feedings", record: <a feeding> }`, and so on. */
export type CareEntry = { [K in CareKind]: { kind: K; record: CareRecords[K] } }[CareKind];
export type EntryOf<K extends CareKind> = Extract<CareEntry, { kind: K }>;

/** Whether an entry is of a kind (narrows it). */
export const isKind =
  <K extends CareKind>(kind: K) =>
  (entry: CareEntry): entry is EntryOf<K> =>
    entry.kind === kind;

/** When an entry happened or began, as the stored UTC instant. */
export function startOf(entry: CareEntry): string {
  switch (entry.kind) {
    case "diapers":
    case "careNotes":
      return entry.record.at;
    default:
      return entry.record.startedAt;
  }
}

/** An entry's stable id, whatever its kind calls it. */
export function idOf(entry: CareEntry): string {
  switch (entry.kind) {
    case "feedings":
      return entry.record.feedingId;
    case "sleeps":
      return entry.record.sleepId;
    case "diapers":
      return entry.record.diaperId;
    case "pumpings":
      return entry.record.pumpingId;
    case "tummyTimes":
      return entry.record.tummyTimeId;
    case "careNotes":
      return entry.record.noteId;
    case "customEntries":
      return entry.record.customEntryId;
  }
}

const seconds = (s: number | undefined) => (s ?? 0) * 1000;

/**
 * The real time an entry covers, in epoch milliseconds `[start, end)`: a sleep to its end, a breast feed for
 * the seconds on both sides, pumping, tummy time and a tracker for their duration; a diaper or a note is a moment.
 */
export function spanOf(entry: CareEntry): { start: number; end: number } {
  const start = Date.parse(startOf(entry));
  switch (entry.kind) {
    case "sleeps":
      return { start, end: Math.max(start, Date.parse(entry.record.endedAt)) };
    case "feedings":
      return { start, end: start + seconds(entry.record.leftSeconds) + seconds(entry.record.rightSeconds) };
    case "pumpings":
    case "tummyTimes":
    case "customEntries":
      return { start, end: start + seconds(entry.record.durationSeconds) };
    default:
      return { start, end: start };
  }
}

/** The milk feeds (breast and bottle): what "feeds" and feeding intervals count; solids are meals. */
export const isMilkFeed = (entry: CareEntry): entry is EntryOf<"feedings"> =>
  entry.kind === "feedings" && entry.record.method !== "solids";

/** The side a breast feed ended on: the one it says, else its only side; `null` for both sides without a last. */
export function endSide(feed: CareRecords["feedings"]): BreastSide | null {
  if (feed.method !== "breast") return null;
  if (feed.lastSide) return feed.lastSide;
  return feed.side === "left" || feed.side === "right" ? feed.side : null;
}

/** How long `[start, end)` and `[from, to)` overlap, in milliseconds. */
export const overlapMs = (start: number, end: number, from: number, to: number) =>
  Math.max(0, Math.min(end, to) - Math.max(start, from));

/** The middle value (the mean of the two middle ones for an even count); `null` for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
