import type { Baby, Sex } from "@upnest/schemas";
import { parseDecimal } from "../../lib/forms.ts";

/** What the baby form holds: text as typed, so a half-typed number is not lost. */
export type BabyFormValues = {
  name: string;
  dateOfBirth: string;
  sex: "" | Sex;
  gestationalAgeWeeks: string;
};

export const emptyBaby: BabyFormValues = { name: "", dateOfBirth: "", sex: "", gestationalAgeWeeks: "" };

export const babyToValues = (baby: Baby): BabyFormValues => ({
  name: baby.name,
  dateOfBirth: baby.dateOfBirth,
  sex: baby.sex,
  gestationalAgeWeeks: baby.gestationalAgeWeeks === undefined ? "" : String(baby.gestationalAgeWeeks),
});

/** The form's text as the API's input (to be checked by the `babyFields` schema). */
export const valuesToBaby = (values: BabyFormValues) => ({
  name: values.name,
  dateOfBirth: values.dateOfBirth,
  sex: values.sex === "" ? undefined : values.sex,
  gestationalAgeWeeks: parseDecimal(values.gestationalAgeWeeks),
});
