/**
 * The parent's page in one line: "Next visit: 22 Jan 2027 — DTaP, Hib, PCV, polio, rotavirus".
 * Doses still to give, grouped by the date they are due; a dose already due or overdue is due at
 * the next visit (today), so overdue doses come first.
 */
import type { IsoDate } from "./dates.ts";
import { type ParentContext, type ParentViewForChild, parentView } from "./parent-view.ts";
import type { Assessment } from "./types.ts";

export interface Visit {
  /** The date the doses are due (today for those already due or overdue). */
  date: IsoDate;
  /** The vaccine groups due that day, overdue ones first, then in the order of the result. */
  vaccineGroups: string[];
  /** Those of `vaccineGroups` that are overdue. */
  overdue: string[];
  /** Each group's dose number, for "DTaP dose 2". */
  doses: { vaccineGroup: string; doseNumber: number }[];
}

const TO_BOOK = new Set(["overdue", "due", "upcoming"]);

/** Visits in date order; `child` adds what parentView needs beyond the result (the mother's RSV vaccine). */
export function nextVisits(result: Assessment, today: IsoDate, child?: Omit<ParentContext, "dateOfBirth">): Visit[] {
  const views: ParentViewForChild[] = result.vaccineGroups.map((g) =>
    parentView(g, today, { ...child, dateOfBirth: result.dateOfBirth }),
  );
  const byDate = new Map<IsoDate, ParentViewForChild[]>();
  for (const v of views) {
    if (!v.nextDose || !TO_BOOK.has(v.status)) continue;
    const date = v.nextDose.dueFrom > today ? v.nextDose.dueFrom : today;
    byDate.set(date, [...(byDate.get(date) ?? []), v]);
  }
  return [...byDate.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([date, vs]) => {
      const ordered = [...vs.filter((v) => v.status === "overdue"), ...vs.filter((v) => v.status !== "overdue")];
      return {
        date,
        vaccineGroups: ordered.map((v) => v.vaccineGroup),
        overdue: ordered.filter((v) => v.status === "overdue").map((v) => v.vaccineGroup),
        doses: ordered.map((v) => ({ vaccineGroup: v.vaccineGroup, doseNumber: v.nextDose?.doseNumber ?? 1 })),
      };
    });
}
