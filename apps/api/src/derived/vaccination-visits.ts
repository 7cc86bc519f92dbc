import { type Assessment, nextVisits, type ParentContext, type ParentViewForChild } from "@upnest/immunizations";

/** A dose still to give at a visit, with its window: "can be given from", "due from", "overdue after". */
export interface VisitDose {
  group: string;
  doseNumber?: number;
  earliest: string;
  recommended: string;
  pastDue?: string;
  overdue: boolean;
}

/** A date to book and the doses due on it (today for those already due or overdue, overdue first). */
export interface UpcomingVisit {
  date: string;
  /** Whether any dose of the visit is overdue. */
  overdue: boolean;
  /** The vaccine groups due, as CDSi names them, overdue ones first. */
  groups: string[];
  doses: VisitDose[];
}

/**
 * The engine's next visits (`nextVisits`: the doses still to book grouped by the date they are due) with each
 * dose's window from the group's view, for "Next visit: 22 Jan 2027 — DTaP, Hib, PCV, polio, rotavirus".
 */
export function upcomingVisits(
  assessment: Assessment,
  views: readonly ParentViewForChild[],
  today: string,
  child: ParentContext,
): UpcomingVisit[] {
  const byGroup = new Map(views.map((v) => [v.vaccineGroup, v]));
  return nextVisits(assessment, today, child).map((visit) => ({
    date: visit.date,
    overdue: visit.overdue.length > 0,
    groups: visit.vaccineGroups,
    doses: visit.doses.flatMap(({ vaccineGroup, doseNumber }) => {
      const next = byGroup.get(vaccineGroup)?.nextDose;
      if (!next) return [];
      return [
        {
          group: vaccineGroup,
          doseNumber,
          earliest: next.canBeGivenFrom,
          recommended: next.dueFrom,
          ...(next.overdueAfter ? { pastDue: next.overdueAfter } : {}),
          overdue: visit.overdue.includes(vaccineGroup),
        },
      ];
    }),
  }));
}
