/**
 * Everything for one antigen: its doses (section 4.2), relevant series (5.1),
 * evaluation and forecast of each (4.4), and the best series (chapter 8).
 */
import { cvxMap } from "../data/schedule.ts";
import type { AntigenData } from "../data/types.ts";
import { evaluateSeries } from "./evaluate-series.ts";
import { forecastSeries } from "./forecast.ts";
import type { AntigenDose, Patient, PatientSeries } from "./model.ts";
import { plus } from "./relevant.ts";
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

/** Section 5.1 (table 5-5) for a patient with no indications: Standard and Evaluation Only series of the right gender. */
function relevant(data: AntigenData, patient: Patient) {
  return data.series.filter((s) => !s.requiredGender || s.requiredGender.includes(patient.gender));
}

export function assessAntigen(data: AntigenData, patient: Patient): PatientSeries | undefined {
  const doses = antigenDoses(data.antigen, patient);
  const all = relevant(data, patient).map((s) => {
    const ps = evaluateSeries(s, doses, patient);
    forecastSeries(ps, patient);
    return ps;
  });
  // Section 8.8: a healthy child's series groups are not equivalent to each other, so the
  // lowest-numbered group that yields a best series speaks for the antigen.
  const groups = [...new Set(all.map((p) => p.series.seriesGroup))].sort();
  for (const g of groups) {
    const best = selectBestSeries(
      all.filter((p) => p.series.seriesGroup === g),
      patient,
    );
    if (best) return best;
  }
  return undefined;
}
