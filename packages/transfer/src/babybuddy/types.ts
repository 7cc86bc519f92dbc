import type {
  careNoteFields,
  diaperFields,
  feedingFields,
  measurementFields,
  medicineDoseFields,
  pumpingFields,
  sleepFields,
  TemperatureMethod,
  temperatureFields,
  tummyTimeFields,
} from "@upnest/schemas";
import type { z } from "zod";
import type { ConfirmedUnits } from "../units.ts";
import type { Reason } from "./reasons.ts";

/** The models Baby Buddy's admin export writes, one CSV file each (`feeding.csv`, …). */
export const BABY_BUDDY_MODELS = [
  "child",
  "feeding",
  "sleep",
  "diaperchange",
  "tummytime",
  "pumping",
  "temperature",
  "medication",
  "note",
  "weight",
  "height",
  "headcircumference",
  "bmi",
  "tag",
] as const;
export type BabyBuddyModel = (typeof BABY_BUDDY_MODELS)[number];

export type BabyBuddyImportInput = {
  /** The export's files by name (`feeding.csv`, or a path ending in it), each file's text. */
  files: Record<string, string>;
  /** The units the person confirmed Baby Buddy's numbers are in (Baby Buddy stores none). */
  units: ConfirmedUnits;
  /** The IANA zone Baby Buddy's server wrote its local times in. */
  timeZone: string;
  /** How the temperatures were taken (Baby Buddy does not record it); without it temperatures are reported. */
  temperatureMethod?: TemperatureMethod;
};

/** The values of each UpNest kind an import produces: exactly what the kind's form accepts. */
export type ImportValues = {
  feedings: z.output<typeof feedingFields>;
  sleeps: z.output<typeof sleepFields>;
  diapers: z.output<typeof diaperFields>;
  pumpings: z.output<typeof pumpingFields>;
  tummyTimes: z.output<typeof tummyTimeFields>;
  careNotes: z.output<typeof careNoteFields>;
  temperatures: z.output<typeof temperatureFields>;
  medicineDoses: z.output<typeof medicineDoseFields>;
  measurements: z.output<typeof measurementFields>;
};
export type ImportKind = keyof ImportValues;

/** One row become an UpNest record's values (Baby Buddy's tags in `values.labels`), with its stable import key. */
export type ImportedRecord<K extends ImportKind = ImportKind> = {
  importKey: string;
  values: ImportValues[K];
  source: { file: string; line: number };
};

/** A row that became nothing, and why, in words a person can act on (and as a code with its values, to translate). */
export type ReportRow = { file: string; line: number } & Reason;

/** One Baby Buddy child: who (when child.csv says) and their records by UpNest kind. */
export type ImportedChild = {
  sourceId: string;
  firstName?: string;
  lastName?: string;
  birthDate?: string;
  records: { [K in ImportKind]: ImportedRecord<K>[] };
};

export type BabyBuddyImport = { children: ImportedChild[]; report: ReportRow[] };
