import { TZDate } from "@date-fns/tz";
import { formatNumber, type Language, resources, valueOfWord, valueWord } from "@upnest/i18n";
import type { BabyRecordDefinition } from "@upnest/schemas";
import { format } from "date-fns";
import type { z } from "zod";

// One cell of a CSV, both ways. The file for people writes codes in words, yes/no, numbers the language's way,
// durations (stored in seconds) as minutes and moments (stored in UTC) on the clock of the entry's own time zone;
// reading such a file back undoes each of those. The machine form holds the stored values (a list as JSON).

/** What a value field holds, under `optional` or `default`: "instant" for a moment (ISO 8601), else zod's type ("number", "enum"…). */
export function fieldKind(definition: BabyRecordDefinition, field: string): string | undefined {
  const schema: z.core.$ZodType | undefined = definition.values.shape[field];
  return schema ? kindOf(schema) : undefined;
}
const kindOf = (schema: z.core.$ZodType): string => {
  const def = schema._zod.def as { type: string; format?: string; innerType?: z.core.$ZodType };
  if ((def.type === "optional" || def.type === "default") && def.innerType) return kindOf(def.innerType);
  return def.type === "string" && def.format === "datetime" ? "instant" : def.type;
};

/** Decimals a person reads: weights to the gram, lengths to the millimetre, hours to the hundredth; else three at most. */
const DIGITS: Record<string, number> = {
  weightKg: 3,
  lengthCm: 1,
  headCircumferenceCm: 1,
  amountMl: 1,
  duration: 2,
  celsius: 1,
};
/** Durations are stored in whole seconds (`…Seconds`) and read in minutes. */
const inSeconds = (field: string) => field.endsWith("Seconds");
const LOCAL = "yyyy-MM-dd HH:mm";
const LOCAL_TEXT = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/;

/** The time zone a record's moments are read on: its own (`timeZone`), else UTC. */
const zoneOf = (definition: BabyRecordDefinition, row: Record<string, unknown>) => {
  const field = definition.dated.by === "instant" ? definition.dated.zoneField : "timeZone";
  return typeof row[field] === "string" && row[field] ? String(row[field]) : "UTC";
};

/** A moment on the clock of `zone`, the same in every language: "2026-02-01 10:10". */
export function localTime(iso: string, zone: string): string {
  try {
    return format(new TZDate(Date.parse(iso), zone), LOCAL);
  } catch {
    return iso;
  }
}

/** A local time read on the clock of `zone`, as a UTC instant; undefined for text of another form or a zone not known. */
export function instantOf(text: string, zone: string): string | undefined {
  const parts = LOCAL_TEXT.exec(text.trim());
  if (!parts) return undefined;
  const [y, mo, d, h, mi, s] = parts.slice(1).map((p) => Number(p ?? 0)) as number[];
  try {
    const time = new TZDate(y ?? 0, (mo ?? 1) - 1, d ?? 1, h ?? 0, mi ?? 0, s ?? 0, zone).getTime();
    return Number.isNaN(time) ? undefined : new Date(time).toISOString();
  } catch {
    return undefined;
  }
}

/** A record's value as the file for people writes it. */
export function readableCell(
  definition: BabyRecordDefinition,
  field: string,
  row: Record<string, unknown>,
  language: Language,
): unknown {
  const value = row[field];
  const words = resources[language].csv.values;
  if (value === undefined || value === null) return "";
  if (typeof value === "boolean") return value ? words.yes : words.no;
  if (typeof value === "number") {
    const shown = inSeconds(field)
      ? formatNumber(value / 60, language, 1)
      : formatNumber(value, language, DIGITS[field] ?? 3);
    return shown.replace(/\s/g, "");
  }
  if (Array.isArray(value)) return value.map((item) => valueWord(field, String(item), language) ?? item).join("; ");
  if (typeof value === "string" && fieldKind(definition, field) === "instant")
    return localTime(value, zoneOf(definition, row));
  // Only a coded field's value is a code to write in words (a tracker's own unit "drops" stays as typed).
  if (typeof value === "string" && fieldKind(definition, field) === "enum")
    return valueWord(field, value, language) ?? value;
  return value;
}

/** A record's value as the machine form holds it: as stored, a list as JSON. */
export const machineCell = (value: unknown) => (Array.isArray(value) ? JSON.stringify(value) : (value ?? ""));

/**
 * A cell of an imported file as the value it stands for, by the field's kind: yes/no and a code's words in either
 * language, a decimal comma, a list (JSON, or items split at ";"). `readable`: the column had a header for people,
 * so its minutes are seconds ×60 and its local times are on the clock of the row's time zone.
 */
export function storedCell(
  definition: BabyRecordDefinition,
  field: string,
  text: string,
  row: Record<string, unknown>,
  readable: boolean,
): unknown {
  const kind = fieldKind(definition, field);
  const word = text.trim();
  if (kind === "boolean") {
    const lower = word.toLowerCase();
    const yes = lower === "true" || Object.values(resources).some((r) => r.csv.values.yes === lower);
    const no = lower === "false" || Object.values(resources).some((r) => r.csv.values.no === lower);
    return yes ? true : no ? false : text;
  }
  if (kind === "number") {
    const number = Number(/^-?\d+,\d+$/.test(word) ? word.replace(",", ".") : word);
    return readable && inSeconds(field) && Number.isFinite(number) ? Math.round(number * 60) : number;
  }
  if (kind === "enum") return valueOfWord(word, field) ?? word;
  if (kind === "array") return listOf(field, word);
  if (kind === "instant" && readable) return instantOf(word, zoneOf(definition, row)) ?? word;
  return text;
}

function listOf(field: string, text: string): unknown {
  if (text.startsWith("[")) {
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  }
  return text
    .split(";")
    .map((item) => item.trim())
    .filter(Boolean)
    .map((item) => valueOfWord(item, field) ?? item);
}
