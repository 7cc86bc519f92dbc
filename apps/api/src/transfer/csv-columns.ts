import { formatNumber, LANGUAGES, type Language, resources } from "@upnest/i18n";
import { vaccineProducts } from "@upnest/immunizations";
import { milestoneText } from "@upnest/milestones";
import type { BabyRecordDefinition, CsvForm } from "@upnest/schemas";

/** A CSV's columns and how each value is written, for one form and language. */
export type CsvColumns = {
  fields: readonly string[];
  headers: string[];
  cell: (field: string, value: unknown) => unknown;
};

const productName = new Map(vaccineProducts.map((p) => [p.cvx, p.name]));

/** Columns the API derives for a type's CSV (beyond its values), by kind, in the CSV's language. */
export const DERIVED: Record<string, (record: Record<string, unknown>, language: Language) => Record<string, unknown>> =
  {
    vaccinations: (v) => ({ vaccine: productName.get(String(v.cvx)) ?? "" }),
    milestones: (m, language) => ({ milestone: milestoneText(String(m.milestoneId ?? ""), language) ?? m.title ?? "" }),
  };

/** Decimals a clinician writes: weights to the gram, lengths to the millimetre; other numbers to three at most. */
const DIGITS: Record<string, number> = { weightKg: 3, lengthCm: 1, headCircumferenceCm: 1 };

type Words = (typeof resources)["en"]["csv"];
const columnNames: Record<string, string | undefined> = resources.en.csv.columns;
const wordsOf = (language: Language): Words => resources[language].csv;

/** A column's header in a language (its field name when the catalog has none yet). */
export const headerOf = (field: string, language: Language) =>
  field in columnNames ? ((wordsOf(language).columns as Record<string, string>)[field] ?? field) : field;

/** The columns of `definition`'s CSV: field names and stored values, or headers and words a person reads. */
export function csvColumns(definition: BabyRecordDefinition, form: CsvForm, language: Language): CsvColumns {
  if (form === "machine") return { fields: definition.csv, headers: [...definition.csv], cell: (_, v) => v ?? "" };
  const fields = definition.readableCsv ?? definition.csv;
  const words = wordsOf(language).values;
  const cell = (field: string, value: unknown): unknown => {
    if (value === undefined || value === null) return "";
    if (typeof value === "boolean") return value ? words.yes : words.no;
    if (typeof value === "number") return formatNumber(value, language, DIGITS[field] ?? 3).replace(/\s/g, "");
    if (typeof value === "string" && value in words) return words[value as keyof typeof words];
    return value;
  };
  return { fields, headers: fields.map((f) => headerOf(f, language)), cell };
}

/**
 * Header → field for an imported file of `definition`: its field names, and its columns' headers in every
 * language (a file downloaded in the readable form keeps working when the headers are the only change).
 */
export function importHeaders(definition: BabyRecordDefinition): Map<string, string> {
  const found = new Map<string, string>();
  for (const field of new Set([...definition.csv, ...(definition.readableCsv ?? [])])) {
    found.set(field, field);
    for (const language of LANGUAGES) found.set(headerOf(field, language).toLowerCase(), field);
  }
  return found;
}

/**
 * A readable file's cell back to what the machine form holds, by the field's kind: yes/no in either language for a
 * yes/no field, a decimal comma for a number, an enum's word (lying, de pie) for its value; text stays as it is.
 */
export function cellFromWords(kind: string | undefined, text: string): string | boolean {
  const word = text.trim().toLowerCase();
  for (const language of LANGUAGES) {
    const { yes, no, ...named } = wordsOf(language).values;
    if (kind === "boolean" && (word === yes || word === no)) return word === yes;
    const value = Object.entries(named).find(([, w]) => w === word)?.[0];
    if (kind === "enum" && value) return value;
  }
  return kind === "number" && /^-?\d+,\d+$/.test(word) ? word.replace(",", ".") : text;
}
