/**
 * The package's entry point: evaluates every dose given and forecasts each
 * vaccine group on CDC's child and adolescent schedule (Logic Specification v4.6,
 * processing model of chapter 4).
 */
import { vaccineGroups } from "./data/schedule.ts";
import type { AntigenData } from "./data/types.ts";
import type { IsoDate } from "./dates.ts";
import { assessAntigens, doseStatuses, hasCloseLiveDoses } from "./engine/antigens.ts";
import type { Patient } from "./engine/model.ts";
import { assessVaccineGroup } from "./engine/vaccine-group.ts";
import { MATERNAL_RSV_OBSERVATION, maternalRsvProtection } from "./maternal-rsv.ts";
import type { Assessment, AssessmentInput, DoseAssessment } from "./types.ts";
import { validateInput } from "./validate.ts";

/**
 * Assesses with the antigen modules given (src/data/antigens/*.ts), so an app that needs
 * only some vaccine groups can load only their data; groups with no data are left out.
 */
export function assessWith(antigenData: Record<string, AntigenData>, input: AssessmentInput): Assessment {
  validateInput(input);
  const patient: Patient = {
    dateOfBirth: input.dateOfBirth,
    gender: input.sex === "female" ? "Female" : input.sex === "male" ? "Male" : "Unknown",
    assessmentDate: input.assessmentDate,
    // Sorted by date (section 4.2); a stable sort keeps same-day doses in the order given.
    history: input.doses
      .map((d, index) => ({ index, date: d.dateGiven, cvx: d.cvx }))
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
    observations: observationsOf(input),
    ...(input.birthWeightGrams === undefined ? {} : { birthWeightGrams: input.birthWeightGrams }),
  };

  let best = assessAntigens(antigenData, patient);
  // CALCDTCONFLICT-2: a live vaccine given too soon after a *not valid* live dose of another
  // antigen waits the full conflict interval, so re-run once those doses' statuses are known.
  if (hasCloseLiveDoses(patient)) {
    patient.doseStatus = doseStatuses(best);
    best = assessAntigens(antigenData, patient);
  }

  const doses: DoseAssessment[] = input.doses.map((d, index) => ({
    dateGiven: d.dateGiven,
    cvx: d.cvx,
    evaluations: [...best.entries()].flatMap(([antigen, ps]) => {
      const e = ps?.evaluations.get(index);
      if (!e) return [];
      return [e.reason ? { antigen, status: e.status, reason: e.reason } : { antigen, status: e.status }];
    }),
  }));

  const groups = vaccineGroups.filter((g) => g.antigens.some((a) => antigenData[a]));
  return {
    dateOfBirth: input.dateOfBirth,
    doses,
    vaccineGroups: groups.map((g) => assessVaccineGroup(g, best, patient)),
  };
}

/** The conditions with their dates, and the mother's RSV vaccine as CDSi's observation when it protects. */
function observationsOf(input: AssessmentInput): Map<string, IsoDate | null> {
  const observations = new Map((input.conditions ?? []).map((code, i) => [code, input.conditionDates?.[i] ?? null]));
  if (maternalRsvProtection(input.maternalRsvVaccine, input.dateOfBirth) === "protects")
    observations.set(MATERNAL_RSV_OBSERVATION, input.maternalRsvVaccine?.date ?? null);
  return observations;
}
