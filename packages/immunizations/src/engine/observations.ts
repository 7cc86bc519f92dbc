/**
 * What a patient's coded observations change for one antigen: which risk series are
 * relevant (section 5.1), contraindications (7.3) and evidence of immunity (7.2).
 */
import type { AntigenData, AntigenSeries, Contraindication } from "../data/types.ts";
import type { Patient } from "./model.ts";
import { plus } from "./relevant.ts";

/** Tables 5-4 and 7-5: the observation is active and the assessment date is within the row's ages. */
function applies(row: { code: string; beginAge?: string; endAge?: string }, patient: Patient): boolean {
  if (!patient.observations.has(row.code)) return false;
  const begin = plus(patient.dateOfBirth, row.beginAge) ?? "1900-01-01";
  const end = plus(patient.dateOfBirth, row.endAge) ?? "2999-12-31";
  return begin <= patient.assessmentDate && patient.assessmentDate < end;
}

/** Table 5-5: Standard and Evaluation Only series of the right gender, and Risk series an indication applies to. */
export function relevantSeries(data: AntigenData, patient: Patient): AntigenSeries[] {
  return data.series.filter(
    (s) =>
      (!s.requiredGender || s.requiredGender.includes(patient.gender)) &&
      (s.type !== "Risk" || (s.indications ?? []).some((i) => applies(i, patient))),
  );
}

/** Table 7-5: an antigen contraindication stops every series of the antigen. */
export const antigenContraindicated = (data: AntigenData, patient: Patient): boolean =>
  (data.contraindications?.antigen ?? []).some((c) => applies(c, patient));

/** Table 7-6: the vaccines (CVX) a vaccine contraindication rules out for the patient. */
export function contraindicatedVaccines(data: AntigenData, patient: Patient): Set<string> {
  const rows: Contraindication[] = (data.contraindications?.vaccine ?? []).filter((c) => applies(c, patient));
  return new Set(rows.flatMap((c) => c.cvx ?? []));
}

/**
 * Table 7-3: immune from clinical history, or born before the immunity birth date with no exclusion.
 * A birth date rule that also needs a country of birth (Varicella: born in the U.S.) is not applied:
 * the engine is not told the country, and CDSi applies nothing it cannot determine.
 */
export function hasImmunity(data: AntigenData, patient: Patient): boolean {
  const immunity = data.immunity;
  if (!immunity) return false;
  if (immunity.codes.some((code) => patient.observations.has(code))) return true;
  return (
    immunity.birthDate !== undefined &&
    immunity.birthCountry === undefined &&
    patient.dateOfBirth < immunity.birthDate &&
    !immunity.exclusions.some((code) => patient.observations.has(code))
  );
}
