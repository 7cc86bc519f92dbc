import { z } from "zod";

/** A calendar date as the family means it: `YYYY-MM-DD`, no time of day. */
export const isoDate = z.iso.date({ error: "Enter a date as YYYY-MM-DD" });
export type IsoDate = z.infer<typeof isoDate>;

/** zod 4 runs refinements even after a format error; date comparisons only make sense on a real date. */
export const isWellFormedDate = (value: string) => isoDate.safeParse(value).success;

/** A time of day on a clock, `HH:MM` (24-hour). */
export const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: "Enter a time as HH:MM" });

/** Server-generated ids are ULIDs (26 Crockford base-32 characters). */
export const id = z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, { error: "Not a valid id" });

/** Every stored record carries a version; updates must name the version they saw. */
export const version = z.number({ error: "Version is required" }).int().min(1, { error: "Version is required" });

/** A client-chosen key that makes a create safe to retry (double submit, flaky network). */
export const idempotencyKey = z
  .string()
  .min(8, { error: "Idempotency key must be 8–64 characters" })
  .max(64, { error: "Idempotency key must be 8–64 characters" })
  .regex(/^[A-Za-z0-9_-]+$/, { error: "Idempotency key may use letters, digits, - and _" });

export const timestamps = {
  createdAt: z.string(),
  updatedAt: z.string(),
  version,
};

/**
 * The latest calendar date anywhere on Earth right now (UTC+14), so a parent
 * in any timezone can record "today" but nobody can record tomorrow.
 */
export function latestToday(now: Date = new Date()): IsoDate {
  return new Date(now.getTime() + 14 * 3600_000).toISOString().slice(0, 10);
}

/** A trimmed, non-empty line of text with a human-sized limit. */
export function shortText(label: string, max: number) {
  return z
    .string({ error: `${label} is required` })
    .trim()
    .min(1, { error: `${label} is required` })
    .max(max, { error: `${label} must be at most ${max} characters` });
}

/** The most labels one record carries, and the longest label. */
export const LABEL_LIMITS = { count: 10, length: 40 } as const;

/**
 * Words a family (or an import: Baby Buddy's tags) puts on a record to find it again ("daycare", "sick"): each
 * trimmed, 1–40 characters, at most 10, none twice (whatever its case). The care log's kinds, the health log's
 * doses and temperatures and measurements carry them.
 */
export const labels = z
  .array(
    z
      .string({ error: "A label is a word or two" })
      .trim()
      .min(1, { error: "A label needs a word" })
      .max(LABEL_LIMITS.length, { error: "A label is at most 40 characters" }),
    { error: "Labels must be a list" },
  )
  .max(LABEL_LIMITS.count, { error: "At most 10 labels" })
  .refine((list) => new Set(list.map((l) => l.toLowerCase())).size === list.length, {
    error: "Each label only once",
  })
  .optional();

/** Paging for every list: a page size and the opaque cursor the previous page returned. */
export const pageFields = {
  limit: z
    .number()
    .int()
    .min(1, { error: "Limit must be 1–100" })
    .max(100, { error: "Limit must be 1–100" })
    .default(50),
  cursor: z.string().max(1024, { error: "Invalid cursor" }).optional(),
};
export const pageInput = z.object(pageFields).default({ limit: 50 });

/** A baby's record as clients get it: its values (`shape`), its id (`idField`), the baby and bookkeeping. */
export const babyRecordOf = <I extends string, S extends z.ZodRawShape>(idField: I, shape: S) =>
  z.object({
    ...shape,
    ...({ [idField]: id } as { [K in I]: typeof id }),
    babyId: id,
    createdBy: z.string(),
    ...timestamps,
  });
