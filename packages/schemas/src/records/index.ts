import type { z } from "zod";
import { csvKindOf, exportDocumentOf, exportedBabyOf, importDocumentInputOf } from "../transfer.ts";
import { careRecordTypes } from "./care.ts";
import type { BabyRecordDefinition } from "./define.ts";
import { healthRecordTypes } from "./health.ts";
import { measurements } from "./measurements.ts";
import { milestones } from "./milestones.ts";
import { vaccinations } from "./vaccinations.ts";

/**
 * The record registry: every record type kept in a baby's partition. A new type is one definition
 * (`defineBabyRecord`) added here; export, import, CSV, the history's wording, the repository and the
 * router's procedures follow from it.
 */
export const babyRecordTypes = [
  measurements,
  vaccinations,
  milestones,
  ...careRecordTypes,
  ...healthRecordTypes,
] as const;
export type BabyRecordRegistry = readonly BabyRecordDefinition[];

/** The export document, import input and CSV kinds of a registry (the app's, or a test's with one more type). */
export function transferSchemasOf<const R extends readonly [BabyRecordDefinition, ...BabyRecordDefinition[]]>(
  records: R,
) {
  const exportedBaby = exportedBabyOf(records);
  const exportDocument = exportDocumentOf(exportedBaby);
  return {
    exportedBaby,
    exportDocument,
    importDocumentInput: importDocumentInputOf(exportDocument),
    csvKind: csvKindOf(records.map((r) => r.kind) as [R[number]["kind"], ...R[number]["kind"][]]),
  };
}

const transfer = transferSchemasOf(babyRecordTypes);
export const exportedBaby = transfer.exportedBaby;
export type ExportedBaby = z.infer<typeof exportedBaby>;
export const exportDocument = transfer.exportDocument;
export type ExportDocument = z.infer<typeof exportDocument>;
export const importDocumentInput = transfer.importDocumentInput;
export const csvKind = transfer.csvKind;
export type CsvKind = z.infer<typeof csvKind>;

export * from "./care.ts";
export * from "./define.ts";
export * from "./health.ts";
export { measurements, milestones, vaccinations };
