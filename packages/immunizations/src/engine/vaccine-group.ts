/** Merges the antigens' best series into one vaccine-group result (chapter 9). */

import type { VaccineGroupData } from "../data/types.ts";
import { type IsoDate, maxDate, minDate } from "../dates.ts";
import type { Forecast, SeriesStatus, VaccineGroupAssessment } from "../types.ts";
import type { Patient, PatientSeries } from "./model.ts";

/** Table 9-4. */
function groupStatus(statuses: SeriesStatus[]): SeriesStatus {
  for (const s of ["contraindicated", "aged-out", "not-recommended", "not-complete"] as const) {
    if (statuses.includes(s)) return s;
  }
  if (statuses.length > 0 && statuses.every((s) => s === "immune")) return "immune";
  return "complete";
}

export function assessVaccineGroup(
  group: VaccineGroupData,
  best: Map<string, PatientSeries | undefined>,
  patient: Patient,
): VaccineGroupAssessment {
  const series = group.antigens.map((a) => best.get(a)).filter((s) => s !== undefined);
  if (series.length === 0) {
    return { vaccineGroup: group.name, antigens: group.antigens, seriesStatus: "not-recommended", forecast: null };
  }
  const type = series.some((s) => s.series.type === "Risk")
    ? "risk"
    : series.every((s) => s.series.type === "Evaluation Only")
      ? "evaluation-only"
      : "standard";
  const base = { vaccineGroup: group.name, antigens: group.antigens, seriesType: type } as const;
  const status = groupStatus(series.map((s) => s.status));
  const forecasts = series.map((s) => s.forecast).filter((f) => f !== null);
  if (status !== "not-complete" || forecasts.length === 0) return { ...base, seriesStatus: status, forecast: null };

  let earliest: IsoDate;
  if (series.length === 1) {
    earliest = forecasts[0]!.earliestDate; // SINGLEANTVG-2
  } else if (forecasts.some((f) => f.priority)) {
    // MULTIANTVG-1: a priority forecast is bounded by the group's last dose.
    const cvx = new Set(series.flatMap((s) => s.doses.map((d) => d.cvx)));
    const lastDose = maxDate(...patient.history.filter((d) => cvx.has(d.cvx)).map((d) => d.date));
    earliest = maxDate(minDate(...forecasts.map((f) => f.earliestDate)), lastDose) as IsoDate;
  } else {
    earliest = maxDate(...forecasts.map((f) => f.earliestDate)) as IsoDate;
  }
  const pastDue = minDate(...forecasts.map((f) => f.pastDueDate));
  const doseNumbers = forecasts.map((f) => f.doseNumber);
  // A parent needs one product covering every antigen still due (e.g. Tdap, not Td, when pertussis is due too).
  const shared = forecasts[0]!.vaccines.filter((v) => forecasts.every((f) => f.vaccines.some((w) => w.cvx === v.cvx)));
  const vaccines =
    shared.length > 0 ? shared : [...new Map(forecasts.flatMap((f) => f.vaccines).map((v) => [v.cvx, v])).values()];
  const forecast: Forecast = {
    // FORECASTDN-2: MMR is given whole, so the group waits for its least advanced antigen.
    doseNumber: group.administerFullVaccineGroup ? Math.min(...doseNumbers) : Math.max(...doseNumbers),
    earliestDate: earliest,
    recommendedDate: maxDate(minDate(...forecasts.map((f) => f.recommendedDate)), earliest) as IsoDate, // FORECASTVG-2
    pastDueDate: pastDue ? (maxDate(pastDue, earliest) as IsoDate) : null, // FORECASTVG-3
    latestDate: minDate(...forecasts.map((f) => f.latestDate)) ?? null, // FORECASTVG-4
    vaccines,
  };
  return { ...base, seriesStatus: status, forecast };
}
