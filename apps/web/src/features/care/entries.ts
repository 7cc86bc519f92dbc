import { careRecordTypes, type Timer, type TimerKind, type ValuesOf, valuesOf } from "@upnest/schemas";

// The care log's entries as the app holds them: each kind's stored record with its kind, as `care.day` gives them
// (`{ kind: "feedings", record }`), and what every view asks of one: when it started, when it ended, its id.

type CareDefinition = (typeof careRecordTypes)[number];
/** A care log kind: the name of its router (`feedings`, `sleeps`, …). */
export type CareKind = CareDefinition["kind"];
type DefinitionOf<K extends CareKind> = Extract<CareDefinition, { kind: K }>;
/** A stored entry: its values, its id (under the kind's id field), the baby and the bookkeeping. */
export type CareRecord<K extends CareKind> = ValuesOf<DefinitionOf<K>> &
  Record<DefinitionOf<K>["idField"], string> & {
    babyId: string;
    createdBy: string;
    createdAt: string;
    updatedAt: string;
    version: number;
  };
export type CareEntry = { [K in CareKind]: { kind: K; record: CareRecord<K> } }[CareKind];
export type EntryOf<K extends CareKind> = Extract<CareEntry, { kind: K }>;
export type { Timer, TimerKind };

export const CARE_KINDS = careRecordTypes.map((d) => d.kind) as readonly CareKind[];
/** A kind's registry definition. */
export const definitionOf = (kind: CareKind) => careRecordTypes.find((d) => d.kind === kind) as CareDefinition;
const definition = definitionOf;

/** An entry's values only (what add and update carry), from a stored record. */
export const entryValues = (entry: CareEntry) =>
  valuesOf(definitionOf(entry.kind), entry.record as Record<string, unknown>) as Record<string, unknown>;

/** The id field of a kind (`feedingId`) and an entry's id. */
export const idFieldOf = (kind: CareKind) => definition(kind).idField;
export const entryId = (entry: CareEntry): string =>
  String((entry.record as Record<string, unknown>)[idFieldOf(entry.kind)] ?? "");

/** When an entry happened (its start): the field its definition dates it by. */
export const entryStart = (entry: CareEntry): string => {
  const dated = definition(entry.kind).dated;
  return dated.by === "instant" ? String((entry.record as Record<string, unknown>)[dated.field]) : "";
};

/** How long an entry lasted in seconds, where it says (a sleep's span, a breastfeed's sides, a session's duration). */
export function entrySeconds(entry: CareEntry): number | undefined {
  switch (entry.kind) {
    case "sleeps":
      return Math.max(0, (Date.parse(entry.record.endedAt) - Date.parse(entry.record.startedAt)) / 1000);
    case "feedings": {
      const { leftSeconds, rightSeconds } = entry.record;
      return leftSeconds === undefined && rightSeconds === undefined
        ? undefined
        : (leftSeconds ?? 0) + (rightSeconds ?? 0);
    }
    case "pumpings":
    case "tummyTimes":
    case "customEntries":
      return entry.record.durationSeconds;
    default:
      return undefined;
  }
}

/** When an entry ended (its start when it has no duration). */
export const entryEnd = (entry: CareEntry): string => {
  if (entry.kind === "sleeps") return entry.record.endedAt;
  const seconds = entrySeconds(entry);
  const start = entryStart(entry);
  return seconds ? new Date(Date.parse(start) + seconds * 1000).toISOString() : start;
};

/** Newest first, as the day's list shows them. */
export const newestFirst = <E extends CareEntry>(entries: readonly E[]): E[] =>
  [...entries].sort((a, b) => Date.parse(entryStart(b)) - Date.parse(entryStart(a)));

/** The kind of entry a timer makes when it stops. */
export const KIND_OF_TIMER: Record<TimerKind, CareKind> = {
  feeding: "feedings",
  sleep: "sleeps",
  tummyTime: "tummyTimes",
  pumping: "pumpings",
};
