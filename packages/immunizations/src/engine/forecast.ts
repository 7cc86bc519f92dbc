/**
 * Forecast for one evaluated patient series (sections 7.1 and 7.4-7.6):
 * skips, forecast need, then the earliest, recommended, past-due and latest dates.
 */

import { cvxMap } from "../data/schedule.ts";
import { addDays, type IsoDate, maxDate } from "../dates.ts";
import { countsFrom } from "./beyond-cdsi.ts";
import { conflictsFor } from "./evaluate-dose.ts";
import type { Patient, PatientSeries, SeriesForecast, TargetDose } from "./model.ts";
import { ageRow, inForce, plus, referenceDate } from "./relevant.ts";
import { canSkip } from "./skip.ts";

/** What sections 7.2 and 7.3 found for the antigen before any forecast. */
export interface AntigenFacts {
  immune: boolean;
  contraindicated: boolean;
  /** Vaccines a vaccine contraindication rules out (CVX). */
  excludedVaccines: ReadonlySet<string>;
}

/** CALCDTCONFLICT-3: the next dose's live vaccines must wait out earlier live vaccines. */
function conflictEnds(target: TargetDose, patient: Patient): IsoDate[] {
  const types = new Set(target.dose.preferable.map((v) => v.cvx));
  return [...types]
    .flatMap((cvx) => conflictsFor.get(cvx) ?? [])
    .flatMap((c) => patient.history.filter((d) => d.cvx === c.previous).map((d) => plus(d.date, c.end) as IsoDate));
}

/** Section 7.5 (FORECASTDTCAN-1, FORECASTDT-1..6, FORECASTRECVAC-1, FORECASTDN-1). */
export function forecastDates(
  ps: PatientSeries,
  target: TargetDose,
  patient: Patient,
  excluded: ReadonlySet<string> = new Set(),
): SeriesForecast {
  const dob = patient.dateOfBirth;
  const age = ageRow(target, patient.assessmentDate);
  const intervals = inForce(target.dose.intervals, patient.assessmentDate)
    .map((row) => ({ row, from: referenceDate(row, ps.doses, ps, patient.observations) }))
    .filter((i): i is { row: typeof i.row; from: IsoDate } => i.from !== undefined);
  const at = (from: IsoDate, d: string | undefined) => plus(from, d);

  const lastDose = ps.doses.at(-1)?.date;
  const earliest =
    maxDate(
      at(dob, age.minAge),
      ...intervals.map((i) => at(i.from, i.row.minInt)),
      ...conflictEnds(target, patient),
      target.dose.season?.startDate,
      lastDose,
      countsFrom(ps.series.antigen, patient),
    ) ?? dob;

  const recAge = at(dob, age.earliestRecAge);
  const recInts = intervals.map((i) => at(i.from, i.row.earliestRecInt)).filter((d) => d !== undefined);
  const unadjustedRecommended = recAge ?? maxDate(...recInts) ?? earliest;

  const lateAge = at(dob, age.latestRecAge);
  const lateInt = maxDate(...intervals.map((i) => at(i.from, i.row.latestRecInt)));
  const late = lateAge ?? lateInt;
  const unadjustedPastDue = late ? addDays(late, -1) : null;
  const maxAgeDate = at(dob, age.maxAge);

  const recommended = maxDate(unadjustedRecommended, earliest) as IsoDate;
  const inRange = (begin?: string, end?: string) => (d: IsoDate) =>
    (at(dob, begin) ?? "1900-01-01") <= d && d < (at(dob, end) ?? "2999-12-31");
  // FORECASTRECVAC-1 names only flagged vaccines; most doses flag none, and a parent still needs
  // the list, so then every preferable vaccine licensed for the age is offered.
  const byAge = target.dose.preferable.filter(
    (v) =>
      !excluded.has(v.cvx) && (inRange(v.beginAge, v.endAge)(earliest) || inRange(v.beginAge, v.endAge)(recommended)),
  );
  const flagged = byAge.filter((v) => v.forecast);
  const cvxs = [...new Set((flagged.length > 0 ? flagged : byAge).map((v) => v.cvx))]; // one row per trade name in the data
  const vaccines = cvxs.map((cvx) => ({ cvx, name: cvxMap[cvx]?.name ?? cvx }));

  const satisfied = ps.targets.filter(
    (t) =>
      t.status === "satisfied" && (!t.dose.season?.startDate || (t.satisfiedBy?.date ?? "") >= t.dose.season.startDate),
  ).length;
  const all = inForce(target.dose.intervals, patient.assessmentDate);
  return {
    doseNumber: satisfied + 1,
    earliestDate: earliest,
    recommendedDate: recommended,
    pastDueDate: unadjustedPastDue ? (maxDate(unadjustedPastDue, earliest) as IsoDate) : null,
    latestDate: maxAgeDate ? addDays(maxAgeDate, -1) : null,
    vaccines,
    unadjustedRecommendedDate: unadjustedRecommended,
    unadjustedPastDueDate: unadjustedPastDue,
    priority: all.length > 0 && all.every((i) => i.priority),
    target,
  };
}

/** Sections 7.1, 7.4 and 7.6: sets the series status and, when a dose is due, its forecast. */
export function forecastSeries(
  ps: PatientSeries,
  patient: Patient,
  facts?: AntigenFacts,
  completedGroups?: ReadonlySet<string>,
): void {
  const skipCtx = (referenceDate: IsoDate) => ({
    dateOfBirth: patient.dateOfBirth,
    referenceDate,
    doses: ps.doses,
    series: ps,
    completedGroups,
  });
  const stop = (status: PatientSeries["status"]) => {
    ps.status = status;
    ps.forecast = null;
  };
  for (;;) {
    // 7.1: skip with the assessment date as reference.
    let target = ps.targets[ps.next];
    while (target && canSkip(target, "Forecast", skipCtx(patient.assessmentDate))) {
      target.status = "skipped";
      ps.next += 1;
      target = ps.targets[ps.next];
    }
    // Table 7-10.
    if (!target) {
      stop(ps.targets.some((t) => t.status === "satisfied") ? "complete" : "not-recommended");
      return;
    }
    // 7.2 and 7.3: immunity, an antigen contraindication, or every preferable vaccine contraindicated.
    if (facts?.immune) {
      stop("immune");
      return;
    }
    const excluded = facts?.excludedVaccines ?? new Set<string>();
    const allExcluded = target.dose.preferable.length > 0 && target.dose.preferable.every((v) => excluded.has(v.cvx));
    if (facts?.contraindicated || allExcluded) {
      stop("contraindicated");
      return;
    }
    const seasonEnd = target.dose.season?.endDate;
    if (seasonEnd && patient.assessmentDate > seasonEnd) {
      ps.status = "not-recommended";
      ps.forecast = null;
      return;
    }
    const forecast = forecastDates(ps, target, patient, excluded);
    const maxAgeDate = plus(patient.dateOfBirth, ageRow(target, patient.assessmentDate).maxAge);
    if (maxAgeDate && (patient.assessmentDate >= maxAgeDate || forecast.earliestDate >= maxAgeDate)) {
      ps.status = "aged-out";
      ps.forecast = null;
      return;
    }
    // 7.6: if the dose would be skipped on its own earliest date, forecast the next one instead.
    if (canSkip(target, "Forecast", skipCtx(forecast.earliestDate))) {
      target.status = "skipped";
      ps.next += 1;
      continue;
    }
    ps.status = "not-complete";
    ps.forecast = forecast;
    return;
  }
}
