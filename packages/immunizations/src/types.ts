/** Public input and output of assessImmunizations (see README.md). */
import type { IsoDate } from "./dates.ts";

export type Sex = "female" | "male";

export interface DoseGiven {
  dateGiven: IsoDate;
  /** CDC CVX code of the product given, e.g. "110" (DTaP-HepB-IPV). */
  cvx: string;
}

export interface AssessmentInput {
  dateOfBirth: IsoDate;
  sex?: Sex;
  assessmentDate: IsoDate;
  doses: DoseGiven[];
}

export type EvaluationStatus = "valid" | "not-valid" | "extraneous" | "sub-standard";

export interface AntigenEvaluation {
  antigen: string;
  status: EvaluationStatus;
  reason?: string;
}

export interface DoseAssessment extends DoseGiven {
  evaluations: AntigenEvaluation[];
}

export type SeriesStatus = "not-complete" | "complete" | "immune" | "aged-out" | "contraindicated" | "not-recommended";

export interface RecommendedVaccine {
  cvx: string;
  name: string;
}

export interface Forecast {
  doseNumber: number;
  earliestDate: IsoDate;
  recommendedDate: IsoDate;
  pastDueDate: IsoDate | null;
  latestDate: IsoDate | null;
  vaccines: RecommendedVaccine[];
}

export interface VaccineGroupAssessment {
  vaccineGroup: string;
  antigens: string[];
  seriesStatus: SeriesStatus;
  forecast: Forecast | null;
}

export interface Assessment {
  doses: DoseAssessment[];
  vaccineGroups: VaccineGroupAssessment[];
}
