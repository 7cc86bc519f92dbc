import { flOzToMl, type Units } from "@upnest/i18n";
import type { Allergen } from "@upnest/schemas";
import { type CareEntry, type EntryOf, newestFirst, startOf } from "./entries.ts";

// What the quick actions and forms offer again from what the family logged before: the bottle amounts, their
// own trackers' names, and which allergens a baby has already had.

/** The bottle sizes offered as one-tap chips, in the person's units (stored as millilitres). */
export const bottleChips = (units: Units): number[] =>
  units === "metric" ? [30, 60, 90, 120, 150, 180] : [1, 2, 3, 4, 5, 6].map(flOzToMl);

/** The newest bottle among the loaded entries (its amount and milk are offered again). */
export const lastBottle = (entries: readonly CareEntry[]): EntryOf<"feedings">["record"] | undefined =>
  newestFirst(entries.filter((e): e is EntryOf<"feedings"> => e.kind === "feedings")).find(
    (f) => f.record.method === "bottle" && f.record.amountMl !== undefined,
  )?.record;

/** The family's own trackers' names, the most recently used first, each once (case and spaces aside). */
export function trackerLabels(entries: readonly CareEntry[]): string[] {
  const seen = new Map<string, string>();
  for (const e of newestFirst(entries))
    if (e.kind === "customEntries") {
      const key = e.record.label.trim().toLocaleLowerCase();
      if (!seen.has(key)) seen.set(key, e.record.label.trim());
    }
  return [...seen.values()];
}

/** The unit and amount a tracker had the last time, to log it again the same way in one tap. */
export function lastTracker(entries: readonly CareEntry[], label: string): { unit?: string; amount?: number } {
  const key = label.trim().toLocaleLowerCase();
  const last = newestFirst(entries).find(
    (e): e is EntryOf<"customEntries"> =>
      e.kind === "customEntries" && e.record.label.trim().toLocaleLowerCase() === key,
  )?.record;
  return {
    ...(last?.unit ? { unit: last.unit } : {}),
    ...(last?.amount !== undefined ? { amount: last.amount } : {}),
  };
}

/**
 * The allergens a meal's form may call a first: those in no meal among the loaded entries that started before
 * `before` (all loaded meals for a new one), other than the one being edited.
 */
export function allergensSeen(entries: readonly CareEntry[], before?: string, exceptId?: string): Set<Allergen> {
  const seen = new Set<Allergen>();
  for (const e of entries)
    if (
      e.kind === "feedings" &&
      e.record.feedingId !== exceptId &&
      (!before || Date.parse(startOf(e)) < Date.parse(before))
    )
      for (const a of e.record.allergens ?? []) seen.add(a);
  return seen;
}
