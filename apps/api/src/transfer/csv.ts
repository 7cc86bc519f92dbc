import type { Repositories } from "@upnest/db";
import { allPages } from "@upnest/db";
import { vaccineProducts } from "@upnest/immunizations";
import Papa from "papaparse";
import { measurementValues, milestoneValues, vaccinationValues } from "./export.ts";
import { escapeFormula } from "./formula-escape.ts";

const productName = new Map(vaccineProducts.map((p) => [p.cvx, p.name]));

const COLUMNS = {
  measurements: ["measuredOn", "weightKg", "lengthCm", "lengthMethod", "headCircumferenceCm", "notes"],
  vaccinations: ["dateGiven", "cvx", "vaccine", "lotNumber", "clinic", "reactions", "givenAbroad"],
  milestones: ["achievedOn", "milestoneId", "title", "notes"],
} as const;
export type CsvKind = keyof typeof COLUMNS;

/**
 * One baby's records as CSV, oldest first. Numbers stay numbers (formula
 * escaping only touches text), so a spreadsheet reads them as values.
 * The measurements file is also the import format.
 */
export async function babyCsv(repos: Repositories, userId: string, babyId: string, kind: CsvKind) {
  const access = await repos.babies.access(userId, babyId);
  let rows: Record<string, unknown>[];
  if (kind === "measurements") {
    rows = (await allPages((cursor) => repos.measurements.list(userId, { babyId, limit: 100, cursor }, access)))
      .reverse()
      .map(measurementValues);
  } else if (kind === "vaccinations") {
    rows = (await repos.vaccinations.all(userId, babyId, access)).map((v) => ({
      ...vaccinationValues(v),
      vaccine: productName.get(v.cvx) ?? "",
    }));
  } else {
    rows = (await repos.milestones.all(userId, babyId, access)).map(milestoneValues);
  }
  const csv = Papa.unparse({
    fields: [...COLUMNS[kind]],
    data: rows.map((r) => COLUMNS[kind].map((c) => escapeFormula(r[c] ?? ""))),
  });
  const safeName = access.baby.name.replace(/[^A-Za-z0-9]+/g, "-").replace(/^-|-$/g, "") || "baby";
  return { filename: `${safeName}-${kind}.csv`, csv };
}
