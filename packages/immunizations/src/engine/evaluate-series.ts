/**
 * Walks a relevant patient series' target doses against the antigen's doses in
 * date order (section 4.4, figure 4-6), skipping target doses per section 6.2
 * and repeating recurring doses.
 */
import type { AntigenSeries } from "../data/types.ts";
import { evaluateDose } from "./evaluate-dose.ts";
import type { AntigenDose, Patient, PatientSeries, TargetDose } from "./model.ts";
import { canSkip } from "./skip.ts";

export function evaluateSeries(
  series: AntigenSeries,
  doses: AntigenDose[],
  patient: Patient,
  completedGroups?: ReadonlySet<string>,
): PatientSeries {
  const targets: TargetDose[] = series.doses.map((dose) => ({ dose, status: "not-satisfied" }));
  const result: PatientSeries = {
    series,
    doses,
    evaluations: new Map(),
    targets,
    next: 0,
    status: "not-complete",
    forecast: null,
  };

  doses.forEach((dose, i) => {
    const prior = doses.slice(0, i);
    // 6.2: skip target doses whose evaluation-context conditions hold on the date given.
    while (result.next < targets.length) {
      const target = targets[result.next] as TargetDose;
      const skipCtx = {
        dateOfBirth: patient.dateOfBirth,
        referenceDate: dose.date,
        doses: prior,
        series: result,
        completedGroups,
      };
      if (!canSkip(target, "Evaluation", skipCtx)) break;
      target.status = "skipped";
      result.next += 1;
    }
    const target = targets[result.next];
    if (!target) {
      // Step 6a: no target dose left, so the dose is beyond what the series needs.
      result.evaluations.set(dose.index, { status: "extraneous", reason: "Series already complete" });
      return;
    }
    const outcome = evaluateDose(dose, target, prior, result, patient);
    result.evaluations.set(dose.index, outcome.evaluation);
    if (!outcome.satisfied) return;
    target.status = "satisfied";
    target.satisfiedBy = dose;
    // Step 5: a recurring dose (annual influenza, Td boosters) comes back after it is satisfied.
    if (target.dose.recurring) targets.splice(result.next + 1, 0, { dose: target.dose, status: "not-satisfied" });
    result.next += 1;
  });
  return result;
}
