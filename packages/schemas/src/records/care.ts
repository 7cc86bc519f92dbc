import {
  careNoteFields,
  careNoteRecord,
  customEntryFields,
  customEntryRecord,
  diaperFields,
  diaperRecord,
  feedingFields,
  feedingRecord,
  pumpingFields,
  pumpingRecord,
  sleepFields,
  sleepRecord,
  tummyTimeFields,
  tummyTimeRecord,
} from "../care.ts";
import { defineBabyRecord, notBeforeBirth } from "./define.ts";

/**
 * The daily care log: every kind keeps its entries in the one sort-key range `CARE#<instant>#<id>` of the
 * baby's partition (`timeline`), so a day of the whole log is one Query (docs/decisions/0008-care-log.md).
 */
const CARE = "CARE";
const exportLimit = (label: string) => ({ max: 100_000, message: `At most 100 000 ${label} per baby` });

export const feedings = defineBabyRecord({
  kind: "feedings",
  recordType: "feeding",
  label: "Feeding",
  prefix: CARE,
  timeline: true,
  idField: "feedingId",
  dated: { by: "instant", field: "startedAt", zoneField: "timeZone" },
  values: feedingFields,
  record: feedingRecord,
  csv: [
    "startedAt",
    "timeZone",
    "method",
    "side",
    "leftSeconds",
    "rightSeconds",
    "lastSide",
    "amountMl",
    "milk",
    "foods",
    "allergens",
    "reaction",
    "notes",
  ],
  exportLimit: exportLimit("feedings"),
  check: notBeforeBirth("startedAt", "Start"),
});

export const sleeps = defineBabyRecord({
  kind: "sleeps",
  recordType: "sleep",
  label: "Sleep",
  prefix: CARE,
  timeline: true,
  idField: "sleepId",
  dated: { by: "instant", field: "startedAt", zoneField: "timeZone" },
  values: sleepFields,
  record: sleepRecord,
  csv: ["startedAt", "timeZone", "endedAt", "kind", "notes"],
  exportLimit: exportLimit("sleeps"),
  check: notBeforeBirth("startedAt", "Start"),
});

export const diapers = defineBabyRecord({
  kind: "diapers",
  recordType: "diaper",
  label: "Diaper",
  prefix: CARE,
  timeline: true,
  idField: "diaperId",
  dated: { by: "instant", field: "at", zoneField: "timeZone" },
  values: diaperFields,
  record: diaperRecord,
  csv: ["at", "timeZone", "contents", "colour", "consistency", "rash", "notes"],
  exportLimit: exportLimit("diapers"),
  check: notBeforeBirth("at", "Time"),
  // Colour and consistency describe a stool: a wet-only diaper has none.
  clean: (v) => (v.contents === "wet" ? { ...v, colour: undefined, consistency: undefined } : v),
});

export const pumpings = defineBabyRecord({
  kind: "pumpings",
  recordType: "pumping",
  label: "Pumping",
  prefix: CARE,
  timeline: true,
  idField: "pumpingId",
  dated: { by: "instant", field: "startedAt", zoneField: "timeZone" },
  values: pumpingFields,
  record: pumpingRecord,
  csv: ["startedAt", "timeZone", "side", "amountMl", "durationSeconds", "notes"],
  exportLimit: exportLimit("pumping sessions"),
  check: notBeforeBirth("startedAt", "Start"),
});

export const tummyTimes = defineBabyRecord({
  kind: "tummyTimes",
  recordType: "tummyTime",
  label: "Tummy time",
  prefix: CARE,
  timeline: true,
  idField: "tummyTimeId",
  dated: { by: "instant", field: "startedAt", zoneField: "timeZone" },
  values: tummyTimeFields,
  record: tummyTimeRecord,
  csv: ["startedAt", "timeZone", "durationSeconds", "notes"],
  exportLimit: exportLimit("tummy times"),
  check: notBeforeBirth("startedAt", "Start"),
});

export const careNotes = defineBabyRecord({
  kind: "careNotes",
  recordType: "careNote",
  label: "Note",
  prefix: CARE,
  timeline: true,
  idField: "noteId",
  dated: { by: "instant", field: "at", zoneField: "timeZone" },
  values: careNoteFields,
  record: careNoteRecord,
  csv: ["at", "timeZone", "text"],
  exportLimit: exportLimit("notes"),
  check: notBeforeBirth("at", "Time"),
});

export const customEntries = defineBabyRecord({
  kind: "customEntries",
  recordType: "customEntry",
  label: "Entry",
  prefix: CARE,
  timeline: true,
  idField: "customEntryId",
  dated: { by: "instant", field: "startedAt", zoneField: "timeZone" },
  values: customEntryFields,
  record: customEntryRecord,
  csv: ["startedAt", "timeZone", "label", "unit", "amount", "durationSeconds", "notes"],
  exportLimit: exportLimit("tracker entries"),
  check: notBeforeBirth("startedAt", "Start"),
});

/** The care log's kinds, in the order the app offers them. */
export const careRecordTypes = [feedings, sleeps, diapers, pumpings, tummyTimes, careNotes, customEntries] as const;
