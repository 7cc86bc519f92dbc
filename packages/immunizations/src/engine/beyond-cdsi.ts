/**
 * Rules this package applies beyond CDSi, each with its source. CDSi's supporting data does not
 * encode them; they come before CDSi's own checks of a dose (section 6.3 onwards).
 */
import type { IsoDate } from "../dates.ts";
import type { AntigenDose, Evaluation, Patient } from "./model.ts";
import { plus } from "./relevant.ts";

/** The reason given for a dose that a rule beyond CDSi does not count (words.ts says it in each language). */
export const LOW_BIRTH_WEIGHT = "Birth weight under 2,000 g";

/**
 * ACIP, "Prevention of Hepatitis B Virus Infection in the United States", MMWR Recomm Rep
 * 2018;67(No. RR-1): a HepB dose given before 1 month of age to an infant weighing under 2,000 g
 * at birth is not counted toward the series; the infant gets the full series from 1 month.
 * "1 month of age" follows CDSi's date rules (date of birth + 1 month, CALCDT-2 and CALCDT-5).
 * The forecast then offers the next dose from that date, not before (forecast.ts).
 */
export function beyondCdsi(dose: AntigenDose, patient: Patient): Evaluation | undefined {
  const from = countsFrom(dose.antigen, patient);
  return from && dose.date < from ? { status: "not-valid", reason: LOW_BIRTH_WEIGHT } : undefined;
}

/** The first date a dose of the antigen can count under the rules above, when one applies. */
export function countsFrom(antigen: string, patient: Patient): IsoDate | undefined {
  const grams = patient.birthWeightGrams;
  if (antigen !== "HepB" || grams === undefined || grams >= 2000) return undefined;
  return plus(patient.dateOfBirth, "1 month");
}
