/** Public input and output of assessImmunizations (see README.md). */
import type { IsoDate } from "./dates.ts";
import type { MaternalRsvVaccine } from "./maternal-rsv.ts";

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
  /**
   * Medical conditions and other facts CDSi acts on, as CDSi coded observation codes ("160" asplenia);
   * see `observations`. They select risk series, contraindicate antigens or vaccines, or show immunity.
   */
  conditions?: string[];
  /** Same order as `conditions`: the date of each (e.g. a transplant), or null; CDSi intervals can count from it. */
  conditionDates?: (IsoDate | null)[];
  /** Birth weight: a HepB dose given before 1 month of age to a baby under 2,000 g does not count (ACIP). */
  birthWeightGrams?: number;
  /** The mother's RSV vaccine in pregnancy: at least 14 days before birth, the baby needs no RSV antibody. */
  maternalRsvVaccine?: MaternalRsvVaccine;
}

export type EvaluationStatus = "valid" | "not-valid" | "extraneous" | "sub-standard";

export interface AntigenEvaluation {
  antigen: string;
  status: EvaluationStatus;
  /** CDSi's evaluation reason, or a rule of this package beyond CDSi ("Birth weight under 2,000 g"). */
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
  /**
   * The kind of series the result follows: "risk" when a condition made a risk series relevant;
   * absent when no series applies to the child (a travel or risk-only vaccine without its indication).
   */
  seriesType?: "standard" | "risk" | "evaluation-only";
}

export interface Assessment {
  /** The child's date of birth, as given (parentView and nextVisits word things by age). */
  dateOfBirth: IsoDate;
  doses: DoseAssessment[];
  vaccineGroups: VaccineGroupAssessment[];
}
