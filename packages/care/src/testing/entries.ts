// Care log entries for tests, written the way a parent says them: "a bottle of 120 ml at 07:30 in New York".
import { TZDate } from "@date-fns/tz";
import type { BreastSide, SleepKind, Timer, TimerKind } from "@upnest/schemas";
import { type CareEntry, type CareRecords, type EntryOf, startOf } from "../entry.ts";

/** The UTC instant (ISO) the family's clock shows as `"YYYY-MM-DD HH:mm"` in `timeZone`. */
export function local(when: string, timeZone: string): string {
  const [date = "", clock = "00:00"] = when.split(" ");
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const [hh, mm] = clock.split(":").map(Number) as [number, number];
  return new Date(new TZDate(y, m - 1, d, hh, mm, timeZone).getTime()).toISOString();
}

let counter = 0;
/** An id, a baby, an author and timestamps, as every stored entry has. */
function stored<I extends string>(idField: I, at: string) {
  counter += 1;
  const id = `01TEST${String(counter).padStart(20, "0")}`;
  return {
    [idField]: id,
    babyId: "01TESTBABY0000000000000000",
    createdBy: "user-1",
    createdAt: at,
    updatedAt: at,
    version: 1,
  } as { [K in I]: string } & { babyId: string; createdBy: string; createdAt: string; updatedAt: string; version: 1 };
}

type Zone = { timeZone?: string };
type Feeding = CareRecords["feedings"];

export const feeding = (startedAt: string, values: Partial<Feeding> & Pick<Feeding, "method"> & Zone) =>
  ({
    kind: "feedings",
    record: { ...stored("feedingId", startedAt), startedAt, timeZone: "UTC", ...values },
  }) satisfies EntryOf<"feedings">;

/** A breast feed: minutes on each side, the side it ended on. */
export const breast = (
  startedAt: string,
  sides: { left?: number; right?: number; last?: BreastSide } & Zone = { left: 10 },
) => {
  const side = sides.left && sides.right ? "both" : sides.right ? "right" : "left";
  return feeding(startedAt, {
    method: "breast",
    side,
    ...(sides.left ? { leftSeconds: sides.left * 60 } : {}),
    ...(sides.right ? { rightSeconds: sides.right * 60 } : {}),
    ...(sides.last ? { lastSide: sides.last } : {}),
    ...(sides.timeZone ? { timeZone: sides.timeZone } : {}),
  });
};

export const bottle = (startedAt: string, amountMl: number, zone: Zone = {}) =>
  feeding(startedAt, { method: "bottle", amountMl, milk: "formula", ...zone });

export const solids = (startedAt: string, foods: string[] = ["banana"]) =>
  feeding(startedAt, { method: "solids", foods });

export const sleep = (startedAt: string, endedAt: string, kind: SleepKind = "nap", zone: Zone = {}) =>
  ({
    kind: "sleeps",
    record: { ...stored("sleepId", startedAt), startedAt, endedAt, kind, timeZone: "UTC", ...zone },
  }) satisfies EntryOf<"sleeps">;

export const diaper = (at: string, contents: "wet" | "dirty" | "both", zone: Zone = {}) =>
  ({
    kind: "diapers",
    record: { ...stored("diaperId", at), at, contents, timeZone: "UTC", ...zone },
  }) satisfies EntryOf<"diapers">;

export const pumping = (startedAt: string, amountMl: number, minutes = 15) =>
  ({
    kind: "pumpings",
    record: {
      ...stored("pumpingId", startedAt),
      startedAt,
      side: "both",
      amountMl,
      durationSeconds: minutes * 60,
      timeZone: "UTC",
    },
  }) satisfies EntryOf<"pumpings">;

export const tummyTime = (startedAt: string, minutes: number) =>
  ({
    kind: "tummyTimes",
    record: { ...stored("tummyTimeId", startedAt), startedAt, durationSeconds: minutes * 60, timeZone: "UTC" },
  }) satisfies EntryOf<"tummyTimes">;

export const note = (at: string, text = "Fussy after the bath") =>
  ({
    kind: "careNotes",
    record: { ...stored("noteId", at), at, text, timeZone: "UTC" },
  }) satisfies EntryOf<"careNotes">;

/** A running timer of a kind, started at `startedAt`. */
export const timer = (kind: TimerKind, startedAt: string, side?: BreastSide): Timer => ({
  babyId: "01TESTBABY0000000000000000",
  kind,
  startedAt,
  timeZone: "UTC",
  ...(side ? { side, sideStartedAt: startedAt } : {}),
  startedBy: "user-1",
  createdAt: startedAt,
  updatedAt: startedAt,
  version: 1,
});

/** Entries newest first, as the API lists them. */
export const newestFirst = (entries: CareEntry[]) => [...entries].sort((a, b) => startOf(b).localeCompare(startOf(a)));
