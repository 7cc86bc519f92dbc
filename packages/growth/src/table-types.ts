// Shapes of the generated modules for CDC 2000 and INTERGROWTH-21st
// (scripts/generate-cdc-2000.ts, scripts/generate-intergrowth.ts). WHO's
// LmsTable is in types.ts.

import type { NewbornIndicator, PostnatalIndicator } from "./standard-types.ts";

/** One row of a CDC 2000 table: age in months, then Box-Cox power, median, coefficient of variation. */
export type AgeLmsRow = readonly [ageMonths: number, l: number, m: number, s: number];

/** Rows by ascending age (CDC's grid: 24.0, 24.5, 25.5, …, 239.5, 240.0 months). */
export interface AgeLmsTable {
  readonly male: readonly AgeLmsRow[];
  readonly female: readonly AgeLmsRow[];
}

/** Skew t type 3 parameters for one day: location, scale, skewness, degrees of freedom. */
export type St3Params = readonly [mu: number, sigma: number, nu: number, tau: number];

/** Per indicator and sex, one row per whole day from `firstDay`. */
export type St3Tables = { readonly firstDay: number } & {
  readonly [indicator in NewbornIndicator]: {
    readonly male: readonly St3Params[];
    readonly female: readonly St3Params[];
  };
};

/** A term of an INTERGROWTH-21st equation in x (age in exact weeks); "male" is 1 for boys, 0 for girls. */
export type Term = "1" | "x" | "x^0.5" | "x^-1" | "x^-2" | "x^-2*ln(x)" | "male";

export type Polynomial = readonly (readonly [term: Term, coefficient: number])[];

export interface IntergrowthEquations {
  /** Very preterm size at birth, 168–230 days: normal with this mean and variance (of ln kg for weight). */
  readonly "intergrowth-newborn": {
    readonly [indicator in NewbornIndicator]: {
      readonly log: boolean;
      readonly mean: Polynomial;
      readonly variance: Polynomial;
    };
  };
  /** Postnatal growth of preterm infants, 189–448 days: normal with this mean and SD. */
  readonly "intergrowth-postnatal": {
    readonly [indicator in PostnatalIndicator]: {
      readonly log: boolean;
      readonly mean: Polynomial;
      readonly sd: Polynomial;
    };
  };
}
