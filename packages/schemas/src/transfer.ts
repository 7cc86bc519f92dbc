import { z } from "zod";
import { babyFields, role } from "./baby.ts";
import { id, idempotencyKey } from "./common.ts";
import { achievedOn, milestoneRecordId } from "./milestone.ts";
import type { BabyRecordDefinition } from "./records/define.ts";
import { profileFields } from "./user.ts";

/** A milestone as exported: a checklist id or a custom title, with the date reached. */
export const exportedMilestone = z
  .object({
    milestoneId: milestoneRecordId.optional(),
    title: z.string().trim().min(1).max(120).optional(),
    achievedOn,
    notes: z.string().trim().max(1000).optional(),
  })
  .refine((m) => (m.milestoneId === undefined) !== (m.title === undefined), {
    error: "A milestone has either a checklist id or a title",
  });

/** One baby as exported: its role, its profile's fields and, per record type, the values of its records. */
export const exportedBabyOf = <R extends readonly BabyRecordDefinition[]>(records: R) =>
  z.object({
    role,
    baby: babyFields,
    ...(Object.fromEntries(
      records.map((d) => [
        d.kind,
        // A file from before a type existed has none of its records.
        z.array(d.values).max(d.exportLimit.max, { error: d.exportLimit.message }).default([]),
      ]),
    ) as { [D in R[number] as D["kind"]]: z.ZodDefault<z.ZodArray<D["values"]>> }),
  });

/** Everything a user can take out of UpNest, in one JSON document; the same document imports into any account. */
export const exportDocumentOf = <B extends z.ZodType>(exportedBaby: B) =>
  z.object({
    format: z.literal("upnest-export", { error: "This is not an UpNest export file" }),
    version: z.literal(1, { error: "This export was made by a newer UpNest" }),
    exportedAt: z.string(),
    profile: profileFields.partial(),
    babies: z.array(exportedBaby).max(50, { error: "At most 50 babies per file" }),
  });

/** Rows of a measurements CSV, already parsed: validated row by row before anything is written. */
export const importMeasurementsInput = z.object({
  babyId: id,
  rows: z
    .array(z.record(z.string(), z.unknown()))
    .min(1, { error: "The file has no rows" })
    .max(200, { error: "Send at most 200 rows at a time" }),
  /** Dry run: report what would happen, write nothing. */
  dryRun: z.boolean().default(false),
});

export const deleteAccountInput = z.object({ confirm: z.literal("DELETE", { error: "Type DELETE to confirm" }) });
export const importDocumentInputOf = <D extends z.ZodType>(document: D) =>
  z.object({ document, idempotencyKey: idempotencyKey });
/**
 * A CSV export's form: `readable` (the default) is for people: headers in their language, names instead of codes,
 * rounded numbers; `machine` has the field names as headers and the values as stored, and imports again.
 */
export const csvForm = z.enum(["readable", "machine"], { error: "Choose readable or machine" }).default("readable");
export type CsvForm = z.output<typeof csvForm>;
/** Which record type a CSV holds: one of the registry's kinds. */
export const csvKindOf = <K extends string>(kinds: readonly [K, ...K[]]) =>
  z.enum(kinds, { error: "Choose which kind of records the file holds" });
