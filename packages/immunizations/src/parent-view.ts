/**
 * A parent's view of one vaccine group, derived only from its forecast.
 * Thresholds follow the CDSi forecast dates (Logic Specification v4.6, 7.5):
 * due from the recommended date, overdue after the past-due date, no longer
 * given after the latest date. Doses without a past-due date are never overdue.
 */
import type { IsoDate } from "./dates.ts";
import type { RecommendedVaccine, VaccineGroupAssessment } from "./types.ts";

export type ParentStatus = "upcoming" | "due" | "overdue" | "no-longer-given" | "complete";

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

export function parentView(group: VaccineGroupAssessment, today: IsoDate): ParentView {
  const base = { vaccineGroup: group.vaccineGroup, nextDose: null, vaccines: [] };
  const f = group.forecast;
  if (group.seriesStatus === "complete" || group.seriesStatus === "immune") return { ...base, status: "complete" };
  // Aged out, contraindicated, or not recommended now (e.g. after the season): nothing to book.
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
  return { vaccineGroup: group.vaccineGroup, status, nextDose, vaccines: f.vaccines };
}
