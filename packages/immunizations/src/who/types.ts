/** Shape of the generated WHO routine schedule (scripts/generate-who.ts). */
export interface WhoInterval {
  fromPrevious: boolean;
  fromTargetDose?: number;
  minInt?: string;
  earliestRecInt?: string;
}

export interface WhoDose {
  doseNumber: number;
  minAge?: string;
  earliestRecAge?: string;
  latestRecAge?: string;
  maxAge?: string;
  intervals: WhoInterval[];
  /** Preferable vaccines (CVX) for the dose. */
  vaccines: string[];
}

export interface WhoSeries {
  antigen: string;
  vaccineGroup: string;
  name: string;
  doses: WhoDose[];
}
