/**
 * Conditional skip (section 6.2 for evaluation, 7.1 and 7.6 for forecasting).
 * A target dose is skipped when its sets are met per the set logic (table 6-11).
 */

import type { ConditionalSkip, SkipCondition } from "../data/types.ts";
import type { IsoDate } from "../dates.ts";
import type { AntigenDose, PatientSeries, TargetDose } from "./model.ts";
import { plus } from "./relevant.ts";

export interface SkipContext {
  dateOfBirth: IsoDate;
  /** CONDSKIP-2: the dose's date (evaluation), the assessment date or the forecast's earliest date. */
  referenceDate: IsoDate;
  /** Doses of the series that count for the conditions (those before the dose being evaluated). */
  doses: AntigenDose[];
  series: PatientSeries;
  /** Series groups of the antigen with a complete best series ("Completed Series" conditions). */
  completedGroups?: ReadonlySet<string>;
}

function countDoses(c: SkipCondition, ctx: SkipContext): number {
  const begin = plus(ctx.dateOfBirth, c.beginAge) ?? "1900-01-01";
  const end = plus(ctx.dateOfBirth, c.endAge) ?? "2999-12-31";
  // CONDSKIP-1: vaccine type, age window, date window and (for 'Valid') the evaluation status.
  return ctx.doses.filter((d) => {
    if (c.vaccineTypes && !c.vaccineTypes.includes(d.cvx)) return false;
    if (d.date < begin || d.date >= end) return false;
    if (d.date < (c.startDate ?? "1900-01-01") || d.date >= (c.endDate ?? "2999-12-31")) return false;
    return c.doseType !== "Valid" || ctx.series.evaluations.get(d.index)?.status === "valid";
  }).length;
}

function conditionMet(c: SkipCondition, ctx: SkipContext): boolean {
  switch (c.type) {
    case "Age": {
      // Table 6-6: begin age date <= reference date < end age date.
      const begin = plus(ctx.dateOfBirth, c.beginAge) ?? "1900-01-01";
      const end = plus(ctx.dateOfBirth, c.endAge) ?? "2999-12-31";
      return begin <= ctx.referenceDate && ctx.referenceDate < end;
    }
    case "Interval": {
      // Table 6-8 and CALCDTSKIP-5: measured from the immediately previous dose.
      const previous = ctx.doses.at(-1);
      const date = previous && plus(previous.date, c.interval);
      return date !== undefined && ctx.referenceDate >= date;
    }
    case "Vaccine Count by Age":
    case "Vaccine Count by Date":
    case "Vaccine Count by Date and Age": {
      // Table 6-9.
      const n = countDoses(c, ctx);
      const want = c.doseCount ?? 0;
      if (c.doseCountLogic === "greater than") return n > want;
      if (c.doseCountLogic === "less than") return n < want;
      return n === want;
    }
    case "Completed Series":
      // The patient has completed a series of one of the groups named (e.g. the standard HepB series).
      return (c.seriesGroups ?? []).some((g) => ctx.completedGroups?.has(g));
    default:
      return false;
  }
}

function skipMet(skip: ConditionalSkip, ctx: SkipContext): boolean {
  // Tables 6-10 and 6-11: AND needs all, OR needs at least one.
  const sets = skip.sets.map((set) => {
    const met = set.conditions.map((c) => conditionMet(c, ctx));
    return set.logic === "AND" ? met.every(Boolean) : met.some(Boolean);
  });
  return skip.logic === "AND" ? sets.every(Boolean) : sets.some(Boolean);
}

export function canSkip(target: TargetDose, context: "Evaluation" | "Forecast", ctx: SkipContext): boolean {
  return target.dose.skips.some((s) => (s.context === context || s.context === "Both") && skipMet(s, ctx));
}
