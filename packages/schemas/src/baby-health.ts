import { z } from "zod";
import { isoDate, isWellFormedDate, latestToday } from "./common.ts";

/** At most this many conditions per child: CDC's choosable list is longer, no child has that many. */
export const MAX_CONDITIONS = 40;

/** The longest a pregnancy runs (44 weeks), so the mother's vaccine is dated within it. */
const PREGNANCY_DAYS = 44 * 7;

const notInFuture = (d: string) => !isWellFormedDate(d) || d <= latestToday();

/**
 * A medical condition, allergy, immunity or travel of the child, as CDSi codes it (an observation code from the
 * immunization package's `choosableConditions`, which the API checks: this package depends on no other), with the
 * date intervals count from where the family knows it.
 */
export const babyCondition = z.object({
  code: z
    .string({ error: "Choose a condition from the list" })
    .regex(/^\d{3}$/, { error: "Choose a condition from the list" }),
  date: isoDate.refine(notInFuture, { error: "A condition's date cannot be in the future" }).optional(),
});
export type BabyCondition = z.infer<typeof babyCondition>;

export const babyConditions = z
  .array(babyCondition, { error: "Conditions must be a list" })
  .max(MAX_CONDITIONS, { error: "Choose at most 40 conditions" })
  .refine((list) => new Set(list.map((c) => c.code)).size === list.length, {
    error: "Each condition can be chosen once",
  });

/** The birth mother's RSV vaccine in this pregnancy: it decides whether the baby needs the RSV antibody. */
export const maternalRsvStatus = z.enum(["given", "not-given", "unknown"], {
  error: "Choose given, not given or don't know",
});
export type MaternalRsvStatus = z.infer<typeof maternalRsvStatus>;

export const maternalRsvVaccine = z
  .object({
    status: maternalRsvStatus,
    date: isoDate.refine(notInFuture, { error: "The mother's RSV vaccine date cannot be in the future" }).optional(),
  })
  .refine((m) => m.date === undefined || m.status === "given", {
    error: "A date goes only with a vaccine that was given",
    path: ["date"],
  });
export type MaternalRsvVaccine = z.infer<typeof maternalRsvVaccine>;

/** What the two fields say about dates around birth; the profile's other rules do not need the date of birth. */
export interface BabyHealthFields {
  conditions?: BabyCondition[] | null;
  maternalRsvVaccine?: MaternalRsvVaccine | null;
}

export interface BabyHealthIssue {
  path: (string | number)[];
  message: string;
}

const daysBefore = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

/**
 * The rules that need the date of birth: a condition is not dated before birth, and the mother's vaccine is
 * dated in the pregnancy (on or before the birth, within 44 weeks of it). Create checks them with the input's
 * date of birth; an update with the patch's, else the stored one.
 */
export function babyHealthIssues(fields: BabyHealthFields, dateOfBirth: string): BabyHealthIssue[] {
  if (!isWellFormedDate(dateOfBirth)) return [];
  const issues: BabyHealthIssue[] = [];
  fields.conditions?.forEach((c, i) => {
    if (c.date && isWellFormedDate(c.date) && c.date < dateOfBirth)
      issues.push({ path: ["conditions", i, "date"], message: "A condition's date cannot be before birth" });
  });
  const rsv = fields.maternalRsvVaccine?.date;
  if (rsv && isWellFormedDate(rsv) && (rsv > dateOfBirth || rsv < daysBefore(dateOfBirth, PREGNANCY_DAYS)))
    issues.push({
      path: ["maternalRsvVaccine", "date"],
      message: "The mother's RSV vaccine must be dated during the pregnancy",
    });
  return issues;
}
