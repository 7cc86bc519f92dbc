// Lookups over the milestone list. Built once at import; the list is frozen.

import type { Milestone } from "./data.ts";
import { milestones } from "./data.ts";

const byId = new Map(milestones.map((milestone) => [milestone.id, milestone]));

/** The milestone with this id, or null (e.g. a record pointing at an id this version does not know). */
export function milestoneById(id: string): Readonly<Milestone> | null {
  return byId.get(id) ?? null;
}

/**
 * The milestones of one checklist age, in checklist order. Empty for an age
 * that has no checklist (e.g. 7): only CHECKLIST_AGES have milestones.
 */
export function checklistFor(ageMonths: number): readonly Readonly<Milestone>[] {
  return milestones.filter((milestone) => milestone.ageMonths === ageMonths);
}
