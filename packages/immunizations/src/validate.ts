/** Checks caller input before any logic runs; every error names its field. */

import { observationCodes } from "./data/observation-codes.ts";
import { cvxMap } from "./data/schedule.ts";
import { isIsoDate } from "./dates.ts";
import { ImmunizationInputError } from "./errors.ts";
import type { AssessmentInput } from "./types.ts";

function date(field: string, value: unknown): string {
  if (!isIsoDate(value))
    throw new ImmunizationInputError(field, `expected a real date as YYYY-MM-DD, got ${JSON.stringify(value)}`);
  return value;
}

/** Dates, order and CVX codes; `knownCvx` differs between the CDC and WHO schedules. */
export function validateDates(
  input: { dateOfBirth: unknown; assessmentDate: unknown; doses: unknown },
  knownCvx: (cvx: string) => boolean,
): void {
  if (typeof input !== "object" || input === null) throw new ImmunizationInputError("input", "expected an object");
  const dob = date("dateOfBirth", input.dateOfBirth);
  const assessment = date("assessmentDate", input.assessmentDate);
  if (assessment < dob)
    throw new ImmunizationInputError("assessmentDate", `${assessment} is before the date of birth ${dob}`);
  if (!Array.isArray(input.doses)) throw new ImmunizationInputError("doses", "expected an array");
  (input.doses as { dateGiven?: unknown; cvx?: unknown }[]).forEach((dose, i) => {
    const given = date(`doses[${i}].dateGiven`, dose?.dateGiven);
    if (given < dob)
      throw new ImmunizationInputError(`doses[${i}].dateGiven`, `${given} is before the date of birth ${dob}`);
    if (given > assessment) {
      throw new ImmunizationInputError(`doses[${i}].dateGiven`, `${given} is after the assessment date ${assessment}`);
    }
    if (typeof dose.cvx !== "string" || !knownCvx(dose.cvx)) {
      throw new ImmunizationInputError(`doses[${i}].cvx`, `unknown CVX code ${JSON.stringify(dose.cvx)}`);
    }
  });
}

/** Conditions are CDSi observation codes; each date, when given, is a real date no later than the assessment. */
function validateConditions(input: AssessmentInput): void {
  const { conditions, conditionDates } = input;
  if (conditions === undefined) {
    if (conditionDates !== undefined && conditionDates.length > 0)
      throw new ImmunizationInputError("conditionDates", "given without conditions");
    return;
  }
  if (!Array.isArray(conditions)) throw new ImmunizationInputError("conditions", "expected an array");
  conditions.forEach((code, i) => {
    if (typeof code !== "string" || !observationCodes.has(code))
      throw new ImmunizationInputError(`conditions[${i}]`, `unknown CDSi observation code ${JSON.stringify(code)}`);
  });
  if (conditionDates === undefined) return;
  if (!Array.isArray(conditionDates) || conditionDates.length > conditions.length)
    throw new ImmunizationInputError("conditionDates", "expected an array no longer than conditions");
  conditionDates.forEach((d, i) => {
    if (d === null) return;
    date(`conditionDates[${i}]`, d);
    if (d > input.assessmentDate)
      throw new ImmunizationInputError(
        `conditionDates[${i}]`,
        `${d} is after the assessment date ${input.assessmentDate}`,
      );
  });
}

export function validateInput(input: AssessmentInput): void {
  validateDates(input, (cvx) => cvx in cvxMap);
  if (input.sex !== undefined && input.sex !== "female" && input.sex !== "male") {
    throw new ImmunizationInputError("sex", `expected "female" or "male", got ${JSON.stringify(input.sex)}`);
  }
  validateConditions(input);
  const m = input.maternalRsvVaccine;
  if (m !== undefined) {
    if (typeof m !== "object" || m === null || typeof m.received !== "boolean")
      throw new ImmunizationInputError("maternalRsvVaccine.received", "expected true or false");
    if (m.date !== undefined && m.date !== null) {
      date("maternalRsvVaccine.date", m.date);
      if (m.date > input.dateOfBirth)
        throw new ImmunizationInputError("maternalRsvVaccine.date", `${m.date} is after the date of birth`);
      if (!m.received) throw new ImmunizationInputError("maternalRsvVaccine.date", "given for a vaccine not received");
    }
  }
  const w = input.birthWeightGrams;
  if (w !== undefined && (typeof w !== "number" || !Number.isFinite(w) || w < 200 || w > 8000))
    throw new ImmunizationInputError(
      "birthWeightGrams",
      `expected grams between 200 and 8000, got ${JSON.stringify(w)}`,
    );
}
