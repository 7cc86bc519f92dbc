// A child's milestones by checklist age, with what the family has recorded.
// "expected" only says the checklist age has been reached and nothing is marked
// yet: about a quarter of children have not done a given milestone by that age,
// so the UI must not present it as late or as a warning.

import { CHECKLIST_AGES, checklistAgeFor, nextChecklistAge, wholeMonths } from "./ages.ts";
import type { Milestone } from "./data.ts";
import { checklistFor, milestoneById } from "./lookup.ts";

export type MilestoneStatus = "achieved" | "expected" | "upcoming";

export interface MilestoneViewInput {
  /**
   * Age in days. For a baby born preterm the caller passes the corrected age
   * (days since the due date, e.g. @upnest/growth's ageForPercentile().usedDays,
   * which corrects until 24 months); this package cannot tell the two apart.
   */
  ageInDays: number;
  /** Milestone id → the date the family marked it achieved (stored as given, e.g. "2025-06-01"). */
  achieved: Readonly<Record<string, string>>;
}

export interface MilestoneViewItem extends Readonly<Milestone> {
  status: MilestoneStatus;
  /** The recorded date when achieved, otherwise null. */
  achievedOn: string | null;
}

export interface ChecklistView {
  ageMonths: number;
  /** The child's age has reached this checklist. */
  reached: boolean;
  /** The checklist to show now (the latest reached). */
  current: boolean;
  /** The checklist coming up next. */
  next: boolean;
  milestones: MilestoneViewItem[];
}

export interface MilestoneView {
  /** Completed months, floor(ageInDays / 30.4375). */
  ageMonths: number;
  /** Latest checklist age reached; null under 2 months. */
  currentChecklist: number | null;
  /** First checklist age not reached; null from 60 months. */
  nextChecklist: number | null;
  /** Every checklist age, youngest first. */
  checklists: ChecklistView[];
  /** Ids in `achieved` that this version does not know; kept by the caller, shown nowhere here. */
  unknownAchievedIds: string[];
}

/**
 * Every checklist with each milestone's status: "achieved" when the family has
 * recorded it (at any age: early is fine), otherwise "expected" once the child
 * has reached that checklist age and "upcoming" before. Throws RangeError for a
 * non-finite age.
 */
export function milestoneView({ ageInDays, achieved }: MilestoneViewInput): MilestoneView {
  const ageMonths = wholeMonths(ageInDays);
  const currentChecklist = checklistAgeFor(ageInDays);
  const nextChecklist = nextChecklistAge(ageInDays);
  // Object.hasOwn, not `in`: an id like "constructor" must not match the prototype.
  const recorded = (id: string): string | null => (Object.hasOwn(achieved, id) ? (achieved[id] ?? null) : null);

  const checklists = CHECKLIST_AGES.map((checklistAge): ChecklistView => {
    const reached = checklistAge <= ageMonths;
    return {
      ageMonths: checklistAge,
      reached,
      current: checklistAge === currentChecklist,
      next: checklistAge === nextChecklist,
      milestones: checklistFor(checklistAge).map((milestone): MilestoneViewItem => {
        const achievedOn = recorded(milestone.id);
        const status: MilestoneStatus = achievedOn !== null ? "achieved" : reached ? "expected" : "upcoming";
        return { ...milestone, status, achievedOn };
      }),
    };
  });

  const unknownAchievedIds = Object.keys(achieved).filter((id) => milestoneById(id) === null);
  return { ageMonths, currentChecklist, nextChecklist, checklists, unknownAchievedIds };
}
