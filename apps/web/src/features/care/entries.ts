import { type CareEntry, type CareKind, idOf, spanOf, startOf } from "@upnest/care";
import { careRecordTypes, type Timer, type TimerKind, valuesOf } from "@upnest/schemas";

// The care log's entries as the app holds them (`{ kind: "feedings", record }`, @upnest/care's CareEntry), and
// what the forms need of a kind's registry definition: its id field and its values.

export type { CareEntry, CareKind, CareRecords, EntryOf } from "@upnest/care";
export type { Timer, TimerKind };
export { idOf, spanOf, startOf };

type CareDefinition = (typeof careRecordTypes)[number];
export const CARE_KINDS = careRecordTypes.map((d) => d.kind) as readonly CareKind[];

/** A kind's registry definition. */
export const definitionOf = (kind: CareKind) => careRecordTypes.find((d) => d.kind === kind) as CareDefinition;

/** The id field of a kind (`feedingId`). */
export const idFieldOf = (kind: CareKind) => definitionOf(kind).idField;

/** An entry's values only (what add and update carry), from a stored record. */
export const entryValues = (entry: CareEntry) =>
  valuesOf(definitionOf(entry.kind), entry.record as Record<string, unknown>) as Record<string, unknown>;

/** When an entry ended, as an instant (its start when it has no length). */
export const endOf = (entry: CareEntry) => new Date(spanOf(entry).end).toISOString();

/** Newest first, as the day's list shows them. */
export const newestFirst = <E extends CareEntry>(entries: readonly E[]): E[] =>
  [...entries].sort((a, b) => Date.parse(startOf(b)) - Date.parse(startOf(a)));
