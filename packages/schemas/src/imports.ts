import { z } from "zod";
import { id } from "./common.ts";

/** The kinds of record another app's export becomes (Baby Buddy's import, packages/transfer): dated kinds only. */
export const IMPORT_KINDS = [
  "feedings",
  "sleeps",
  "diapers",
  "pumpings",
  "tummyTimes",
  "careNotes",
  "temperatures",
  "medicineDoses",
  "measurements",
] as const;
export const importKind = z.enum(IMPORT_KINDS, { error: "Not a kind of record UpNest imports" });
export type ImportKind = z.infer<typeof importKind>;

/** One batch's most records: one transaction (two items each, with the membership: DynamoDB's 100). */
export const MAX_IMPORT_BATCH = 49;

/** The key of the row a record came from (`bb-feeding-0123456789abcdef`): the same row gives the same key. */
export const importRowKey = z
  .string({ error: "An import key is 8–64 letters, digits, - or _" })
  .regex(/^[A-Za-z0-9_-]{8,64}$/, { error: "An import key is 8–64 letters, digits, - or _" });

/**
 * Records of another app's export for one baby, any of the import kinds: each record's `values` are checked by its
 * kind's own definition when the batch is written (a problem names the record's index), so here they are any object.
 */
export const importedRecordsInput = z.object({
  babyId: id,
  records: z
    .array(
      z.object({
        kind: importKind,
        importKey: importRowKey,
        values: z.record(z.string(), z.unknown(), { error: "Each record needs its values" }),
      }),
      { error: "Records must be a list" },
    )
    .min(1, { error: "Send at least one record" })
    .max(MAX_IMPORT_BATCH, { error: "Send at most 49 records at a time" }),
});
export type ImportedRecordsInput = z.infer<typeof importedRecordsInput>;
