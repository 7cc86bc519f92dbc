import { type LengthMethod, LIMITS } from "@upnest/schemas";
import { t } from "../../i18n/i18n.ts";
import { parseDecimal } from "../../lib/forms.ts";
import { cmToIn, formatNumber, inToCm, kgToLbOz, lbOzToKg, type Units } from "../../lib/units.ts";

export type MeasurementFormValues = {
  measuredOn: string;
  weightKg: string;
  lengthCm: string;
  lengthMethod: LengthMethod;
  headCircumferenceCm: string;
  notes: string;
  /** The measurement's labels (an import's tags): kept unless the person removes one. */
  labels: string[];
  /** Imperial entry: pounds and ounces, inches. Converted to kg and cm before anything is checked or sent. */
  weightLb: string;
  weightOz: string;
  lengthIn: string;
  headCircumferenceIn: string;
};

export const emptyMeasurement = (today: string): MeasurementFormValues => ({
  measuredOn: today,
  weightKg: "",
  lengthCm: "",
  lengthMethod: "lying",
  headCircumferenceCm: "",
  notes: "",
  labels: [],
  weightLb: "",
  weightOz: "",
  lengthIn: "",
  headCircumferenceIn: "",
});

/** A number as the form shows it: at most `digits` decimals, a point as the decimal mark (a comma is read too). */
const shown = (value: number | undefined, digits: number) =>
  value === undefined ? "" : String(Math.round(value * 10 ** digits) / 10 ** digits);

type Stored = {
  measuredOn: string;
  weightKg?: number | undefined;
  lengthCm?: number | undefined;
  lengthMethod?: LengthMethod | undefined;
  headCircumferenceCm?: number | undefined;
  notes?: string | undefined;
  labels?: string[] | undefined;
};

/** A stored measurement in the form, in the person's units: kg to the gram and cm to the millimetre, or lb + oz and inches. */
export function measurementToValues(m: Stored, units: Units = "metric"): MeasurementFormValues {
  const values = {
    ...emptyMeasurement(m.measuredOn),
    lengthMethod: m.lengthMethod ?? "lying",
    notes: m.notes ?? "",
    labels: m.labels ?? [],
  };
  if (units === "metric")
    return {
      ...values,
      weightKg: shown(m.weightKg, 3),
      lengthCm: shown(m.lengthCm, 1),
      headCircumferenceCm: shown(m.headCircumferenceCm, 1),
    };
  const weight = m.weightKg === undefined ? undefined : kgToLbOz(m.weightKg);
  return {
    ...values,
    weightLb: weight ? String(weight.lb) : "",
    weightOz: weight ? String(weight.oz) : "",
    lengthIn: shown(m.lengthCm === undefined ? undefined : cmToIn(m.lengthCm), 1),
    headCircumferenceIn: shown(m.headCircumferenceCm === undefined ? undefined : cmToIn(m.headCircumferenceCm), 1),
  };
}

/**
 * An edit's input: a measure whose text was left as the form showed it keeps its stored value exactly, so saving a
 * changed note in pounds and inches does not move the weight by the grams a tenth of an ounce rounds away.
 */
export function editedMeasurement(stored: Stored, values: MeasurementFormValues, units: Units = "metric") {
  const before = measurementToValues(stored, units);
  const input = valuesToMeasurement(values, units);
  const same = (...fields: (keyof MeasurementFormValues)[]) => fields.every((f) => values[f] === before[f]);
  const imperial = units === "imperial";
  return {
    ...input,
    weightKg: same(...(imperial ? (["weightLb", "weightOz"] as const) : (["weightKg"] as const)))
      ? stored.weightKg
      : input.weightKg,
    lengthCm: same(imperial ? "lengthIn" : "lengthCm") ? stored.lengthCm : input.lengthCm,
    headCircumferenceCm: same(imperial ? "headCircumferenceIn" : "headCircumferenceCm")
      ? stored.headCircumferenceCm
      : input.headCircumferenceCm,
  };
}

/** Pounds and ounces as kg: either may be blank (not both); a non-number stays NaN so the schema refuses it. */
function weightFromImperial(lbText: string, ozText: string): number | undefined {
  const lb = parseDecimal(lbText);
  const oz = parseDecimal(ozText);
  if (lb === undefined && oz === undefined) return undefined;
  return lbOzToKg(lb ?? 0, oz ?? 0);
}

const inchesToCm = (text: string) => {
  const inches = parseDecimal(text);
  return inches === undefined ? undefined : inToCm(inches);
};

/** The form's text as the API's input (always kg and cm); how a length was taken only goes with a length. */
export function valuesToMeasurement(values: MeasurementFormValues, units: Units = "metric") {
  const imperial = units === "imperial";
  const weightKg = imperial ? weightFromImperial(values.weightLb, values.weightOz) : parseDecimal(values.weightKg);
  const lengthCm = imperial ? inchesToCm(values.lengthIn) : parseDecimal(values.lengthCm);
  const headCircumferenceCm = imperial
    ? inchesToCm(values.headCircumferenceIn)
    : parseDecimal(values.headCircumferenceCm);
  const notes = values.notes.trim();
  return {
    measuredOn: values.measuredOn,
    weightKg,
    lengthCm,
    lengthMethod: lengthCm === undefined ? undefined : values.lengthMethod,
    headCircumferenceCm,
    notes: notes === "" ? undefined : notes,
    labels: values.labels.length > 0 ? values.labels : undefined,
  };
}

/** Checks only imperial entry has: ounces are 0 up to (not including) 16, pounds are not negative. */
export function imperialProblems(values: MeasurementFormValues): Partial<Record<"weightLb" | "weightOz", string>> {
  const lb = parseDecimal(values.weightLb);
  const oz = parseDecimal(values.weightOz);
  if (oz !== undefined && !(oz >= 0 && oz < 16)) return { weightOz: t("growth:form.ouncesRange") };
  if (lb !== undefined && !(lb >= 0)) return { weightLb: t("growth:form.poundsRange") };
  return {};
}

const weightLimit = (kg: number) => {
  const { lb, oz } = kgToLbOz(kg);
  return lb === 0 ? `${formatNumber(oz, 1)} oz` : `${lb} lb ${formatNumber(oz, 1)} oz`;
};
const lengthLimit = (cm: number) => `${formatNumber(cmToIn(cm), 1)} in`;

/** The API's range messages speak kg and cm; someone entering lb, oz and inches gets the same limits in those units. */
export function messageInUnits(field: string, message: string, units: Units): string {
  if (units === "metric" || !/ between /.test(message)) return message;
  if (field === "weightKg")
    return `Weight must be between ${weightLimit(LIMITS.weightKg.min)} and ${weightLimit(LIMITS.weightKg.max)}`;
  if (field === "lengthCm")
    return `Length/height must be between ${lengthLimit(LIMITS.lengthCm.min)} and ${lengthLimit(LIMITS.lengthCm.max)}`;
  if (field === "headCircumferenceCm")
    return `Head circumference must be between ${lengthLimit(LIMITS.headCircumferenceCm.min)} and ${lengthLimit(LIMITS.headCircumferenceCm.max)}`;
  return message;
}
