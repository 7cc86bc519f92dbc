// Units a person reads and types. Values are stored metric (kg, cm); imperial is only for showing and entering.
// The factors are exact by definition (international yard and pound, 1959), so converting back and forth loses
// nothing but the rounding done for display.

import type { Units } from "@upnest/schemas";

export type { Units };

/** 1 lb = 0.45359237 kg exactly. */
export const KG_PER_LB = 0.45359237;
export const OZ_PER_LB = 16;
/** 1 in = 2.54 cm exactly. */
export const CM_PER_IN = 2.54;

export const kgToLb = (kg: number) => kg / KG_PER_LB;
export const lbToKg = (lb: number) => lb * KG_PER_LB;
export const cmToIn = (cm: number) => cm / CM_PER_IN;
export const inToCm = (inches: number) => inches * CM_PER_IN;

/** Pounds and ounces (ounces may have decimals) as kilograms, unrounded. */
export const lbOzToKg = (lb: number, oz: number) => ((lb * OZ_PER_LB + oz) * KG_PER_LB) / OZ_PER_LB;

/** Kilograms as whole pounds and ounces to a tenth, carrying 16 oz into the next pound. */
export function kgToLbOz(kg: number): { lb: number; oz: number } {
  const tenthsOfOz = Math.round(kgToLb(kg) * OZ_PER_LB * 10);
  const lb = Math.floor(tenthsOfOz / (OZ_PER_LB * 10));
  return { lb, oz: (tenthsOfOz - lb * OZ_PER_LB * 10) / 10 };
}

const formatters = new Map<string, Intl.NumberFormat>();
/** A number with at most `digits` decimals, in the person's locale (or `locale`). */
export function formatNumber(value: number, digits: number, locale?: string): string {
  const key = `${locale ?? ""}|${digits}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { maximumFractionDigits: digits });
    formatters.set(key, formatter);
  }
  return formatter.format(value);
}

/** "4.235 kg", or "9 lb 5.4 oz" ("7.1 oz" under a pound). */
export function formatWeight(kg: number, units: Units, locale?: string): string {
  if (units === "metric") return `${formatNumber(kg, 3, locale)} kg`;
  const { lb, oz } = kgToLbOz(kg);
  const ounces = `${formatNumber(oz, 1, locale)} oz`;
  return lb === 0 ? ounces : `${formatNumber(lb, 0, locale)} lb ${ounces}`;
}

/** "55.5 cm", or "21.9 in" (to a tenth of an inch). */
export function formatLength(cm: number, units: Units, locale?: string): string {
  return units === "metric" ? `${formatNumber(cm, 2, locale)} cm` : `${formatNumber(cmToIn(cm), 1, locale)} in`;
}

/** The unit of a weight or length axis: chart axes show plain numbers (decimal pounds, inches). */
export const weightUnit = (units: Units) => (units === "metric" ? "kg" : "lb");
export const lengthUnit = (units: Units) => (units === "metric" ? "cm" : "in");
/** A stored value in the person's units, as a plain number for a chart axis. */
export const displayWeight = (kg: number, units: Units) => (units === "metric" ? kg : kgToLb(kg));
export const displayLength = (cm: number, units: Units) => (units === "metric" ? cm : cmToIn(cm));
