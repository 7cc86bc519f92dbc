import type { CareEntry, CareKind, CareRecord, Timer } from "./entries.ts";

// Entries and timers as the API gives them, for the care helpers' tests: only what a test says, plus bookkeeping.

let n = 0;
const ID_FIELDS: Record<CareKind, string> = {
  feedings: "feedingId",
  sleeps: "sleepId",
  diapers: "diaperId",
  pumpings: "pumpingId",
  tummyTimes: "tummyTimeId",
  careNotes: "noteId",
  customEntries: "customEntryId",
};

export function entry<K extends CareKind>(kind: K, values: Record<string, unknown>): CareEntry {
  n++;
  const id = `01J${String(n).padStart(23, "0")}`;
  const record = {
    timeZone: "America/Chicago",
    babyId: "01JBABY0000000000000000000",
    createdBy: "someone",
    createdAt: "2026-01-01T00:00:00.000Z",
    updatedAt: "2026-01-01T00:00:00.000Z",
    version: 1,
    [ID_FIELDS[kind]]: id,
    ...values,
  } as unknown as CareRecord<K>;
  return { kind, record } as CareEntry;
}

export const timer = (values: Partial<Timer> & Pick<Timer, "kind" | "startedAt">): Timer => ({
  babyId: "01JBABY0000000000000000000",
  timeZone: "America/Chicago",
  startedBy: "someone",
  createdAt: values.startedAt,
  updatedAt: values.startedAt,
  version: 1,
  ...values,
});
