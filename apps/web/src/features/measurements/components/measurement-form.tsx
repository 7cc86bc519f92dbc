import { useForm } from "@tanstack/react-form";
import { measurementFields } from "@upnest/schemas";
import type { ReactNode } from "react";
import { Button } from "../../../components/button.tsx";
import { Choice } from "../../../components/choice.tsx";
import { DateField, describedBy, Field, inputClass } from "../../../components/field.tsx";
import { LabelsField } from "../../../components/labels.tsx";
import { FormProblem } from "../../../components/states.tsx";
import { useT } from "../../../i18n/use-t.ts";
import { fieldErrorsOf } from "../../../lib/errors.ts";
import { firstError, inAppLanguage, zodFieldErrors } from "../../../lib/forms.ts";
import { formatNumber, type Units } from "../../../lib/units.ts";
import { imperialProblems, type MeasurementFormValues, messageInUnits, valuesToMeasurement } from "../form-values.ts";

type NumberField =
  | "weightKg"
  | "lengthCm"
  | "headCircumferenceCm"
  | "weightLb"
  | "weightOz"
  | "lengthIn"
  | "headCircumferenceIn";

const PAIRED: Partial<Record<NumberField, NumberField>> = { weightLb: "weightOz", weightOz: "weightLb" };

/** Where a message about a stored (metric) value is shown when the person enters imperial units. */
const IMPERIAL_FIELD: Record<string, keyof MeasurementFormValues> = {
  weightKg: "weightLb",
  lengthCm: "lengthIn",
  headCircumferenceCm: "headCircumferenceIn",
};

/** Messages keyed by the API's fields, moved to the fields the person typed in, worded in their units and language. */
function inUnits(errors: Record<string, string>, units: Units): Partial<Record<keyof MeasurementFormValues, string>> {
  const result: Partial<Record<keyof MeasurementFormValues, string>> = {};
  for (const [field, message] of Object.entries(errors)) {
    const target = (units === "imperial" ? IMPERIAL_FIELD[field] : undefined) ?? (field as keyof MeasurementFormValues);
    result[target] ??= inAppLanguage(messageInUnits(field, message, units));
  }
  return result;
}

type Props = {
  units: Units;
  initial: MeasurementFormValues;
  submitLabel: string;
  pending: boolean;
  /** The last failed save: its field messages go next to the fields, the rest above the button. */
  error: unknown;
  /** Offered with the error, e.g. "Reload" after someone else's edit. */
  errorAction?: ReactNode;
  /** Called with the form's values once they pass the API's own schema. */
  onSubmit: (values: MeasurementFormValues) => void;
};

/**
 * Date, weight, length/height (lying or standing), head circumference and notes; at least one measure. Values are
 * typed in the person's units (kg and cm, or lb + oz and inches) and always sent as kg and cm. Adding and editing
 * a measurement both use it.
 */
export function MeasurementForm({ units, initial, submitLabel, pending, error, errorAction, onSubmit }: Props) {
  const imperial = units === "imperial";
  const t = useT();
  const methods = [
    { value: "lying", label: t("growth:form.lying") },
    { value: "standing", label: t("growth:form.standing") },
  ] as const;
  const form = useForm({
    defaultValues: initial,
    validators: {
      onSubmit: ({ value }) => {
        const own = imperial ? imperialProblems(value) : {};
        const result = measurementFields.safeParse(valuesToMeasurement(value, units));
        // The schemas' English, reworded in the person's units before it is translated.
        const problems = { ...(result.success ? {} : zodFieldErrors(result.error, (m) => m)), ...own };
        return Object.keys(problems).length === 0 ? undefined : { fields: inUnits(problems, units) };
      },
    },
    onSubmit: ({ value }) => onSubmit(value),
  });
  const server = error ? inUnits(fieldErrorsOf(error), units) : {};

  const numberField = (name: NumberField, id: string, label: string, unit: string, placeholder: string) => (
    <form.Field name={name}>
      {(field) => {
        const message = firstError(field.state.meta.errors, server[name]);
        return (
          <Field id={id} label={t("growth:form.withUnit", { label, unit })} error={message}>
            <input
              id={id}
              inputMode="decimal"
              autoComplete="off"
              placeholder={t("growth:form.example", { value: placeholder })}
              className={`${inputClass} max-w-40`}
              value={field.state.value}
              onChange={(e) => {
                field.handleChange(e.target.value);
                // Pounds and ounces are one weight: a message about it goes once either part changes.
                const other = PAIRED[name];
                if (other)
                  form.setFieldMeta(other, (meta) => ({
                    ...meta,
                    errorMap: { ...meta.errorMap, onSubmit: undefined },
                  }));
              }}
              onBlur={field.handleBlur}
              {...describedBy(id, message)}
            />
          </Field>
        );
      }}
    </form.Field>
  );

  return (
    <form
      noValidate
      className="space-y-5 rounded-2xl bg-white p-4 shadow-sm sm:p-6"
      onSubmit={(event) => {
        event.preventDefault();
        void form.handleSubmit();
      }}
    >
      <form.Field name="measuredOn">
        {(field) => {
          const message = firstError(field.state.meta.errors, server.measuredOn);
          return (
            <DateField
              id="m-date"
              label={t("growth:form.dateMeasured")}
              value={field.state.value}
              onChange={field.handleChange}
              onBlur={field.handleBlur}
              error={message}
            />
          );
        }}
      </form.Field>

      <p className="text-sm text-stone-600">{t("growth:form.fillIn")}</p>
      {imperial ? (
        <div className="flex gap-3">
          {numberField("weightLb", "m-weight", t("growth:form.weight"), "lb", formatNumber(9, 0))}
          {numberField("weightOz", "m-weight-oz", t("growth:form.weight"), "oz", formatNumber(4.5, 1))}
        </div>
      ) : (
        numberField("weightKg", "m-weight", t("growth:form.weight"), "kg", formatNumber(4.2, 1))
      )}

      <div className="space-y-3">
        {imperial
          ? numberField("lengthIn", "m-length", t("growth:form.length"), "in", formatNumber(21.5, 1))
          : numberField("lengthCm", "m-length", t("growth:form.length"), "cm", formatNumber(55.5, 1))}
        <form.Field name="lengthMethod">
          {(field) => (
            <Choice
              id="m-method"
              legend={t("growth:form.measured")}
              options={methods}
              value={field.state.value}
              onChange={field.handleChange}
              error={firstError(field.state.meta.errors, server.lengthMethod)}
            />
          )}
        </form.Field>
      </div>

      {imperial
        ? numberField("headCircumferenceIn", "m-head", t("growth:form.head"), "in", formatNumber(15, 0))
        : numberField("headCircumferenceCm", "m-head", t("growth:form.head"), "cm", formatNumber(38, 0))}

      <form.Field name="notes">
        {(field) => {
          const message = firstError(field.state.meta.errors, server.notes);
          return (
            <Field id="m-notes" label={t("growth:form.notes")} error={message}>
              <textarea
                id="m-notes"
                rows={3}
                className={`${inputClass} py-2`}
                value={field.state.value}
                onChange={(e) => field.handleChange(e.target.value)}
                onBlur={field.handleBlur}
                {...describedBy("m-notes", message)}
              />
            </Field>
          );
        }}
      </form.Field>

      {initial.labels.length > 0 && (
        <form.Field name="labels">
          {(field) => <LabelsField id="m-labels" labels={field.state.value} onChange={field.handleChange} />}
        </form.Field>
      )}

      <FormProblem error={error} fields={Object.keys(initial)} action={errorAction} />
      <Button type="submit" className="w-full sm:w-auto" disabled={pending}>
        {pending ? t("saving") : submitLabel}
      </Button>
    </form>
  );
}
