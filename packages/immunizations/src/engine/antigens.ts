/** Runs every antigen for one patient and gathers what other antigens need to know. */
import { vaccineGroups } from "../data/schedule.ts";
import type { AntigenData } from "../data/types.ts";
import type { EvaluationStatus } from "../types.ts";
import { assessAntigen } from "./antigen.ts";
import { conflictsFor } from "./evaluate-dose.ts";
import type { Patient, PatientSeries } from "./model.ts";
import { plus } from "./relevant.ts";

export function assessAntigens(antigenData: Record<string, AntigenData>, patient: Patient) {
  const best = new Map<string, PatientSeries | undefined>();
  for (const group of vaccineGroups) {
    for (const antigen of group.antigens) {
      const data = antigenData[antigen];
      if (data) best.set(antigen, assessAntigen(data, patient));
    }
  }
  return best;
}

/** True when some live vaccine falls inside another's full conflict window (the rare case worth a second pass). */
export function hasCloseLiveDoses(patient: Patient): boolean {
  return patient.history.some((current) =>
    (conflictsFor.get(current.cvx) ?? []).some((rule) =>
      patient.history.some(
        (previous) =>
          previous.index !== current.index &&
          previous.cvx === rule.previous &&
          (plus(previous.date, rule.begin) ?? "") <= current.date &&
          current.date < (plus(previous.date, rule.end) ?? ""),
      ),
    ),
  );
}

/** A dose counts as valid only if every antigen it carries found it valid. */
export function doseStatuses(best: Map<string, PatientSeries | undefined>): Map<number, EvaluationStatus> {
  const statuses = new Map<number, EvaluationStatus>();
  for (const ps of best.values()) {
    for (const [index, e] of ps?.evaluations ?? []) {
      if (statuses.get(index) === undefined || e.status !== "valid") statuses.set(index, e.status);
    }
  }
  return statuses;
}
