// Units a person reads and types. Values are stored metric (kg, cm, ml); imperial is only for showing and entering.
// The factors are exact by definition (international yard and pound, 1959), so converting back and forth loses
// nothing but the rounding done for display.

export type Units = "metric" | "imperial";

/** 1 lb = 0.45359237 kg exactly. */
export const KG_PER_LB = 0.45359237;
export const OZ_PER_LB = 16;
/** 1 in = 2.54 cm exactly. */
export const CM_PER_IN = 2.54;

export const kgToLb = (kg: number) => kg / KG_PER_LB;
export const lbToKg = (lb: number) => lb * KG_PER_LB;
export const cmToIn = (cm: number) => cm / CM_PER_IN;
export const inToCm = (inches: number) => inches * CM_PER_IN;

/** 1 US fluid ounce = 29.5735295625 ml exactly (a US gallon is 231 cubic inches; 128 fl oz to the gallon). */
export const ML_PER_FL_OZ = 29.5735295625;
export const mlToFlOz = (ml: number) => ml / ML_PER_FL_OZ;
export const flOzToMl = (flOz: number) => flOz * ML_PER_FL_OZ;

/** Pounds and ounces (ounces may have decimals) as kilograms, unrounded. */
export const lbOzToKg = (lb: number, oz: number) => ((lb * OZ_PER_LB + oz) * KG_PER_LB) / OZ_PER_LB;

/** Kilograms as whole pounds and ounces to a tenth, carrying 16 oz into the next pound. */
export function kgToLbOz(kg: number): { lb: number; oz: number } {
  const tenthsOfOz = Math.round(kgToLb(kg) * OZ_PER_LB * 10);
  const lb = Math.floor(tenthsOfOz / (OZ_PER_LB * 10));
  return { lb, oz: (tenthsOfOz - lb * OZ_PER_LB * 10) / 10 };
}

/** Temperatures: stored in °C; a person may read and type °F. */
export const celsiusToFahrenheit = (celsius: number) => (celsius * 9) / 5 + 32;
export const fahrenheitToCelsius = (fahrenheit: number) => ((fahrenheit - 32) * 5) / 9;
