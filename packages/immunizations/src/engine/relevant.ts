/** Picks supporting-data rows in force on a date (section 3.3, RELEVANT-1 and RELEVANT-2). */

import type { AgeRow, Effective, IntervalRow } from "../data/types.ts";
import type { IsoDate } from "../dates.ts";
import { addDuration } from "../duration.ts";
import type { AntigenDose, PatientSeries, TargetDose } from "./model.ts";

export function inForce<T extends Effective>(rows: T[], anchor: IsoDate): T[] {
  return rows.filter((r) => (r.effectiveDate ?? "1900-01-01") <= anchor && anchor <= (r.cessationDate ?? "2999-12-31"));
}

export function ageRow(target: TargetDose, anchor: IsoDate): AgeRow {
  return inForce(target.dose.ages, anchor)[0] ?? {};
}

/** Date of birth (or any reference date) plus an optional CDSi duration. */
export function plus(date: IsoDate, duration: string | undefined): IsoDate | undefined {
  return duration === undefined ? undefined : addDuration(date, duration);
}

/**
 * Reference date an interval is measured from (CALCDTINT-1, -2, -4, -8, -9).
 * `prior` holds the series' doses already evaluated before the dose being judged or forecast.
 * Returns undefined when the interval does not apply (no such reference dose, or no dated observation).
 */
export function referenceDate(
  interval: IntervalRow,
  prior: AntigenDose[],
  series: PatientSeries,
  observations?: ReadonlyMap<string, IsoDate | null>,
): IsoDate | undefined {
  const usable = prior.filter((d) => {
    const e = series.evaluations.get(d.index);
    return e && (e.status === "valid" || e.status === "not-valid") && !e.inadvertent;
  });
  if (interval.fromPrevious) return usable.at(-1)?.date;
  if (interval.fromTargetDose !== undefined) {
    return series.targets[interval.fromTargetDose - 1]?.satisfiedBy?.date;
  }
  if (interval.fromMostRecent) {
    const types = interval.fromMostRecent;
    return usable.filter((d) => types.includes(d.cvx)).at(-1)?.date;
  }
  // CALCDTINT-4: from the date of the observation, when the patient has it with a date.
  if (interval.fromObservation) return observations?.get(interval.fromObservation) ?? undefined;
  return undefined;
}
