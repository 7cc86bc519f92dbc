import { useForm } from "@tanstack/react-form";
import { latestToday, measurementFields } from "@upnest/schemas";
import { useState } from "react";
import { Button } from "../../../components/button.tsx";
import { Choice } from "../../../components/choice.tsx";
import { describedBy, Field, inputClass } from "../../../components/field.tsx";
import { FormProblem } from "../../../components/states.tsx";
import { localToday } from "../../../lib/dates.ts";
import { fieldErrorsOf } from "../../../lib/errors.ts";
import { firstError, zodFieldErrors } from "../../../lib/forms.ts";
import { idempotencyKeys } from "../../../lib/idempotency.ts";
import { useAddMeasurement } from "../api/add-measurement.ts";
import { emptyMeasurement, type MeasurementFormValues, valuesToMeasurement } from "../form-values.ts";

const METHODS = [
  { value: "lying", label: "Lying down" },
  { value: "standing", label: "Standing" },
] as const;

type NumberField = "weightKg" | "lengthCm" | "headCircumferenceCm";

/** Date, weight, length/height (lying or standing), head circumference and notes; at least one measure. */
export function AddMeasurementForm({ babyId, onSaved }: { babyId: string; onSaved: () => void }) {
  const add = useAddMeasurement();
  const [keyFor] = useState(() => idempotencyKeys());
  const form = useForm({
    defaultValues: emptyMeasurement(localToday()),
    validators: {
      onSubmit: ({ value }) => {
        const result = measurementFields.safeParse(valuesToMeasurement(value));
        return result.success ? undefined : { fields: zodFieldErrors(result.error) as Partial<Record<keyof MeasurementFormValues, string>> };
      },
    },
    onSubmit: ({ value }) => {
      const fields = measurementFields.parse(valuesToMeasurement(value));
      add.mutate({ babyId, ...fields, idempotencyKey: keyFor(fields) }, { onSuccess: onSaved });
    },
  });
  const server = add.error ? fieldErrorsOf(add.error) : {};

  const numberField = (name: NumberField, id: string, label: string, unit: string, placeholder: string) => (
    <form.Field name={name}>
      {(field) => {
        const message = firstError(field.state.meta.errors, server[name]);
        return (
          <Field id={id} label={`${label} (${unit})`} error={message}>
            <input
              id={id}
              inputMode="decimal"
              autoComplete="off"
              placeholder={placeholder}
              className={`${inputClass} max-w-40`}
              value={field.state.value}
              onChange={(e) => field.handleChange(e.target.value)}
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
            <Field id="m-date" label="Date measured" error={message}>
              <input
                id="m-date"
                type="date"
                max={latestToday()}
                className={inputClass}
                value={field.state.value}
                onChange={(e) => field.handleChange(e.target.value)}
                onBlur={field.handleBlur}
                {...describedBy("m-date", message)}
              />
            </Field>
          );
        }}
      </form.Field>

      <p className="text-sm text-stone-600">Fill in what you measured; one is enough.</p>
      {numberField("weightKg", "m-weight", "Weight", "kg", "e.g. 4.2")}

      <div className="space-y-3">
        {numberField("lengthCm", "m-length", "Length or height", "cm", "e.g. 55.5")}
        <form.Field name="lengthMethod">
          {(field) => (
            <Choice
              id="m-method"
              legend="Measured"
              options={METHODS}
              value={field.state.value}
              onChange={field.handleChange}
              error={firstError(field.state.meta.errors, server.lengthMethod)}
            />
          )}
        </form.Field>
      </div>

      {numberField("headCircumferenceCm", "m-head", "Head circumference", "cm", "e.g. 38")}

      <form.Field name="notes">
        {(field) => {
          const message = firstError(field.state.meta.errors, server.notes);
          return (
            <Field id="m-notes" label="Notes (optional)" error={message}>
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

      <FormProblem error={add.error} fields={Object.keys(form.options.defaultValues ?? {})} />
      <Button type="submit" className="w-full sm:w-auto" disabled={add.isPending}>
        {add.isPending ? "Saving…" : "Save measurement"}
      </Button>
    </form>
  );
}
