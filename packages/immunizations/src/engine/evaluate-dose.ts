/**
 * Evaluates one antigen dose against one target dose (sections 6.3-6.10).
 * The outcome follows table 6-31: valid only when age, interval, conflict and
 * vaccine all pass; given at or after the maximum age it is extraneous.
 */

import { liveVirusConflicts } from "../data/schedule.ts";
import type { IntervalRow, LiveVirusConflict, SeriesVaccine } from "../data/types.ts";
import type { IsoDate } from "../dates.ts";
import { beyondCdsi } from "./beyond-cdsi.ts";
import type { AntigenDose, Evaluation, Patient, PatientSeries, TargetDose } from "./model.ts";
import { ageRow, inForce, plus, referenceDate } from "./relevant.ts";

export interface DoseOutcome {
  satisfied: boolean;
  evaluation: Evaluation;
}

/** Table 6-18 / 6-21: every interval with a reference dose must be met at its absolute minimum. */
function intervalsMet(
  rows: IntervalRow[],
  dose: AntigenDose,
  prior: AntigenDose[],
  series: PatientSeries,
  patient: Patient,
) {
  return rows.every((row) => {
    const from = referenceDate(row, prior, series, patient.observations);
    const absMin = from && plus(from, row.absMinInt ?? row.minInt);
    return absMin === undefined || dose.date >= absMin;
  });
}

/** Live-virus conflicts indexed by the vaccine they hold back (the data's "current" vaccine). */
export const conflictsFor = new Map<string, LiveVirusConflict[]>();
for (const c of liveVirusConflicts) conflictsFor.set(c.current, [...(conflictsFor.get(c.current) ?? []), c]);

/** Section 6.7 (CALCDTCONFLICT-1/2, CONFLICT-3): a live vaccine too soon after another. */
export function inLiveVirusConflict(dose: AntigenDose, patient: Patient, series: PatientSeries): boolean {
  const rules = conflictsFor.get(dose.cvx);
  if (!rules) return false;
  return patient.history.some((previous) => {
    if (previous.index === dose.index || previous.date > dose.date) return false;
    return rules.some((rule) => {
      if (rule.previous !== previous.cvx) return false;
      const begin = plus(previous.date, rule.begin) as IsoDate;
      // A previous dose that was not valid gets the full conflict end interval (CALCDTCONFLICT-2).
      const status = series.evaluations.get(previous.index)?.status ?? patient.doseStatus?.get(previous.index);
      const end = plus(previous.date, status && status !== "valid" ? rule.end : rule.minEnd) as IsoDate;
      return begin <= dose.date && dose.date < end;
    });
  });
}

function vaccineAllowed(list: SeriesVaccine[], dose: AntigenDose, dob: IsoDate): boolean {
  return list.some(
    (v) =>
      v.cvx === dose.cvx &&
      (plus(dob, v.beginAge) ?? "1900-01-01") <= dose.date &&
      dose.date < (plus(dob, v.endAge) ?? "2999-12-31"),
  );
}

export function evaluateDose(
  dose: AntigenDose,
  target: TargetDose,
  prior: AntigenDose[],
  series: PatientSeries,
  patient: Patient,
): DoseOutcome {
  const notValid = (reason: string, inadvertent?: boolean): DoseOutcome => ({
    satisfied: false,
    evaluation: inadvertent ? { status: "not-valid", reason, inadvertent } : { status: "not-valid", reason },
  });
  const dob = patient.dateOfBirth;

  // Rules beyond CDSi (a HepB dose to a baby under 2,000 g before 1 month of age).
  const beyond = beyondCdsi(dose, patient);
  if (beyond) return { satisfied: false, evaluation: beyond };

  // 6.3 Inadvertent vaccine.
  if (target.dose.inadvertent.includes(dose.cvx)) return notValid("Inadvertent vaccine", true);

  // 6.4 Age (table 6-15), with the row in force on the date given (RELEVANT-1).
  const age = ageRow(target, dose.date);
  const maxAgeDate = plus(dob, age.maxAge);
  if (maxAgeDate && dose.date >= maxAgeDate) {
    return { satisfied: false, evaluation: { status: "extraneous", reason: "Age: too old" } };
  }
  const absMinAgeDate = plus(dob, age.absMinAge ?? age.minAge);
  if (absMinAgeDate && dose.date < absMinAgeDate) return notValid("Age: too young");

  // 6.5 / 6.6 Preferable intervals, else allowable intervals.
  const preferable = inForce(target.dose.intervals, dose.date);
  const allowable = inForce(target.dose.allowableIntervals, dose.date);
  const intervalOk =
    intervalsMet(preferable, dose, prior, series, patient) ||
    (allowable.length > 0 && intervalsMet(allowable, dose, prior, series, patient));
  if (!intervalOk) return notValid("Interval: too soon");

  // 6.7 Live-virus conflict.
  if (inLiveVirusConflict(dose, patient, series)) return notValid("Live virus conflict");

  // 6.8 / 6.9 Preferable vaccine, else allowable vaccine.
  if (!vaccineAllowed(target.dose.preferable, dose, dob) && !vaccineAllowed(target.dose.allowable, dose, dob)) {
    return notValid("Vaccine not preferable or allowable for this dose");
  }

  const minAgeDate = plus(dob, age.minAge);
  const grace = minAgeDate !== undefined && dose.date < minAgeDate;
  return {
    satisfied: true,
    evaluation: grace ? { status: "valid", reason: "Age: grace period" } : { status: "valid" },
  };
}
