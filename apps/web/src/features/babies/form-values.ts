import type { Baby, Sex } from "@upnest/schemas";
import { parseDecimal } from "../../lib/forms.ts";
import type { Units } from "../../lib/units.ts";
import { type HeightText, heightFromText, heightToText } from "./parent-heights.ts";

/** What the baby form holds: text as typed, so a half-typed number is not lost. */
export type BabyFormValues = {
  name: string;
  dateOfBirth: string;
  sex: "" | Sex;
  gestationalAgeWeeks: string;
  /** The family's time zone (IANA); the form for a new baby has no picker and leaves it empty. */
  timeZone: string;
  /** The biological parents' heights (optional, for the target height): cm, or feet and inches. */
  motherHeightCm: string;
  motherHeightFt: string;
  motherHeightIn: string;
  fatherHeightCm: string;
  fatherHeightFt: string;
  fatherHeightIn: string;
};

export type Parent = "mother" | "father";
export const PARENTS: readonly Parent[] = ["mother", "father"];

const heightFields = (parent: Parent, text: HeightText) =>
  ({ [`${parent}HeightCm`]: text.cm, [`${parent}HeightFt`]: text.ft, [`${parent}HeightIn`]: text.in }) as Pick<
    BabyFormValues,
    `${Parent}Height${"Cm" | "Ft" | "In"}`
  >;

/** A parent's height as typed. */
export const heightText = (values: BabyFormValues, parent: Parent): HeightText => ({
  cm: values[`${parent}HeightCm`],
  ft: values[`${parent}HeightFt`],
  in: values[`${parent}HeightIn`],
});

export const emptyBaby: BabyFormValues = {
  name: "",
  dateOfBirth: "",
  sex: "",
  gestationalAgeWeeks: "",
  timeZone: "",
  ...heightFields("mother", heightToText(undefined)),
  ...heightFields("father", heightToText(undefined)),
};

/** A baby's values in the form; `zoneInUse` is shown for a baby from before babies had a zone. */
export const babyToValues = (baby: Baby, zoneInUse: string): BabyFormValues => ({
  name: baby.name,
  dateOfBirth: baby.dateOfBirth,
  sex: baby.sex,
  gestationalAgeWeeks: baby.gestationalAgeWeeks === undefined ? "" : String(baby.gestationalAgeWeeks),
  timeZone: baby.timeZone ?? zoneInUse,
  ...heightFields("mother", heightToText(baby.motherHeightCm)),
  ...heightFields("father", heightToText(baby.fatherHeightCm)),
});

/** The form's text as the API's input (to be checked by the `babyFields` schema); heights always in cm. */
export const valuesToBaby = (values: BabyFormValues, units: Units = "metric") => ({
  name: values.name,
  dateOfBirth: values.dateOfBirth,
  sex: values.sex === "" ? undefined : values.sex,
  gestationalAgeWeeks: parseDecimal(values.gestationalAgeWeeks),
  timeZone: values.timeZone === "" ? undefined : values.timeZone,
  motherHeightCm: heightFromText(heightText(values, "mother"), units),
  fatherHeightCm: heightFromText(heightText(values, "father"), units),
});

/**
 * The parents' heights an edit sends: a height left as the form showed it keeps its stored value exactly (feet and
 * inches to a tenth round a centimetre value a little); an emptied one is `null`, which clears it.
 */
export function heightsToSend(
  stored: Pick<Baby, "motherHeightCm" | "fatherHeightCm">,
  values: BabyFormValues,
  units: Units,
): { motherHeightCm: number | null; fatherHeightCm: number | null } {
  const shown = (cm: number | undefined) => heightToText(cm);
  const one = (parent: Parent) => {
    const storedCm = stored[`${parent}HeightCm`];
    const typed = heightText(values, parent);
    const before = shown(storedCm);
    const same = units === "metric" ? typed.cm === before.cm : typed.ft === before.ft && typed.in === before.in;
    return (same ? storedCm : heightFromText(typed, units)) ?? null;
  };
  return { motherHeightCm: one("mother"), fatherHeightCm: one("father") };
}

/**
 * The zone a person is in: their profile's, else this device's. A profile starts at "UTC" until its owner picks a
 * zone in Settings, so "UTC" gives way to the device's zone (a family on UTC's own clock is rare: London and
 * Reykjavik have zones of their own).
 */
export const personalZone = (profileZone: string | undefined, deviceZone: string | undefined) =>
  (profileZone && profileZone !== "UTC" ? profileZone : deviceZone) || profileZone || "UTC";

/**
 * The zone an edit sends: the chosen one, except for a baby without a zone whose form still shows the zone in use
 * (saving its name must not set the family's zone as a side effect).
 */
export const zoneToSend = (saved: string | undefined, chosen: string | undefined, shown: string) =>
  saved === undefined && chosen === shown ? undefined : chosen;
