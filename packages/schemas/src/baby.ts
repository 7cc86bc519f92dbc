import { z } from "zod";
import { babyConditions, babyHealthIssues, maternalRsvVaccine } from "./baby-health.ts";
import {
  id,
  idempotencyKey,
  isoDate,
  isWellFormedDate,
  latestToday,
  pageFields,
  shortText,
  timestamps,
} from "./common.ts";
import { timezone } from "./user.ts";
import { vaccinationSchedule } from "./vaccination.ts";

export const sex = z.enum(["female", "male"], { error: "Sex must be female or male" });
export type Sex = z.infer<typeof sex>;

export const role = z.enum(["owner", "caregiver", "viewer"]);
export type Role = z.infer<typeof role>;

/** Oldest date of birth we accept: the vaccination schedule covers children under 19. */
const OLDEST_YEARS = 19;

export const dateOfBirth = isoDate.superRefine((value, ctx) => {
  if (!isWellFormedDate(value)) return;
  const today = latestToday();
  if (value > today) ctx.addIssue({ code: "custom", message: "Date of birth cannot be in the future" });
  const oldest = `${Number(today.slice(0, 4)) - OLDEST_YEARS}${today.slice(4)}`;
  if (value < oldest)
    ctx.addIssue({ code: "custom", message: `Date of birth must be within the last ${OLDEST_YEARS} years` });
});

export const gestationalAgeWeeks = z
  .number({ error: "Gestational age must be a number of weeks" })
  .min(22, { error: "Gestational age at birth must be between 22 and 44 weeks" })
  .max(44, { error: "Gestational age at birth must be between 22 and 44 weeks" });

/** A biological parent's adult height, for the mid-parental target height (optional). */
export const parentHeightCm = z
  .number({ error: "Height must be a number of centimetres" })
  .min(100, { error: "A parent's height must be between 100 and 250 cm" })
  .max(250, { error: "A parent's height must be between 100 and 250 cm" });

export const babyFields = z.object({
  name: shortText("Name", 80),
  dateOfBirth,
  sex,
  gestationalAgeWeeks: gestationalAgeWeeks.optional(),
  /** Absent means CDC's schedule. */
  vaccinationSchedule: vaccinationSchedule.optional(),
  /**
   * The family's time zone (IANA): "today" and daily totals are days on its clocks, wherever a caregiver's phone
   * is. Absent on babies from before the care log: the reader's own profile zone stands in.
   */
  timeZone: timezone.optional(),
  /** The biological parents' heights, for the mid-parental target height (Tanner); both or neither is useful. */
  motherHeightCm: parentHeightCm.optional(),
  fatherHeightCm: parentHeightCm.optional(),
  /** Medical conditions, allergies, immunity and travel, as CDSi observation codes: they change the schedule. */
  conditions: babyConditions.optional(),
  /** The birth mother's RSV vaccine in pregnancy: whether the baby needs the RSV antibody. */
  maternalRsvVaccine: maternalRsvVaccine.optional(),
});
export type BabyFields = z.infer<typeof babyFields>;

export const baby = babyFields.extend({
  babyId: id,
  role,
  ...timestamps,
});
export type Baby = z.infer<typeof baby>;

/** A baby in "my babies": its gestational age too, so the list shows the corrected age beside the real one. */
export const babySummary = z.object({
  babyId: id,
  name: z.string(),
  role,
  dateOfBirth: isoDate,
  sex,
  gestationalAgeWeeks: z.number().optional(),
});
export type BabySummary = z.infer<typeof babySummary>;

export const babyRef = z.object({ babyId: id });
export const babyPageInput = babyRef.extend(pageFields);

export const createBabyInput = babyFields
  .extend({ idempotencyKey: idempotencyKey.optional() })
  .superRefine((fields, ctx) => {
    for (const issue of babyHealthIssues(fields, fields.dateOfBirth)) ctx.addIssue({ code: "custom", ...issue });
  });
export type CreateBabyInput = z.infer<typeof createBabyInput>;

/**
 * `null` clears a gestational age, a parent's height, the conditions or the mother's RSV vaccine. The rules that
 * need the date of birth (`babyHealthIssues`) are checked by the API with the stored one when the patch has none.
 */
export const updateBabyInput = z.object({
  babyId: id,
  version: timestamps.version,
  patch: babyFields
    .partial()
    .extend({
      gestationalAgeWeeks: gestationalAgeWeeks.nullable().optional(),
      motherHeightCm: parentHeightCm.nullable().optional(),
      fatherHeightCm: parentHeightCm.nullable().optional(),
      conditions: babyConditions.nullable().optional(),
      maternalRsvVaccine: maternalRsvVaccine.nullable().optional(),
    })
    .refine((p) => Object.keys(p).length > 0, { error: "Nothing to change" }),
});
export type UpdateBabyInput = z.infer<typeof updateBabyInput>;

export const deleteBabyInput = z.object({ babyId: id, version: timestamps.version });
