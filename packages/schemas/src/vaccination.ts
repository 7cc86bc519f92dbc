import { z } from "zod";
import { id, idempotencyKey, isoDate, isWellFormedDate, latestToday, timestamps } from "./common.ts";

/** Which schedule a family follows: CDC's (CDSi logic, the default) or WHO's simpler routine ages. */
export const vaccinationSchedule = z.enum(["cdc", "who"], { error: "Schedule must be cdc or who" });
export type VaccinationSchedule = z.infer<typeof vaccinationSchedule>;

const optionalText = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `${label} must be at most ${max} characters` })
    .optional();

export const dateGiven = isoDate.refine((d) => !isWellFormedDate(d) || d <= latestToday(), {
  error: "Date given cannot be in the future",
});

const fields = {
  dateGiven,
  /** The product's CVX code, as CDC lists it (e.g. "20" for DTaP). */
  cvx: z.string({ error: "Choose a vaccine" }).regex(/^\d{1,3}$/, { error: "Choose a vaccine from the list" }),
  lotNumber: optionalText("Lot number", 40),
  clinic: optionalText("Clinic", 120),
  reactions: optionalText("Reactions", 1000),
  /** Given abroad or off the family's schedule: still evaluated, and shown as such. */
  givenAbroad: z.boolean().optional(),
};

export const vaccinationFields = z.object(fields);
export type VaccinationFields = z.infer<typeof vaccinationFields>;

export const vaccination = vaccinationFields.extend({
  vaccinationId: id,
  babyId: id,
  dateGiven: isoDate,
  createdBy: z.string(),
  ...timestamps,
});
export type Vaccination = z.infer<typeof vaccination>;

export const addVaccinationInput = z.object({ babyId: id, idempotencyKey: idempotencyKey.optional(), ...fields });
export type AddVaccinationInput = z.infer<typeof addVaccinationInput>;
export const updateVaccinationInput = z.object({
  babyId: id,
  vaccinationId: id,
  version: timestamps.version,
  ...fields,
});
export type UpdateVaccinationInput = z.infer<typeof updateVaccinationInput>;
/** At most this many doses in one visit: more is not one visit (and each dose is one write against the rate limit). */
export const MAX_VISIT_DOSES = 10;

/** One visit's doses: the date and clinic once, each vaccine (CVX) with its own lot number. */
export const addVisitInput = z.object({
  babyId: id,
  idempotencyKey: idempotencyKey.optional(),
  dateGiven: fields.dateGiven,
  clinic: fields.clinic,
  doses: z
    .array(z.object({ cvx: fields.cvx, lotNumber: fields.lotNumber }), { error: "Choose the vaccines given" })
    .min(1, { error: "Choose at least one vaccine" })
    .max(MAX_VISIT_DOSES, { error: "Choose at most 10 vaccines for one visit" })
    .refine((doses) => new Set(doses.map((d) => d.cvx)).size === doses.length, {
      error: "Each vaccine can be chosen once per visit",
    }),
});
export type AddVisitInput = z.infer<typeof addVisitInput>;
export const vaccinationRef = z.object({ babyId: id, vaccinationId: id });
export const deleteVaccinationInput = vaccinationRef.extend({ version: timestamps.version });
