/** Internal working records of the engine (Logic Specification v4.6, chapters 4-8). */

import type { AntigenSeries, SeriesDose } from "../data/types.ts";
import type { IsoDate } from "../dates.ts";
import type { EvaluationStatus, Forecast, SeriesStatus } from "../types.ts";

export interface Patient {
  dateOfBirth: IsoDate;
  gender: "Female" | "Male" | "Unknown";
  assessmentDate: IsoDate;
  /** Every dose given, in date order, whatever antigens it carries (live-virus conflicts span antigens). */
  history: GivenDose[];
  /** Status of each dose across its antigens, from a first pass (live-virus conflicts, 6.7). */
  doseStatus?: Map<number, EvaluationStatus>;
  /** Active patient observations (CDSi codes), with their dates where known. */
  observations: Map<string, IsoDate | null>;
  birthWeightGrams?: number;
}

export interface GivenDose {
  /** Position in the caller's list, so results come back in the order given. */
  index: number;
  date: IsoDate;
  cvx: string;
}

/** One antigen carried by one given dose (section 4.2, "antigen administered record"). */
export interface AntigenDose extends GivenDose {
  antigen: string;
}

export interface Evaluation {
  status: EvaluationStatus;
  reason?: string;
  inadvertent?: boolean;
}

export interface TargetDose {
  dose: SeriesDose;
  status: "not-satisfied" | "satisfied" | "skipped";
  satisfiedBy?: AntigenDose;
}

export interface SeriesForecast extends Forecast {
  unadjustedRecommendedDate: IsoDate;
  unadjustedPastDueDate: IsoDate | null;
  /** FORECASTPRIORITY-1: every preferable interval of the forecast dose carries the priority flag. */
  priority: boolean;
  /** Minimum intervals of the target doses still to come, for SELECTB-12 (forecast finish date). */
  target: TargetDose;
}

/** A relevant patient series after evaluation and forecast (sections 4.3-4.4). */
export interface PatientSeries {
  series: AntigenSeries;
  doses: AntigenDose[];
  evaluations: Map<number, Evaluation>;
  targets: TargetDose[];
  /** Index in `targets` of the next dose to give. */
  next: number;
  status: SeriesStatus;
  forecast: SeriesForecast | null;
}
