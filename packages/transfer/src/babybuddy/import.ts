import {
  careNoteFields,
  diaperFields,
  feedingFields,
  measurementFields,
  medicineDoseFields,
  pumpingFields,
  sleepFields,
  temperatureFields,
  timezone,
  tummyTimeFields,
} from "@upnest/schemas";
import type { z } from "zod";
import { type CsvRow, parseCsv } from "../csv.ts";
import { importKey } from "../import-key.ts";
import * as care from "./care-rows.ts";
import * as health from "./health-rows.ts";
import { because, type Reason } from "./reasons.ts";
import type { RowContext, RowMapper } from "./rows.ts";
import { localDate } from "./time.ts";
import {
  BABY_BUDDY_MODELS,
  type BabyBuddyImport,
  type BabyBuddyImportInput,
  type BabyBuddyModel,
  type ImportedChild,
  type ImportKind,
  type ReportRow,
} from "./types.ts";

const MAPPERS: Record<Exclude<BabyBuddyModel, "child" | "tag">, RowMapper> = { ...care, ...health };

/** Each kind's own form schema: an imported row is held to exactly what a person could enter. */
const SCHEMAS: Record<ImportKind, z.ZodType> = {
  feedings: feedingFields,
  sleeps: sleepFields,
  diapers: diaperFields,
  pumpings: pumpingFields,
  tummyTimes: tummyTimeFields,
  careNotes: careNoteFields,
  temperatures: temperatureFields,
  medicineDoses: medicineDoseFields,
  measurements: measurementFields,
};

/** The model a file holds, from its name: `feeding.csv`, `Feeding-2024-05-01.csv`, `export/diaperchange.csv`. */
export function modelOfFile(name: string): BabyBuddyModel | undefined {
  const base = name.split(/[\\/]/).pop()?.toLowerCase() ?? "";
  const word = /^([a-z]+)/.exec(base)?.[1];
  return BABY_BUDDY_MODELS.find((m) => m === word);
}

const emptyRecords = (): ImportedChild["records"] => ({
  feedings: [],
  sleeps: [],
  diapers: [],
  pumpings: [],
  tummyTimes: [],
  careNotes: [],
  temperatures: [],
  medicineDoses: [],
  measurements: [],
});

/**
 * Baby Buddy's export, read: every row of every file becomes one UpNest record's values under its child, or a row of
 * the report saying why not. Pure: the same files, units and zone always give the same records and keys.
 */
export function importBabyBuddy(input: BabyBuddyImportInput): BabyBuddyImport {
  if (!timezone.safeParse(input.timeZone).success) throw new Error(`"${input.timeZone}" is not a time zone`);
  const report: ReportRow[] = [];
  const tables = new Map<BabyBuddyModel, { file: string; rows: CsvRow[] }>();
  for (const [file, text] of Object.entries(input.files).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const model = modelOfFile(file);
    if (!model) report.push({ file, line: 0, ...because("notFile") });
    else if (tables.has(model)) report.push({ file, line: 0, ...because("secondFile", { model }) });
    else tables.set(model, { file, rows: parseCsv(text).rows });
  }

  const tags = new Map((tables.get("tag")?.rows ?? []).map((r) => [r.cells.id ?? "", r.cells.name ?? ""]));
  /** A row's tags by name, each once (Baby Buddy's tag names are unique whatever their case); none: no labels. */
  const labelsOf = (text: string | undefined) => {
    const names = (text ?? "")
      .split(",")
      .map((t) => t.trim())
      .filter(Boolean)
      .map((t) => tags.get(t) || t);
    const once = names.filter((n, i) => names.findIndex((m) => m.toLowerCase() === n.toLowerCase()) === i);
    return once.length > 0 ? { labels: once } : {};
  };

  const children = new Map<string, ImportedChild>();
  const childFile = tables.get("child");
  for (const [i, row] of (childFile?.rows ?? []).entries()) {
    // Older exports have no id column: Baby Buddy numbers children in the file's order.
    const sourceId = row.cells.id || String(i + 1);
    const birthDate = localDate(row.cells.birth_date ?? "");
    const { first_name: firstName, last_name: lastName } = row.cells;
    children.set(sourceId, { sourceId, firstName, lastName, birthDate, records: emptyRecords() });
  }

  const seen = new Map<string, number>();
  for (const model of BABY_BUDDY_MODELS) {
    const table = tables.get(model);
    if (!table || model === "child" || model === "tag") continue;
    for (const row of table.rows) {
      const fail = (reason: Reason) => report.push({ file: table.file, line: row.line, ...reason });
      const childId = row.cells.child_id ?? "";
      if (childId === "") {
        fail(because("noChild"));
        continue;
      }
      let child = children.get(childId);
      if (!child && childFile) {
        fail(because("unknownChild", { child: childId, file: childFile.file }));
        continue;
      }
      child ??= { sourceId: childId, records: emptyRecords() };
      children.set(childId, child);
      const ctx: RowContext = { ...input, birthDate: child.birthDate };
      const mapped = MAPPERS[model](row.cells, ctx);
      if ("reason" in mapped) {
        fail(mapped);
        continue;
      }
      // Baby Buddy's tags are the record's labels, held to the same rules as a person's (at most 10, 40 characters).
      const parsed = SCHEMAS[mapped.kind].safeParse({ ...mapped.values, ...labelsOf(row.cells.tags) });
      if (!parsed.success) {
        fail(because("invalid", { message: parsed.error.issues[0]?.message ?? "Not a valid record" }));
        continue;
      }
      const key = importKey("bb", model, row.cells);
      const earlier = seen.get(key);
      if (earlier !== undefined) {
        fail(because("sameRow", { line: String(earlier) }));
        continue;
      }
      seen.set(key, row.line);
      const record = {
        importKey: key,
        values: parsed.data,
        source: { file: table.file, line: row.line },
      };
      (child.records[mapped.kind] as unknown[]).push(record);
    }
  }
  return { children: [...children.values()], report };
}
