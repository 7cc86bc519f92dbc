import type { Access, Repositories } from "@upnest/db";
import { vaccineProducts } from "@upnest/immunizations";
import { type BabyRecordDefinition, valuesOf } from "@upnest/schemas";
import Papa from "papaparse";
import { escapeFormula } from "./formula-escape.ts";

const productName = new Map(vaccineProducts.map((p) => [p.cvx, p.name]));

/** Columns the API derives for a type's CSV (beyond its values), by kind. */
const DERIVED: Record<string, (record: Record<string, unknown>) => Record<string, unknown>> = {
  vaccinations: (v) => ({ vaccine: productName.get(String(v.cvx)) ?? "" }),
};

/**
 * One baby's records of one type as CSV, with the definition's columns, oldest first. Numbers stay numbers
 * (formula escaping only touches text), so a spreadsheet reads them as values. The same file imports
 * (`import.ts`, `importCsvRows`).
 */
export async function babyCsv(repos: Repositories, definition: BabyRecordDefinition, access: Access) {
  const derive = DERIVED[definition.kind];
  const rows = (await repos.records(definition).all(access)).map((r) => ({
    ...valuesOf(definition, r),
    ...derive?.(r),
  })) as Record<string, unknown>[];
  const csv = Papa.unparse({
    fields: [...definition.csv],
    data: rows.map((r) => definition.csv.map((c) => escapeFormula(r[c] ?? ""))),
  });
  const safeName = access.baby.name.replace(/[^A-Za-z0-9]+/g, "-").replace(/^-|-$/g, "") || "baby";
  return { filename: `${safeName}-${definition.kind}.csv`, csv };
}
