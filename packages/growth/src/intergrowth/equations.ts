// INTERGROWTH-21st's normal models (the very-preterm newborn equations and the
// postnatal equations), evaluated from the generated coefficients.

import type { Polynomial, Term } from "../table-types.ts";
import type { Sex } from "../types.ts";

function termValue(term: Term, x: number, sex: Sex): number {
  switch (term) {
    case "1":
      return 1;
    case "x":
      return x;
    case "x^0.5":
      return Math.sqrt(x);
    case "x^-1":
      return 1 / x;
    case "x^-2":
      return x ** -2;
    case "x^-2*ln(x)":
      return x ** -2 * Math.log(x);
    case "male":
      return sex === "male" ? 1 : 0;
  }
}

/** Σ coefficient · term(x) for x = age in exact weeks. */
export function evaluate(polynomial: Polynomial, x: number, sex: Sex): number {
  let sum = 0;
  for (const [term, coefficient] of polynomial) sum += coefficient * termValue(term, x, sex);
  return sum;
}

/** z = (y − mean) / sd, on ln y when the model is for the log of the measurement. */
export function normalModelZ(value: number, log: boolean, mean: number, sd: number): number {
  return ((log ? Math.log(value) : value) - mean) / sd;
}
