import type { Language } from "@upnest/i18n";
import { type BabyRecordDefinition, type CsvForm, valuesOf } from "@upnest/schemas";
import Papa from "papaparse";
import { type CsvNames, csvColumns, DERIVED } from "./csv-columns.ts";
import { escapeFormula } from "./formula-escape.ts";

export type CsvFileOptions = {
  form: CsvForm;
  language: Language;
  /** The baby's name, for the file's name. */
  babyName: string;
  names: CsvNames;
};

/**
 * One baby's records of one type as a CSV file, in the order given (oldest first, as the API reads them). The
 * readable form is for people: headers in their language, names instead of codes and ids, numbers rounded as a
 * clinician writes them, dates as YYYY-MM-DD in every language. The machine form has the definition's columns
 * and the values as stored (numbers stay numbers: formula escaping only touches text). Both read back
 * (`csv-read.ts`).
 */
export function recordsCsv(
  definition: BabyRecordDefinition,
  records: readonly Record<string, unknown>[],
  options: CsvFileOptions,
): { filename: string; csv: string } {
  const derive = DERIVED[definition.kind];
  const rows = records.map((r) => ({
    ...valuesOf(definition, r),
    ...derive?.(r, options.language, options.names),
  })) as Record<string, unknown>[];
  const { fields, headers, cell } = csvColumns(definition, options.form, options.language);
  const csv = Papa.unparse({
    fields: headers.map((h) => escapeFormula(h)),
    data: rows.map((r) => fields.map((c) => escapeFormula(cell(c, r)))),
  });
  const safeName = options.babyName.replace(/[^A-Za-z0-9]+/g, "-").replace(/^-|-$/g, "") || "baby";
  return { filename: `${safeName}-${definition.kind}${options.form === "machine" ? "-data" : ""}.csv`, csv };
}
