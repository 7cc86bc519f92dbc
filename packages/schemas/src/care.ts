import { z } from "zod";
import { babyRecordOf, id, idempotencyKey, isoDate, labels, pageFields, timestamps } from "./common.ts";
import { timezone } from "./user.ts";

// The daily care log's values: feedings, sleep, diapers, pumping, tummy time, notes and a family's own trackers.
// Every entry happens at a UTC instant in a time zone (the family's, unless they logged it elsewhere);
// durations are whole seconds and amounts millilitres, whatever a person types or reads.

/** How far ahead of the server's clock a phone's "now" may be (clocks drift); later is the future. */
const CLOCK_SKEW_MS = 10 * 60_000;

/** A moment, as ISO 8601 in UTC: not in the future. */
export const instant = z.iso
  .datetime({ error: "Enter a date and time" })
  .refine((v) => Number.isNaN(Date.parse(v)) || Date.parse(v) <= Date.now() + CLOCK_SKEW_MS, {
    error: "The time cannot be in the future",
  });

const notes = z.string().trim().max(1000, { error: "Notes must be at most 1000 characters" }).optional();

/** Up to 12 hours per side or session, in whole seconds. */
const seconds = (label: string) =>
  z
    .number({ error: `${label} must be a number` })
    .int({ error: `${label} must be whole seconds` })
    .min(0, { error: `${label} must be between 0 and 12 hours` })
    .max(12 * 3600, { error: `${label} must be between 0 and 12 hours` });

/** Millilitres: a feed or a pumping session up to a litre. */
const millilitres = (label: string) =>
  z
    .number({ error: `${label} must be a number` })
    .refine(Number.isFinite, { error: `${label} must be a number` })
    .min(0, { error: `${label} must be between 0 and 1000 ml` })
    .max(1000, { error: `${label} must be between 0 and 1000 ml` });

export const breastSide = z.enum(["left", "right"], { error: "Side must be left or right" });
export type BreastSide = z.infer<typeof breastSide>;
export const sides = z.enum(["left", "right", "both"], { error: "Side must be left, right or both" });

export const feedingMethod = z.enum(["breast", "bottle", "solids"], {
  error: "Feeding must be breast, bottle or solids",
});
export type FeedingMethod = z.infer<typeof feedingMethod>;
export const bottleMilk = z.enum(["breast-milk", "formula", "fortified"], {
  error: "Milk must be breast milk, formula or fortified",
});

/**
 * The allergens families are told to introduce early and watch: the nine of the US FDA's major food allergens
 * (FASTER Act 2021) that infants eat, as NIAID's 2017 addendum guidelines and the AAP (2019) discuss them.
 */
export const ALLERGENS = [
  "peanut",
  "egg",
  "cows-milk",
  "tree-nuts",
  "sesame",
  "soy",
  "wheat",
  "fish",
  "shellfish",
] as const;
export const allergen = z.enum(ALLERGENS, { error: "Choose an allergen from the list" });
export type Allergen = z.infer<typeof allergen>;

const feedingShape = {
  startedAt: instant,
  timeZone: timezone,
  method: feedingMethod,
  /** Breast: which sides, seconds on each, and the side the baby finished on (the next feed starts on the other). */
  side: sides.optional(),
  leftSeconds: seconds("Time on the left").optional(),
  rightSeconds: seconds("Time on the right").optional(),
  lastSide: breastSide.optional(),
  /** Bottle: how much, of what. */
  amountMl: millilitres("Amount").optional(),
  milk: bottleMilk.optional(),
  /** Solids: what was eaten, which allergens were in it, and any reaction seen. */
  foods: z
    .array(
      z.string().trim().min(1, { error: "A food needs a name" }).max(60, { error: "A food is at most 60 characters" }),
    )
    .max(20, { error: "At most 20 foods per meal" })
    .optional(),
  allergens: z
    .array(allergen, { error: "Choose allergens from the list" })
    .max(ALLERGENS.length, { error: "Choose allergens from the list" })
    .optional(),
  reaction: z.string().trim().max(500, { error: "Reaction must be at most 500 characters" }).optional(),
  notes,
  labels,
};
export const feedingFields = z.object(feedingShape).superRefine((f, ctx) => {
  if (f.method === "breast" && f.side === undefined)
    ctx.addIssue({ code: "custom", path: ["side"], message: "Say which side" });
  if (f.method === "bottle" && f.amountMl === undefined)
    ctx.addIssue({ code: "custom", path: ["amountMl"], message: "Enter the amount" });
  if (f.method === "solids" && !f.foods?.length)
    ctx.addIssue({ code: "custom", path: ["foods"], message: "Enter at least one food" });
});

export const sleepKind = z.enum(["nap", "night"], { error: "Sleep must be a nap or night sleep" });
export type SleepKind = z.infer<typeof sleepKind>;
/** The longest single sleep UpNest records: longer is almost surely a timer left running. */
export const MAX_SLEEP_HOURS = 16;
const sleepShape = { startedAt: instant, timeZone: timezone, endedAt: instant, kind: sleepKind, notes, labels };
export const sleepFields = z.object(sleepShape).superRefine((s, ctx) => {
  const span = Date.parse(s.endedAt) - Date.parse(s.startedAt);
  if (span <= 0) ctx.addIssue({ code: "custom", path: ["endedAt"], message: "The end must be after the start" });
  else if (span > MAX_SLEEP_HOURS * 3600_000)
    ctx.addIssue({ code: "custom", path: ["endedAt"], message: "A sleep can be at most 16 hours" });
});

export const diaperContents = z.enum(["wet", "dirty", "both"], { error: "Diaper must be wet, dirty or both" });
export type DiaperContents = z.infer<typeof diaperContents>;
/**
 * Stool colours as the stool colour cards used in newborn screening show them; pale (white, grey or clay) is
 * the one the card asks families to tell their clinician about promptly.
 */
export const stoolColour = z.enum(["yellow", "green", "brown", "black", "red", "pale"], {
  error: "Choose a colour from the list",
});
export const stoolConsistency = z.enum(["watery", "loose", "soft", "formed", "hard"], {
  error: "Choose a consistency from the list",
});
const diaperShape = {
  at: instant,
  timeZone: timezone,
  contents: diaperContents,
  colour: stoolColour.optional(),
  consistency: stoolConsistency.optional(),
  rash: z.boolean({ error: "Say whether there was a rash" }).optional(),
  notes,
  labels,
};
export const diaperFields = z.object(diaperShape);

const pumpingShape = {
  startedAt: instant,
  timeZone: timezone,
  side: sides,
  amountMl: millilitres("Amount").optional(),
  durationSeconds: seconds("Duration").optional(),
  notes,
  labels,
};
export const pumpingFields = z.object(pumpingShape);

const tummyTimeShape = {
  startedAt: instant,
  timeZone: timezone,
  durationSeconds: seconds("Duration"),
  notes,
  labels,
};
export const tummyTimeFields = z.object(tummyTimeShape);

const careNoteShape = {
  at: instant,
  timeZone: timezone,
  text: z
    .string({ error: "Write the note" })
    .trim()
    .min(1, { error: "Write the note" })
    .max(2000, { error: "A note is at most 2000 characters" }),
  labels,
};
export const careNoteFields = z.object(careNoteShape);

/** A family's own tracker ("vitamin D", "bath"): its name, an optional unit and amount, an optional duration. */
const customEntryShape = {
  startedAt: instant,
  timeZone: timezone,
  label: z
    .string({ error: "Name the tracker" })
    .trim()
    .min(1, { error: "Name the tracker" })
    .max(40, { error: "A tracker's name is at most 40 characters" }),
  unit: z
    .string({ error: "A unit is a word such as ml or drops" })
    .trim()
    .max(12, { error: "A unit is at most 12 characters" })
    .optional(),
  amount: z
    .number({ error: "Amount must be a number" })
    .refine(Number.isFinite, { error: "Amount must be a number" })
    .min(0, { error: "Amount must be between 0 and 100000" })
    .max(100_000, { error: "Amount must be between 0 and 100000" })
    .optional(),
  durationSeconds: seconds("Duration").optional(),
  notes,
};
export const customEntryFields = z.object(customEntryShape);

export const feedingRecord = babyRecordOf("feedingId", feedingShape);
export const sleepRecord = babyRecordOf("sleepId", sleepShape);
export const diaperRecord = babyRecordOf("diaperId", diaperShape);
export const pumpingRecord = babyRecordOf("pumpingId", pumpingShape);
export const tummyTimeRecord = babyRecordOf("tummyTimeId", tummyTimeShape);
export const careNoteRecord = babyRecordOf("noteId", careNoteShape);
export const customEntryRecord = babyRecordOf("customEntryId", customEntryShape);

// ---- Timers: one running per kind per baby, shared by every caregiver; stopping one records the entry. ----

export const timerKind = z.enum(["feeding", "sleep", "tummyTime", "pumping"], {
  error: "Timer must be feeding, sleep, tummy time or pumping",
});
export type TimerKind = z.infer<typeof timerKind>;

/** How long each timer may plausibly run; past it, the timer is flagged and stopping it asks for the real end. */
export const PLAUSIBLE_TIMER_HOURS: Record<TimerKind, number> = { feeding: 2, sleep: 14, tummyTime: 2, pumping: 2 };

export const timer = z.object({
  babyId: id,
  kind: timerKind,
  startedAt: z.string(),
  timeZone: z.string(),
  /** Feeding and pumping: the side now, and the seconds already spent on each side before it. */
  side: breastSide.optional(),
  sideStartedAt: z.string().optional(),
  leftSeconds: z.number().optional(),
  rightSeconds: z.number().optional(),
  startedBy: z.string(),
  ...timestamps,
});
export type Timer = z.infer<typeof timer>;

export const startTimerInput = z.object({
  babyId: id,
  kind: timerKind,
  timeZone: timezone,
  /** When it started, if not now (a feed that began five minutes ago). */
  startedAt: instant.optional(),
  side: breastSide.optional(),
});
export const switchTimerSideInput = z.object({
  babyId: id,
  kind: timerKind,
  version: timestamps.version,
  side: breastSide,
});
/** What stopping adds to the entry: the sleep's kind, a bottle of pumped milk's amount, notes. */
export const stopTimerInput = z.object({
  babyId: id,
  kind: timerKind,
  version: timestamps.version,
  /** When it ended, if not now; needed for a timer that ran far longer than plausible. */
  endedAt: instant.optional(),
  sleepKind: sleepKind.optional(),
  amountMl: millilitres("Amount").optional(),
  notes,
  idempotencyKey: idempotencyKey.optional(),
});
export const cancelTimerInput = z.object({ babyId: id, kind: timerKind, version: timestamps.version });

// ---- Reading the log: a day in the family's zone, a range of days, and whether anything changed. ----

export const careDayInput = z.object({
  babyId: id,
  /** The family's calendar day; today in the baby's time zone when absent. */
  day: isoDate.optional(),
});
export const careRangeInput = z
  .object({ babyId: id, from: isoDate, to: isoDate, ...pageFields, limit: pageFields.limit.default(100) })
  .refine((q) => q.from <= q.to, { path: ["to"], error: "End date must not be before start date" })
  .refine((q) => Date.parse(q.to) - Date.parse(q.from) <= 92 * 86_400_000, {
    path: ["from"],
    error: "Choose at most 92 days",
  });
export const careChangesInput = z.object({ babyId: id, since: z.string().max(200).optional() });
