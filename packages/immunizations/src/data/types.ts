/**
 * Shapes of the generated CDSi supporting data (scripts/generate-data.ts).
 * Only the fields the logic reads are kept; ages and intervals stay as the
 * CDSi strings so the generated modules can be checked against the source.
 */

/** Effective/cessation window of a supporting-data row (section 3.3, RELEVANT-1/2). */
export interface Effective {
  effectiveDate?: string;
  cessationDate?: string;
}

export interface AgeRow extends Effective {
  absMinAge?: string;
  minAge?: string;
  earliestRecAge?: string;
  latestRecAge?: string;
  maxAge?: string;
}

export interface IntervalRow extends Effective {
  fromPrevious: boolean;
  fromTargetDose?: number;
  fromMostRecent?: string[];
  /** CALCDTINT-4: measured from the date of a patient observation (CDSi observation code). */
  fromObservation?: string;
  absMinInt?: string;
  minInt?: string;
  earliestRecInt?: string;
  latestRecInt?: string;
  priority?: boolean;
}

export interface SeriesVaccine {
  cvx: string;
  beginAge?: string;
  endAge?: string;
  /** Preferable vaccines only: may be named in a forecast (FORECASTRECVAC-1). */
  forecast?: boolean;
}

export interface SkipCondition {
  type:
    | "Age"
    | "Interval"
    | "Vaccine Count by Age"
    | "Vaccine Count by Date"
    | "Vaccine Count by Date and Age"
    | "Completed Series";
  beginAge?: string;
  endAge?: string;
  startDate?: string;
  endDate?: string;
  interval?: string;
  doseCount?: number;
  doseType?: "Valid" | "Total";
  doseCountLogic?: "greater than" | "equal to" | "less than";
  vaccineTypes?: string[];
  seriesGroups?: string[];
}

export interface SkipSet {
  logic: "AND" | "OR";
  conditions: SkipCondition[];
}

export interface ConditionalSkip {
  context: "Evaluation" | "Forecast" | "Both";
  logic: "AND" | "OR";
  sets: SkipSet[];
}

export interface SeriesDose {
  doseNumber: number;
  ages: AgeRow[];
  intervals: IntervalRow[];
  allowableIntervals: IntervalRow[];
  preferable: SeriesVaccine[];
  allowable: SeriesVaccine[];
  inadvertent: string[];
  skips: ConditionalSkip[];
  recurring: boolean;
  season?: { startDate?: string; endDate?: string };
}

/** An indication that makes a Risk series relevant (section 5.1, table 5-4). */
export interface Indication {
  code: string;
  beginAge?: string;
  endAge?: string;
}

export interface AntigenSeries {
  name: string;
  antigen: string;
  vaccineGroup: string;
  type: "Standard" | "Evaluation Only" | "Risk";
  /** Risk series only: the observations that make the series relevant. */
  indications?: Indication[];
  requiredGender?: string[];
  defaultSeries: boolean;
  productPath: boolean;
  seriesGroup: string;
  seriesPriority: string;
  seriesPreference: number;
  minAgeToStart?: string;
  maxAgeToStart?: string;
  doses: SeriesDose[];
}

/** Section 7.3: an antigen contraindication (no `cvx`) or a vaccine contraindication (the CVX codes it rules out). */
export interface Contraindication {
  code: string;
  beginAge?: string;
  endAge?: string;
  cvx?: string[];
}

/** Section 7.2: evidence of immunity from clinical history, or from a birth date before `birthDate`. */
export interface Immunity {
  codes: string[];
  birthDate?: string;
  /** Observations that cancel the birth-date immunity (health care personnel, pregnancy, …). */
  exclusions: string[];
  /** The country the birth-date immunity needs (Varicella: "U.S."); the engine takes no country of birth. */
  birthCountry?: string;
}

export interface AntigenData {
  antigen: string;
  series: AntigenSeries[];
  contraindications?: { antigen: Contraindication[]; vaccine: Contraindication[] };
  immunity?: Immunity;
}

export interface LiveVirusConflict {
  previous: string;
  current: string;
  begin: string;
  minEnd: string;
  end: string;
}

export interface VaccineGroupData {
  name: string;
  antigens: string[];
  administerFullVaccineGroup: boolean;
}

export interface CvxAntigen {
  antigen: string;
  beginAge?: string;
  endAge?: string;
}

export interface CvxEntry {
  name: string;
  antigens: CvxAntigen[];
}

/** One of CDSi's coded observations (ScheduleSupportingData.json), with the vaccine groups it changes. */
export interface Observation {
  code: string;
  title: string;
  indicationText?: string;
  contraindicationText?: string;
  clarifyingText?: string;
  /** Vaccine groups whose series, contraindications or immunity use the observation for a patient under 19. */
  groups: string[];
  /**
   * How it acts: makes a risk series relevant, rules out an antigen or a vaccine, is evidence of
   * immunity, or is a date some interval counts from (CALCDTINT-4: a transplant, the start of HIV treatment).
   */
  roles: ("indication" | "contraindication" | "immunity" | "date")[];
}
