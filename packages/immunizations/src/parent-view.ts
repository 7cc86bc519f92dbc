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

/** The statuses of `parentView(group, today)`, unchanged since the first version. */
export type ParentStatus = "upcoming" | "due" | "overdue" | "no-longer-given" | "complete";

/** With the child's context, two more, so that no group reads "no longer given" when that is not true. */
export type ParentStatusForChild =
  | ParentStatus
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
}

/** `parentView` with the child's context: every status, and a note where the age calls for one. */
export interface ParentViewForChild extends Omit<ParentView, "status"> {
  status: ParentStatusForChild;
  note?: ParentNote;
}

/** What parentView can use beyond the group's result. */
export interface ParentContext {
  dateOfBirth: IsoDate;
  maternalRsvVaccine?: MaternalRsvVaccine;
}

const ADULT_AGE_MONTHS = 19 * 12;

function baseView(group: VaccineGroupAssessment, today: IsoDate): ParentViewForChild {
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
  let status: ParentStatusForChild;
  if (f.latestDate && today > f.latestDate) status = "no-longer-given";
  else if (f.pastDueDate && today > f.pastDueDate) status = "overdue";
  else if (today >= f.recommendedDate) status = "due";
  else status = "upcoming";
  const view: ParentViewForChild = { vaccineGroup: group.vaccineGroup, status, nextDose, vaccines: f.vaccines };
  return group.seriesType === "risk" ? { ...view, note: "for-a-condition" } : view;
}

/** RSV antibody words: first season under 8 months (unless the mother's vaccine protects), high risk after. */
function rsv(
  view: ParentViewForChild,
  group: VaccineGroupAssessment,
  today: IsoDate,
  child: ParentContext,
): ParentViewForChild {
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

/**
 * Without the child's context, the first version's answer: anything not to book reads "no longer given"
 * (as for a travel vaccine) and there are no notes. With it, every status and note is true at the child's age.
 */
export function parentView(group: VaccineGroupAssessment, today: IsoDate): ParentView;
export function parentView(group: VaccineGroupAssessment, today: IsoDate, child: ParentContext): ParentViewForChild;
export function parentView(
  group: VaccineGroupAssessment,
  today: IsoDate,
  child?: ParentContext,
): ParentView | ParentViewForChild {
  const view = baseView(group, today);
  if (!child) {
    const { note: _, ...rest } = view;
    const legacy = rest.status === "not-needed" || rest.status === "not-advised" ? "no-longer-given" : rest.status;
    return { ...rest, status: legacy };
  }
  if (group.vaccineGroup === "RSV") return rsv(view, group, today, child);
  if (view.status === "not-advised") return view;
  if (group.vaccineGroup === "Influenza") return { ...view, note: "flu-each-season" };
  const adult = addMonths(child.dateOfBirth, ADULT_AGE_MONTHS);
  if (view.nextDose && view.nextDose.canBeGivenFrom >= adult) {
    return { ...view, status: "not-needed", nextDose: null, vaccines: [], note: "adults-only" };
  }
  return view;
}
