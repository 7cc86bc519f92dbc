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
/** At most this many entries of one kind per baby in an export (25 a day for ten years is 91 250). */
const MAX = 100_000;
/** The day and zone of the examples (valid values the tests build their calls from). */
const DAY = "2026-02-01";
const ZONE = "America/Chicago";

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
    "labels",
  ],
  example: {
    startedAt: `${DAY}T16:10:00.000Z`,
    timeZone: ZONE,
    method: "solids",
    foods: ["banana", "rice cereal"],
    allergens: ["egg"],
    reaction: "None",
    notes: "Ate half",
  },
  exportLimit: { max: MAX, message: "At most 100 000 feedings per baby" },
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
  csv: ["startedAt", "timeZone", "endedAt", "kind", "notes", "labels"],
  // For people: the local times, then how long it lasted (hours, which the API derives), the zone last.
  readableCsv: ["startedAt", "endedAt", "duration", "kind", "notes", "labels", "timeZone"],
  example: { startedAt: `${DAY}T19:00:00.000Z`, timeZone: ZONE, endedAt: `${DAY}T20:30:00.000Z`, kind: "nap" },
  exportLimit: { max: MAX, message: "At most 100 000 sleeps per baby" },
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
  csv: ["at", "timeZone", "contents", "colour", "consistency", "rash", "notes", "labels"],
  example: {
    at: `${DAY}T15:40:00.000Z`,
    timeZone: ZONE,
    contents: "both",
    colour: "yellow",
    consistency: "soft",
    rash: false,
    notes: "After the bath",
  },
  exportLimit: { max: MAX, message: "At most 100 000 diapers per baby" },
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
  csv: ["startedAt", "timeZone", "side", "amountMl", "durationSeconds", "notes", "labels"],
  example: { startedAt: `${DAY}T13:00:00.000Z`, timeZone: ZONE, side: "both", amountMl: 90, durationSeconds: 900 },
  exportLimit: { max: MAX, message: "At most 100 000 pumping sessions per baby" },
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
  csv: ["startedAt", "timeZone", "durationSeconds", "notes", "labels"],
  example: { startedAt: `${DAY}T17:30:00.000Z`, timeZone: ZONE, durationSeconds: 300, notes: "On the mat" },
  exportLimit: { max: MAX, message: "At most 100 000 tummy times per baby" },
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
  csv: ["at", "timeZone", "text", "labels"],
  example: { at: `${DAY}T21:00:00.000Z`, timeZone: ZONE, text: "Seemed fussy after the evening feed" },
  exportLimit: { max: MAX, message: "At most 100 000 notes per baby" },
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
  example: { startedAt: `${DAY}T14:00:00.000Z`, timeZone: ZONE, label: "Vitamin D", unit: "drops", amount: 1 },
  exportLimit: { max: MAX, message: "At most 100 000 tracker entries per baby" },
  check: notBeforeBirth("startedAt", "Start"),
});

/** The care log's kinds, in the order the app offers them. */
export const careRecordTypes = [feedings, sleeps, diapers, pumpings, tummyTimes, careNotes, customEntries] as const;
