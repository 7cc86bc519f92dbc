import { LANGUAGES, type Language, resources } from "@upnest/i18n";
import type { BabyRecordDefinition, CsvForm } from "@upnest/schemas";
import { machineCell, readableCell } from "./csv-cells.ts";

/** A CSV's columns and how each of a row's values is written, for one form and language. */
export type CsvColumns = {
  fields: readonly string[];
  headers: string[];
  cell: (field: string, row: Record<string, unknown>) => unknown;
};

/**
 * The names a file for people writes instead of codes, from the domain packages' data (the vaccine products, the
 * milestone checklists): given by the caller, so this package (and the web app that loads it) carries none of it.
 */
export type CsvNames = {
  vaccine(cvx: string): string | undefined;
  milestone(milestoneId: string, language: Language): string | undefined;
};

type Derive = (record: Record<string, unknown>, language: Language, names: CsvNames) => Record<string, unknown>;

/** Columns derived for a type's CSV (beyond its values), by kind, in the CSV's language. */
export const DERIVED: Record<string, Derive> = {
  vaccinations: (v, _, names) => ({ vaccine: names.vaccine(String(v.cvx)) ?? "" }),
  milestones: (m, language, names) => ({
    milestone: names.milestone(String(m.milestoneId ?? ""), language) ?? m.title ?? "",
  }),
  // How long a sleep lasted, in hours (its start and end are instants, so a night across a clock change is right).
  sleeps: (s) => ({ duration: (Date.parse(String(s.endedAt)) - Date.parse(String(s.startedAt))) / 3_600_000 }),
};

const columnNames: Record<string, string | undefined> = resources.en.csv.columns;

const kindColumns: Record<string, Record<string, string> | undefined> = resources.en.csv.kindColumns;

/**
 * A column's header in a language (its field name when the catalog has none yet); `kind` gives a field whose name
 * means something else in that kind its own header (a medicine's `name`, a temperature's `method`).
 */
export function headerOf(field: string, language: Language, kind?: string): string {
  if (kind && kindColumns[kind]?.[field])
    return (resources[language].csv.kindColumns as Record<string, Record<string, string>>)[kind]?.[field] ?? field;
  return field in columnNames ? ((resources[language].csv.columns as Record<string, string>)[field] ?? field) : field;
}

/** The columns of `definition`'s CSV: field names and stored values, or headers and words a person reads. */
export function csvColumns(definition: BabyRecordDefinition, form: CsvForm, language: Language): CsvColumns {
  if (form === "machine")
    return { fields: definition.csv, headers: [...definition.csv], cell: (field, row) => machineCell(row[field]) };
  const fields = definition.readableCsv ?? definition.csv;
  const cell = (field: string, row: Record<string, unknown>) => readableCell(definition, field, row, language);
  return { fields, headers: fields.map((f) => headerOf(f, language, definition.kind)), cell };
}

/**
 * Header → field for an imported file of `definition`: its field names, and its columns' headers in every
 * language (a file downloaded in the readable form keeps working when the headers are the only change).
 * `readable` says the header was one for people (its minutes and local times are read back).
 */
export function importHeaders(definition: BabyRecordDefinition): Map<string, { field: string; readable: boolean }> {
  const found = new Map<string, { field: string; readable: boolean }>();
  for (const field of new Set([...definition.csv, ...(definition.readableCsv ?? [])])) {
    for (const language of LANGUAGES)
      for (const header of [headerOf(field, language), headerOf(field, language, definition.kind)])
        found.set(header.toLowerCase(), { field, readable: true });
    found.set(field, { field, readable: false });
  }
  return found;
}
