import type { TemperatureMethod } from "@upnest/schemas";
import type { ConfirmedUnits } from "../units.ts";
import type { Reason } from "./reasons.ts";
import type { ImportKind, ImportValues } from "./types.ts";

// What every row mapper shares: the confirmed context, and a row's outcome (the UpNest values, or why not).

export type RowContext = {
  units: ConfirmedUnits;
  timeZone: string;
  temperatureMethod?: TemperatureMethod;
  /** The child's birth date, when child.csv gave it (a length before 2 years is measured lying). */
  birthDate?: string;
};

/** A mapped row: the kind and values to validate, or the reason it maps to nothing. */
export type Mapped = { [K in ImportKind]: { kind: K; values: ImportValues[K] } }[ImportKind] | Reason;

export type RowMapper = (cells: Record<string, string>, ctx: RowContext) => Mapped;

/** Baby Buddy's booleans, as its export writes them ("1"/"0", "True"/"False"). */
export function flag(text: string | undefined): boolean | undefined {
  const t = (text ?? "").trim().toLowerCase();
  if (["1", "true", "yes"].includes(t)) return true;
  if (["0", "false", "no", ""].includes(t)) return false;
  return undefined;
}

/** A number cell: undefined when blank, NaN when not a number. */
export function numberCell(text: string | undefined): number | undefined {
  const t = (text ?? "").trim();
  if (t === "") return undefined;
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : Number.NaN;
}

/** Non-blank texts joined as one note, or undefined. */
export function joinNotes(...parts: (string | undefined)[]): string | undefined {
  const text = parts
    .map((p) => p?.trim())
    .filter(Boolean)
    .join("\n");
  return text === "" ? undefined : text;
}

/** Whole seconds from one instant to a later one. */
export const secondsBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 1000);
