import { assessWith } from "./assess.ts";
import { antigenData } from "./data/antigens.ts";
import type { Assessment, AssessmentInput } from "./types.ts";

/** Evaluates the doses given and forecasts every vaccine group on CDC's child schedule. */
export function assessImmunizations(input: AssessmentInput): Assessment {
  return assessWith(antigenData, input);
}

export { assessWith } from "./assess.ts";
export { CATEGORIZED_GROUPS, type VaccineCategory, vaccineCategory } from "./categories.ts";
export {
  type ChoosableCondition,
  type ConditionCategory,
  choosableConditions,
  findConditions,
} from "./conditions.ts";
export { observations } from "./data/observations.ts";
export { CDSI_VERSION } from "./data/schedule.ts";
export type { Observation } from "./data/types.ts";
export type { ProductKind, UsProduct } from "./data/us-products.ts";
export { ImmunizationInputError } from "./errors.ts";
export { findProducts, type ProductMatch, type ProductSearch } from "./find-products.ts";
export { type MaternalRsvVaccine, maternalRsvProtection } from "./maternal-rsv.ts";
export { nextVisits, type Visit } from "./next-visits.ts";
export {
  type ParentContext,
  type ParentNote,
  type ParentStatus,
  type ParentStatusForChild,
  type ParentView,
  type ParentViewForChild,
  parentView,
} from "./parent-view.ts";
export {
  isCdcCvx,
  isKnownCvx,
  isWhoCvx,
  type VaccineProduct,
  vaccineGroupsOf,
  vaccineProducts,
} from "./products.ts";
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
  conditionName,
  noteText,
  type ReasonCode,
  reasonCode,
  reasonText,
  VACCINATION_LANGUAGES,
  type VaccinationLanguage,
  vaccineGroupName,
} from "./words.ts";
