import { formatNumber } from "./format.ts";
import type { Language } from "./languages.ts";
import type { Units } from "./units.ts";

// Volumes a person reads and types: stored in millilitres; imperial shows US fluid ounces (what bottles are marked in).

/** 1 US fluid ounce = 29.5735295625 ml exactly (1/128 of a US gallon of 231 cubic inches). */
export const ML_PER_FL_OZ = 29.5735295625;

export const mlToOz = (ml: number) => ml / ML_PER_FL_OZ;
export const ozToMl = (oz: number) => oz * ML_PER_FL_OZ;

/** "120 ml" (to the millilitre) or "4 oz" (to a tenth of an ounce). */
export const formatVolume = (ml: number, units: Units, language: Language | string) =>
  units === "metric" ? `${formatNumber(ml, language, 0)} ml` : `${formatNumber(mlToOz(ml), language, 1)} oz`;
