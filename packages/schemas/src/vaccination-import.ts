import { z } from "zod";
import { id, idempotencyKey } from "./common.ts";
import { dateGiven, vaccinationFields } from "./vaccination.ts";

/** At most this many doses in one call: one transaction of 100 items holds 49 records with their audit events. */
export const MAX_IMPORTED_DOSES = 49;
/** A card in QR codes is under 2 KB; a `.smart-health-card` file's may be larger, never this large. */
const MAX_JWS_CHARACTERS = 256 * 1024;

/** One SMART Health Card as its compact JWS (the web app decodes a QR code or a file to it). */
const healthCardJws = z
  .string({ error: "Choose a health card" })
  .trim()
  .max(MAX_JWS_CHARACTERS, { error: "This health card is too large" })
  .regex(/^[\w-]+\.[\w-]+\.[\w-]+$/, { error: "This is not a SMART Health Card" });

/** Where vaccination records come from: a SMART Health Card, or a FHIR Bundle (or Immunization) from a portal. */
export const vaccinationRecordSource = z.discriminatedUnion(
  "kind",
  [
    z.object({ kind: z.literal("shc"), jws: healthCardJws }),
    z.object({ kind: z.literal("fhir"), bundle: z.record(z.string(), z.unknown(), { error: "Choose a FHIR file" }) }),
  ],
  { error: "Choose a health card or a FHIR file" },
);
export type VaccinationRecordSource = z.infer<typeof vaccinationRecordSource>;

/** Reads a card or a file's doses for a baby, to show which are new before anything is added. */
export const readVaccinationRecordsInput = z.object({ babyId: id, source: vaccinationRecordSource });
export type ReadVaccinationRecordsInput = z.infer<typeof readVaccinationRecordsInput>;

/** Doses chosen from a card or a file: each with its own date, lot and clinic. */
export const addImportedDosesInput = z.object({
  babyId: id,
  idempotencyKey: idempotencyKey.optional(),
  doses: z
    .array(
      z.object({
        cvx: vaccinationFields.shape.cvx,
        dateGiven,
        lotNumber: vaccinationFields.shape.lotNumber,
        clinic: vaccinationFields.shape.clinic,
      }),
      { error: "Choose the doses to add" },
    )
    .min(1, { error: "Choose at least one dose" })
    .max(MAX_IMPORTED_DOSES, { error: "Add at most 49 doses at once" })
    .refine((doses) => new Set(doses.map((d) => `${d.cvx}|${d.dateGiven}`)).size === doses.length, {
      error: "Each dose can be added once",
    }),
});
export type AddImportedDosesInput = z.infer<typeof addImportedDosesInput>;
