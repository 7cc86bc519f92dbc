import { z } from "zod";
import {
  id,
  idempotencyKey,
  isoDate,
  isWellFormedDate,
  labels,
  latestToday,
  pageFields,
  timestamps,
} from "./common.ts";

/** Bounds wide enough for any real child under 19, narrow enough to catch typos and unit mix-ups. */
export const LIMITS = {
  weightKg: { min: 0.2, max: 60 },
  lengthCm: { min: 20, max: 150 },
  headCircumferenceCm: { min: 15, max: 65 },
  notes: 1000,
} as const;

function bounded(label: string, unit: string, { min, max }: { min: number; max: number }) {
  const message = `${label} must be between ${min} and ${max} ${unit}`;
  return z
    .number({ error: `${label} must be a number` })
    .refine(Number.isFinite, { error: `${label} must be a number` })
    .min(min, { error: message })
    .max(max, { error: message });
}

export const lengthMethod = z.enum(["lying", "standing"], { error: "Say whether the child was lying or standing" });
export type LengthMethod = z.infer<typeof lengthMethod>;

/**
 * The growth charts a person can open: weight, length/height, head circumference and BMI against age (each drawn
 * with the standard for the age: INTERGROWTH-21st, WHO, CDC 2000), and WHO's weight-for-length/height.
 */
export const growthChart = z.enum(["weight", "length", "head", "bmi", "weight-for-length"], {
  error: "Choose weight, length, head, BMI or weight-for-length",
});
export type GrowthChart = z.infer<typeof growthChart>;

/** How much of childhood an age chart shows: a little past the latest measurement, or to 20 years (target height). */
export const chartRange = z.enum(["measured", "adult"], { error: "Choose measured or adult" });
export type ChartRange = z.infer<typeof chartRange>;

export const measuredOn = isoDate.refine((d) => !isWellFormedDate(d) || d <= latestToday(), {
  error: "Date measured cannot be in the future",
});

const measures = {
  weightKg: bounded("Weight", "kg", LIMITS.weightKg).optional(),
  lengthCm: bounded("Length/height", "cm", LIMITS.lengthCm).optional(),
  lengthMethod: lengthMethod.optional(),
  headCircumferenceCm: bounded("Head circumference", "cm", LIMITS.headCircumferenceCm).optional(),
  notes: z
    .string()
    .trim()
    .max(LIMITS.notes, { error: `Notes must be at most ${LIMITS.notes} characters` })
    .optional(),
  labels,
};

type Measures = { weightKg?: number; lengthCm?: number; lengthMethod?: string; headCircumferenceCm?: number };

/** Rules across fields: something was measured, and a length says how it was taken. */
function checkMeasures(m: Measures, ctx: z.RefinementCtx) {
  if (m.weightKg === undefined && m.lengthCm === undefined && m.headCircumferenceCm === undefined) {
    ctx.addIssue({
      code: "custom",
      path: ["weightKg"],
      message: "Enter at least one of weight, length/height or head circumference",
    });
  }
  if (m.lengthCm !== undefined && m.lengthMethod === undefined) {
    ctx.addIssue({ code: "custom", path: ["lengthMethod"], message: "Say whether the child was lying or standing" });
  }
}

export const measurementFields = z.object({ measuredOn, ...measures }).superRefine(checkMeasures);
export type MeasurementFields = z.infer<typeof measurementFields>;

export const measurement = z.object({
  measurementId: id,
  babyId: id,
  measuredOn: isoDate,
  weightKg: z.number().optional(),
  lengthCm: z.number().optional(),
  lengthMethod: lengthMethod.optional(),
  headCircumferenceCm: z.number().optional(),
  notes: z.string().optional(),
  labels: z.array(z.string()).optional(),
  createdBy: z.string(),
  ...timestamps,
});
export type Measurement = z.infer<typeof measurement>;

export const addMeasurementInput = z
  .object({ babyId: id, idempotencyKey: idempotencyKey.optional(), measuredOn, ...measures })
  .superRefine(checkMeasures);
export type AddMeasurementInput = z.infer<typeof addMeasurementInput>;

/** An update replaces the measured values as a whole, so the cross-field rules still hold. */
export const updateMeasurementInput = z
  .object({ babyId: id, measurementId: id, version: timestamps.version, measuredOn, ...measures })
  .superRefine(checkMeasures);
export type UpdateMeasurementInput = z.infer<typeof updateMeasurementInput>;

export const measurementRef = z.object({ babyId: id, measurementId: id });
export const deleteMeasurementInput = measurementRef.extend({ version: timestamps.version });

export const listMeasurementsInput = z
  .object({
    babyId: id,
    from: isoDate.optional(),
    to: isoDate.optional(),
    ...pageFields,
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { path: ["to"], error: "End date must not be before start date" });
export type ListMeasurementsInput = z.input<typeof listMeasurementsInput>;

export const page = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });
