import { type Access, DomainError, type ImportedRecordInput, type ImportOutcome, type Repositories } from "@upnest/db";
import {
  type BabyRecordDefinition,
  babyRecordTypes,
  IMPORT_KINDS,
  type ImportedRecordsInput,
  type ImportKind,
} from "@upnest/schemas";
import type { Limits } from "../trpc/limits.ts";
import { chargeImport } from "./import-budget.ts";

/** Each import kind's one definition in the registry (a kind the registry lacks fails here, at start-up). */
const DEFINITIONS = Object.fromEntries(
  IMPORT_KINDS.map((kind) => {
    const definition: BabyRecordDefinition | undefined = babyRecordTypes.find((d) => d.kind === kind);
    if (!definition || definition.dated.by === "none") throw new Error(`${kind} is no dated record type`);
    return [kind, definition];
  }),
) as Record<ImportKind, BabyRecordDefinition>;

export const INVALID_ENTRIES = "Some entries cannot be imported: each problem names its entry";

/**
 * One batch of another app's records (Baby Buddy's export, read and converted in the browser with
 * @upnest/transfer) into one baby: every record's values are parsed by its kind's definition and held to its rules
 * before anything is written (a problem is a field error `records.<index>.<field>`, and nothing is written); the
 * records not imported before are charged to the import budget, one each, then written in one transaction.
 */
export async function importBabyBuddyRecords(
  repos: Repositories,
  access: Access,
  input: ImportedRecordsInput,
  limits: Limits,
): Promise<ImportOutcome> {
  const fieldErrors: Record<string, string[]> = {};
  const problem = (path: (string | number | symbol)[], message: string) => {
    const key = ["records", ...path].map(String).join(".");
    fieldErrors[key] = [...(fieldErrors[key] ?? []), message];
  };
  const records: ImportedRecordInput[] = [];
  for (const [index, record] of input.records.entries()) {
    const definition = DEFINITIONS[record.kind];
    const parsed = definition.values.safeParse(record.values);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problem([index, ...issue.path], issue.message);
      continue;
    }
    const broken = definition.check?.(access.baby, parsed.data);
    if (broken) problem([index, broken.field], broken.message);
    records.push({ definition, importKey: record.importKey, values: parsed.data });
  }
  if (Object.keys(fieldErrors).length > 0) throw new DomainError("invalid", INVALID_ENTRIES, { fieldErrors });
  return repos.importedRecords.add(access, records, (toWrite) =>
    chargeImport(repos, access.userId, toWrite, limits.importRecords, "batch"),
  );
}
