/**
 * Everything for one antigen: its doses (section 4.2), relevant series (5.1),
 * evaluation and forecast of each (4.4), and the best series (chapter 8).
 */
import { cvxMap } from "../data/schedule.ts";
import type { AntigenData } from "../data/types.ts";
import { evaluateSeries } from "./evaluate-series.ts";
import { type AntigenFacts, forecastSeries } from "./forecast.ts";
import type { AntigenDose, Patient, PatientSeries } from "./model.ts";
import { antigenContraindicated, contraindicatedVaccines, hasImmunity, relevantSeries } from "./observations.ts";
import { plus } from "./relevant.ts";
import { forSeasonOf } from "./seasons.ts";
import { selectBestSeries } from "./select-series.ts";

/** Section 4.2: the antigen's part of each dose, honouring association ages (e.g. zoster as varicella). */
export function antigenDoses(antigen: string, patient: Patient): AntigenDose[] {
  return patient.history.flatMap((d) => {
    const link = cvxMap[d.cvx]?.antigens.find((a) => a.antigen === antigen);
    if (!link) return [];
    const begin = plus(patient.dateOfBirth, link.beginAge) ?? "1900-01-01";
    const end = plus(patient.dateOfBirth, link.endAge) ?? "2999-12-31";
    return begin <= d.date && d.date < end ? [{ ...d, antigen }] : [];
  });
}

/**
 * Section 8.8 (table 8-14) and chapter 9, for the one forecast per vaccine group a family sees: each
 * series group's prioritized series protects against something the others may not (the v4.64 data
 * names no equivalent groups), so a series with a dose still to give speaks first (a Risk series the
 * patient's indications made relevant before the standard one); otherwise a complete one.
 */
function bestOfGroups(prioritized: PatientSeries[]): PatientSeries | undefined {
  const open = prioritized.filter((p) => p.status === "not-complete");
  const complete = prioritized.filter((p) => p.status === "complete");
  return open.find((p) => p.series.type === "Risk") ?? open[0] ?? complete[0] ?? prioritized[0];
}

export function assessAntigen(given: AntigenData, patient: Patient): PatientSeries | undefined {
  const data = forSeasonOf(given, patient.assessmentDate);
  const doses = antigenDoses(data.antigen, patient);
  const facts: AntigenFacts = {
    immune: hasImmunity(data, patient),
    contraindicated: antigenContraindicated(data, patient),
    excludedVaccines: contraindicatedVaccines(data, patient),
  };
  const relevant = relevantSeries(data, patient);
  const completedGroups = new Set<string>();
  const prioritized: PatientSeries[] = [];
  // Series groups in order, so a "Completed Series" skip sees whether group 1 was completed.
  for (const g of [...new Set(relevant.map((s) => s.seriesGroup))].sort()) {
    const all = relevant
      .filter((s) => s.seriesGroup === g)
      .map((s) => {
        const ps = evaluateSeries(s, doses, patient, completedGroups);
        forecastSeries(ps, patient, facts, completedGroups);
        return ps;
      });
    const best = selectBestSeries(all, patient);
    if (!best) continue;
    if (best.status === "complete") completedGroups.add(g);
    prioritized.push(best);
  }
  const primary = bestOfGroups(prioritized);
  return primary && prioritized.length > 1 ? blended(primary, prioritized) : primary;
}

/**
 * With several series groups (a standard series and a risk one), CDC shows every best series:
 * a dose counts when one of them counts it, and the next dose's number follows all the doses counted.
 */
function blended(primary: PatientSeries, prioritized: PatientSeries[]): PatientSeries {
  const evaluations = new Map(primary.evaluations);
  for (const ps of prioritized) {
    for (const [index, e] of ps.evaluations) if (e.status === "valid") evaluations.set(index, e);
  }
  const counted = [...evaluations.values()].filter((e) => e.status === "valid").length;
  const forecast = primary.forecast && { ...primary.forecast, doseNumber: counted + 1 };
  return { ...primary, evaluations, forecast };
}
