import type { Access, Repositories } from "@upnest/db";
import type { Language } from "@upnest/i18n";
import { type BabyRecordDefinition, type CsvForm, valuesOf } from "@upnest/schemas";
import Papa from "papaparse";
import { csvColumns, DERIVED } from "./csv-columns.ts";
import { escapeFormula } from "./formula-escape.ts";

/**
 * One baby's records of one type as CSV, oldest first. The readable form (the default) is for people: headers in
 * their language, names instead of codes and ids, numbers rounded as a clinician writes them, dates as
 * YYYY-MM-DD in every language. The machine form has the definition's columns and the values as stored (numbers
 * stay numbers: formula escaping only touches text). Both import again (`import.ts`, `importCsvRows`).
 */
export async function babyCsv(
  repos: Repositories,
  definition: BabyRecordDefinition,
  access: Access,
  options: { form: CsvForm; language: Language },
) {
  const derive = DERIVED[definition.kind];
  const rows = (await repos.records(definition).all(access)).map((r) => ({
    ...valuesOf(definition, r),
    ...derive?.(r, options.language),
  })) as Record<string, unknown>[];
  const { fields, headers, cell } = csvColumns(definition, options.form, options.language);
  const csv = Papa.unparse({
    fields: headers.map((h) => escapeFormula(h)),
    data: rows.map((r) => fields.map((c) => escapeFormula(cell(c, r)))),
  });
  const safeName = access.baby.name.replace(/[^A-Za-z0-9]+/g, "-").replace(/^-|-$/g, "") || "baby";
  return { filename: `${safeName}-${definition.kind}${options.form === "machine" ? "-data" : ""}.csv`, csv };
}
