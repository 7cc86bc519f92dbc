import type { Access, Repositories } from "@upnest/db";
import type { Language } from "@upnest/i18n";
import { vaccineProducts } from "@upnest/immunizations";
import { milestoneText } from "@upnest/milestones";
import type { BabyRecordDefinition, CsvForm } from "@upnest/schemas";
import { type CsvNames, recordsCsv } from "@upnest/transfer";

const productName = new Map(vaccineProducts.map((p) => [p.cvx, p.name]));
/** Vaccine names for CVX codes and milestone texts for checklist ids, which the file for people writes. */
const names: CsvNames = {
  vaccine: (cvx) => productName.get(cvx),
  milestone: (id, language) => milestoneText(id, language) ?? undefined,
};

/**
 * One baby's records of one type as CSV, oldest first: read here, written by `@upnest/transfer` (`recordsCsv`:
 * the readable form for people, or the machine form). Both import again (`import.ts`, `importCsvRows`).
 */
export async function babyCsv(
  repos: Repositories,
  definition: BabyRecordDefinition,
  access: Access,
  options: { form: CsvForm; language: Language },
) {
  const records = (await repos.records(definition).all(access)) as Record<string, unknown>[];
  return recordsCsv(definition, records, { ...options, babyName: access.baby.name, names });
}
