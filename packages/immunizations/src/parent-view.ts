/**
 * A parent's view of one vaccine group, derived from its forecast.
 * Thresholds follow the CDSi forecast dates (Logic Specification v4.6, 7.5):
 * due from the recommended date, overdue after the past-due date, no longer
 * given after the latest date. Doses without a past-due date are never overdue.
 * With the child's date of birth, seasonal and age-window vaccines also get a
 * note (words.ts says it) that is true at the child's age.
 */
import { addMonths, type IsoDate } from "./dates.ts";
import { type MaternalRsvVaccine, maternalRsvProtection } from "./maternal-rsv.ts";
import type { RecommendedVaccine, VaccineGroupAssessment } from "./types.ts";
import type { NoteCode } from "./words/notes.ts";

export type ParentStatus =
  | "upcoming"
  | "due"
  | "overdue"
  | "no-longer-given"
  | "complete"
  /** Not for this child: a travel or risk-only vaccine without its reason, an adult vaccine, or protected otherwise. */
  | "not-needed"
  /** Ruled out by a recorded condition or reaction (a contraindication): the doctor decides. */
  | "not-advised";

/** What a parent should also know about a group at the child's age; `noteText` (words) says each in plain words. */
export type ParentNote = NoteCode;

export interface ParentView {
  vaccineGroup: string;
  status: ParentStatus;
  /** The next dose, when one is still to be given. */
  nextDose: {
    doseNumber: number;
    canBeGivenFrom: IsoDate;
    dueFrom: IsoDate;
    overdueAfter: IsoDate | null;
    lastDate: IsoDate | null;
  } | null;
  /** Vaccines (name and CVX code) that can be given for the next dose. */
  vaccines: RecommendedVaccine[];
  note?: ParentNote;
}

/** What parentView can use beyond the group's result. */
export interface ParentContext {
  dateOfBirth: IsoDate;
  maternalRsvVaccine?: MaternalRsvVaccine;
}

const ADULT_AGE_MONTHS = 19 * 12;

function baseView(group: VaccineGroupAssessment, today: IsoDate): ParentView {
  const base = { vaccineGroup: group.vaccineGroup, nextDose: null, vaccines: [] };
  const f = group.forecast;
  if (group.seriesStatus === "complete" || group.seriesStatus === "immune") return { ...base, status: "complete" };
  if (group.seriesStatus === "contraindicated") return { ...base, status: "not-advised", note: "contraindicated" };
  if (group.seriesStatus === "not-recommended") {
    return group.seriesType
      ? { ...base, status: "not-needed" }
      : { ...base, status: "not-needed", note: "only-with-indication" };
  }
  if (!f || group.seriesStatus !== "not-complete") return { ...base, status: "no-longer-given" };
  const nextDose = {
    doseNumber: f.doseNumber,
    canBeGivenFrom: f.earliestDate,
    dueFrom: f.recommendedDate,
    overdueAfter: f.pastDueDate,
    lastDate: f.latestDate,
  };
  let status: ParentStatus;
  if (f.latestDate && today > f.latestDate) status = "no-longer-given";
  else if (f.pastDueDate && today > f.pastDueDate) status = "overdue";
  else if (today >= f.recommendedDate) status = "due";
  else status = "upcoming";
  const view: ParentView = { vaccineGroup: group.vaccineGroup, status, nextDose, vaccines: f.vaccines };
  return group.seriesType === "risk" ? { ...view, note: "for-a-condition" } : view;
}

/** RSV antibody words: first season under 8 months (unless the mother's vaccine protects), high risk after. */
function rsv(view: ParentView, group: VaccineGroupAssessment, today: IsoDate, child: ParentContext): ParentView {
  if (group.seriesType === "risk" && view.status !== "not-advised") return { ...view, note: "rsv-high-risk" };
  if (view.status === "no-longer-given") return { ...view, note: "rsv-past-infancy" };
  if (today >= addMonths(child.dateOfBirth, 8)) return view;
  const mother = maternalRsvProtection(child.maternalRsvVaccine, child.dateOfBirth);
  if (mother === "protects")
    return { ...view, status: "not-needed", nextDose: null, vaccines: [], note: "rsv-mother-vaccinated" };
  if (view.status === "not-advised") return view;
  if (mother === "too-late") return { ...view, note: "rsv-mother-vaccinated-late" };
  if (mother === "undated") return { ...view, note: "rsv-mother-vaccinated-undated" };
  return { ...view, note: "rsv-first-season" };
}

export function parentView(group: VaccineGroupAssessment, today: IsoDate, child?: ParentContext): ParentView {
  const view = baseView(group, today);
  if (!child) return view;
  if (group.vaccineGroup === "RSV") return rsv(view, group, today, child);
  if (view.status === "not-advised") return view;
  if (group.vaccineGroup === "Influenza") return { ...view, note: "flu-each-season" };
  const adult = addMonths(child.dateOfBirth, ADULT_AGE_MONTHS);
  if (view.nextDose && view.nextDose.canBeGivenFrom >= adult) {
    return { ...view, status: "not-needed", nextDose: null, vaccines: [], note: "adults-only" };
  }
  return view;
}
