// Units a person reads and types: the conversions are @upnest/i18n's (one definition for the app and the API);
// here they are written in the language the app speaks now, unless a locale is given.
import * as format from "@upnest/i18n";
import { cmToIn, kgToLb, mlToFlOz, type Units } from "@upnest/i18n";
import { currentLanguage } from "../i18n/i18n.ts";

export {
  CM_PER_IN,
  cmToIn,
  flOzToMl,
  inToCm,
  KG_PER_LB,
  kgToLb,
  kgToLbOz,
  lbOzToKg,
  lbToKg,
  ML_PER_FL_OZ,
  mlToFlOz,
  OZ_PER_LB,
  type Units,
} from "@upnest/i18n";

/** A number with at most `digits` decimals, in the app's language (or `locale`). */
export const formatNumber = (value: number, digits: number, locale?: string, minDigits = 0) =>
  format.formatNumber(value, locale ?? currentLanguage(), digits, minDigits);

/** "4.235 kg" (to the gram), or "9 lb 5.4 oz" ("7.1 oz" under a pound). */
export const formatWeight = (kg: number, units: Units, locale?: string) =>
  format.formatWeight(kg, units, locale ?? currentLanguage());

/** "55.5 cm" (to the millimetre), or "21.9 in" (to a tenth of an inch). */
export const formatLength = (cm: number, units: Units, locale?: string) =>
  format.formatLength(cm, units, locale ?? currentLanguage());

/** "120 ml", or "4.1 oz" (US fluid ounces). */
export const formatVolume = (ml: number, units: Units, locale?: string) =>
  format.formatVolume(ml, units, locale ?? currentLanguage());

/** The unit of a weight or length axis: chart axes show plain numbers (decimal pounds, inches). */
export const weightUnit = (units: Units) => (units === "metric" ? "kg" : "lb");
export const lengthUnit = (units: Units) => (units === "metric" ? "cm" : "in");
/** A stored value in the person's units, as a plain number for a chart axis. */
export const displayWeight = (kg: number, units: Units) => (units === "metric" ? kg : kgToLb(kg));
export const displayLength = (cm: number, units: Units) => (units === "metric" ? cm : cmToIn(cm));
/** A volume's axis: millilitres, or US fluid ounces. */
export const volumeUnit = (units: Units) => (units === "metric" ? "ml" : "oz");
export const displayVolume = (ml: number, units: Units) => (units === "metric" ? ml : mlToFlOz(ml));
