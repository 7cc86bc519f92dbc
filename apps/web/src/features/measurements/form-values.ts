import type { LengthMethod } from "@upnest/schemas";
import { parseDecimal } from "../../lib/forms.ts";

export type MeasurementFormValues = {
  measuredOn: string;
  weightKg: string;
  lengthCm: string;
  lengthMethod: LengthMethod;
  headCircumferenceCm: string;
  notes: string;
};

export const emptyMeasurement = (today: string): MeasurementFormValues => ({
  measuredOn: today,
  weightKg: "",
  lengthCm: "",
  lengthMethod: "lying",
  headCircumferenceCm: "",
  notes: "",
});

/** The form's text as the API's input; how a length was taken only goes with a length. */
export function valuesToMeasurement(values: MeasurementFormValues) {
  const lengthCm = parseDecimal(values.lengthCm);
  const notes = values.notes.trim();
  return {
    measuredOn: values.measuredOn,
    weightKg: parseDecimal(values.weightKg),
    lengthCm,
    lengthMethod: lengthCm === undefined ? undefined : values.lengthMethod,
    headCircumferenceCm: parseDecimal(values.headCircumferenceCm),
    notes: notes === "" ? undefined : notes,
  };
}
