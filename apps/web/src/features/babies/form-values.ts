import type { Baby, Sex } from "@upnest/schemas";
import { parseDecimal } from "../../lib/forms.ts";

/** What the baby form holds: text as typed, so a half-typed number is not lost. */
export type BabyFormValues = {
  name: string;
  dateOfBirth: string;
  sex: "" | Sex;
  gestationalAgeWeeks: string;
  /** The family's time zone (IANA); the form for a new baby has no picker and leaves it empty. */
  timeZone: string;
};

export const emptyBaby: BabyFormValues = {
  name: "",
  dateOfBirth: "",
  sex: "",
  gestationalAgeWeeks: "",
  timeZone: "",
};

/** A baby's values in the form; `zoneInUse` is shown for a baby from before babies had a zone. */
export const babyToValues = (baby: Baby, zoneInUse: string): BabyFormValues => ({
  name: baby.name,
  dateOfBirth: baby.dateOfBirth,
  sex: baby.sex,
  gestationalAgeWeeks: baby.gestationalAgeWeeks === undefined ? "" : String(baby.gestationalAgeWeeks),
  timeZone: baby.timeZone ?? zoneInUse,
});

/** The form's text as the API's input (to be checked by the `babyFields` schema). */
export const valuesToBaby = (values: BabyFormValues) => ({
  name: values.name,
  dateOfBirth: values.dateOfBirth,
  sex: values.sex === "" ? undefined : values.sex,
  gestationalAgeWeeks: parseDecimal(values.gestationalAgeWeeks),
  timeZone: values.timeZone === "" ? undefined : values.timeZone,
});

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
