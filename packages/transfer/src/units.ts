// Converting the numbers another app stored without units into UpNest's: kg, cm, °C and ml.
// Exact factors: the international pound and inch (1959), and the US customary fluid ounce.

export type WeightUnit = "kg" | "lb";
export type LengthUnit = "cm" | "in";
export type TemperatureUnit = "C" | "F";
export type VolumeUnit = "ml" | "oz";

/** The units a person confirmed the other app's numbers are in. */
export type ConfirmedUnits = {
  weight: WeightUnit;
  length: LengthUnit;
  temperature: TemperatureUnit;
  volume: VolumeUnit;
};

const KG_PER_LB = 0.45359237;
const CM_PER_IN = 2.54;
const ML_PER_US_FL_OZ = 29.5735295625;

const round = (value: number, places: number) => Math.round(value * 10 ** places) / 10 ** places;

export const toKg = (value: number, unit: WeightUnit) => round(unit === "lb" ? value * KG_PER_LB : value, 3);
export const toCm = (value: number, unit: LengthUnit) => round(unit === "in" ? value * CM_PER_IN : value, 1);
/** °C to a tenth, as UpNest stores temperatures. */
export const toCelsius = (value: number, unit: TemperatureUnit) =>
  round(unit === "F" ? ((value - 32) * 5) / 9 : value, 1);
export const toMl = (value: number, unit: VolumeUnit) => round(unit === "oz" ? value * ML_PER_US_FL_OZ : value, 1);
