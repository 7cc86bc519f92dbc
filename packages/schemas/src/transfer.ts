import { z } from "zod";
import { babyFields, role } from "./baby.ts";
import { id, idempotencyKey } from "./common.ts";
import { measurementFields } from "./measurement.ts";
import { achievedOn, milestoneRecordId } from "./milestone.ts";
import { profileFields } from "./user.ts";
import { vaccinationFields } from "./vaccination.ts";

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

export const exportedBaby = z.object({
  role,
  baby: babyFields,
  measurements: z.array(measurementFields).max(10_000, { error: "At most 10 000 measurements per baby" }),
  vaccinations: z.array(vaccinationFields).max(1_000, { error: "At most 1 000 doses per baby" }),
  milestones: z.array(exportedMilestone).max(1_000, { error: "At most 1 000 milestones per baby" }),
});
export type ExportedBaby = z.infer<typeof exportedBaby>;

/** Everything a user can take out of UpNest, in one JSON document; the same document imports into any account. */
export const exportDocument = z.object({
  format: z.literal("upnest-export", { error: "This is not an UpNest export file" }),
  version: z.literal(1, { error: "This export was made by a newer UpNest" }),
  exportedAt: z.string(),
  profile: profileFields.partial(),
  babies: z.array(exportedBaby).max(50, { error: "At most 50 babies per file" }),
});
export type ExportDocument = z.infer<typeof exportDocument>;

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
export const importDocumentInput = z.object({ document: exportDocument, idempotencyKey: idempotencyKey });
export const csvKind = z.enum(["measurements", "vaccinations", "milestones"], {
  error: "Choose measurements, vaccinations or milestones",
});
export type CsvKind = z.infer<typeof csvKind>;
