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
  /** Intervals measured from a patient observation (pregnancy); never applies to a healthy child. */
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
  type: "Age" | "Interval" | "Vaccine Count by Age" | "Vaccine Count by Date" | "Completed Series";
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

export interface AntigenSeries {
  name: string;
  antigen: string;
  vaccineGroup: string;
  type: "Standard" | "Evaluation Only";
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

export interface AntigenData {
  antigen: string;
  series: AntigenSeries[];
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
