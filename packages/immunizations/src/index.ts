import { assessWith } from "./assess.ts";
import { antigenData } from "./data/antigens.ts";
import type { Assessment, AssessmentInput } from "./types.ts";

/** Evaluates the doses given and forecasts every vaccine group on CDC's child schedule. */
export function assessImmunizations(input: AssessmentInput): Assessment {
  return assessWith(antigenData, input);
}

export { assessWith } from "./assess.ts";
export { CDSI_VERSION } from "./data/schedule.ts";
export { ImmunizationInputError } from "./errors.ts";
export { type ParentStatus, type ParentView, parentView } from "./parent-view.ts";
export { isCdcCvx, isKnownCvx, isWhoCvx, type VaccineProduct, vaccineProducts } from "./products.ts";
export type {
  AntigenEvaluation,
  Assessment,
  AssessmentInput,
  DoseAssessment,
  DoseGiven,
  EvaluationStatus,
  Forecast,
  RecommendedVaccine,
  SeriesStatus,
  Sex,
  VaccineGroupAssessment,
} from "./types.ts";
export { assessWhoSchedule, type WhoInput } from "./who/forecast.ts";
export {
  antigenName,
  type ReasonCode,
  reasonCode,
  reasonText,
  VACCINATION_LANGUAGES,
  type VaccinationLanguage,
  vaccineGroupName,
} from "./words.ts";
