import { cmToIn, formatNumber, inToCm, type Units } from "../../lib/units.ts";

// A parent's adult height in the person's units: centimetres, or feet and inches (as adults say their height).
// Stored and sent in cm; the mid-parental target height is shown in the same units.

export type HeightText = { cm: string; ft: string; in: string };
const IN_PER_FT = 12;

/** Feet and whole-or-tenth inches of a height in cm: 176 → 5 ft 9.3 in. */
export function feetAndInches(cm: number, inchDigits = 1): { ft: number; inches: number } {
  const step = 10 ** inchDigits;
  const total = Math.round(cmToIn(cm) * step) / step;
  const ft = Math.floor(total / IN_PER_FT);
  return { ft, inches: Math.round((total - ft * IN_PER_FT) * step) / step };
}

/** A stored height as the form shows it. */
export function heightToText(cm: number | undefined): HeightText {
  if (cm === undefined) return { cm: "", ft: "", in: "" };
  const { ft, inches } = feetAndInches(cm);
  return { cm: String(Math.round(cm * 10) / 10), ft: String(ft), in: String(inches) };
}

const number = (text: string) => {
  const trimmed = text.trim();
  return trimmed === "" ? undefined : Number(trimmed.replace(",", "."));
};

/** The typed height in cm; blank is "not given"; a non-number stays NaN so the schema refuses it. */
export function heightFromText(text: HeightText, units: Units): number | undefined {
  if (units === "metric") return number(text.cm);
  const ft = number(text.ft);
  const inches = number(text.in);
  if (ft === undefined && inches === undefined) return undefined;
  return Math.round(inToCm((ft ?? 0) * IN_PER_FT + (inches ?? 0)) * 10) / 10;
}

/** Feet and inches are numbers, and inches are under 12. */
export function feetInchesProblem(text: HeightText): boolean {
  const ft = number(text.ft);
  const inches = number(text.in);
  return (ft !== undefined && !(ft >= 0)) || (inches !== undefined && !(inches >= 0 && inches < IN_PER_FT));
}

/** "176 cm", or "5 ft 9 in" (to the inch: the target's range is ± 8.5 cm). */
export function formatAdultHeight(cm: number, units: Units): string {
  if (units === "metric") return `${formatNumber(cm, 0)} cm`;
  const { ft, inches } = feetAndInches(cm, 0);
  return `${ft} ft ${inches} in`;
}

/** The schema's range (cm) for someone typing feet and inches: "… between 3 ft 3.4 in and 8 ft 2.4 in". */
export function heightMessageInUnits(message: string, units: Units): string {
  const range = /^(A parent's height must be between )(\d+) and (\d+) cm$/.exec(message);
  if (units === "metric" || !range) return message;
  const inUnits = (cm: number) => {
    const { ft, inches } = feetAndInches(cm);
    return `${ft} ft ${formatNumber(inches, 1)} in`;
  };
  return `${range[1]}${inUnits(Number(range[2]))} and ${inUnits(Number(range[3]))}`;
}
