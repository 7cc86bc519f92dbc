import { useForm } from "@tanstack/react-form";
import { type BabyFields, babyFields } from "@upnest/schemas";
import type { ReactNode } from "react";
import { Button } from "../../../components/button.tsx";
import { Choice } from "../../../components/choice.tsx";
import { DateField, describedBy, Field, inputClass } from "../../../components/field.tsx";
import { FormProblem } from "../../../components/states.tsx";
import { useT } from "../../../i18n/use-t.ts";
import { fieldErrorsOf } from "../../../lib/errors.ts";
import { firstError, zodFieldErrors } from "../../../lib/forms.ts";
import { type BabyFormValues, valuesToBaby } from "../form-values.ts";
import { ZoneField } from "./zone-field.tsx";

type Props = {
  initial: BabyFormValues;
  submitLabel: string;
  pending: boolean;
  /** The last failed save: its field messages go next to the fields, the rest above the button. */
  error: unknown;
  /** Offered with the error, e.g. "Reload" after someone else's edit. */
  errorAction?: ReactNode;
  /** Offer the family's time zone (editing; a new baby takes the person's own). */
  withZone?: boolean;
  onSubmit: (fields: BabyFields) => void;
};

/** Name, date of birth, sex, gestational age and the family's zone, checked with the API's own schema before sending. */
export function BabyForm({ initial, submitLabel, pending, error, errorAction, withZone = false, onSubmit }: Props) {
  const t = useT();
  const sexes = [
    { value: "female", label: t("babies:sex.female") },
    { value: "male", label: t("babies:sex.male") },
  ] as const;
  const form = useForm({
    defaultValues: initial,
    validators: {
      onSubmit: ({ value }) => {
        const result = babyFields.safeParse(valuesToBaby(value));
        return result.success
          ? undefined
          : { fields: zodFieldErrors(result.error) as Partial<Record<keyof BabyFormValues, string>> };
      },
    },
    onSubmit: ({ value }) => onSubmit(babyFields.parse(valuesToBaby(value))),
  });
  const server = error ? fieldErrorsOf(error) : {};

  return (
    <form
      noValidate
      className="space-y-5 rounded-2xl bg-white p-4 shadow-sm sm:p-6"
      onSubmit={(event) => {
        event.preventDefault();
        void form.handleSubmit();
      }}
    >
      <form.Field name="name">
        {(field) => {
          const message = firstError(field.state.meta.errors, server.name);
          return (
            <Field id="baby-name" label={t("babies:form.name")} error={message}>
              <input
                id="baby-name"
                className={inputClass}
                autoComplete="off"
                value={field.state.value}
                onChange={(e) => field.handleChange(e.target.value)}
                onBlur={field.handleBlur}
                {...describedBy("baby-name", message)}
              />
            </Field>
          );
        }}
      </form.Field>

      <form.Field name="dateOfBirth">
        {(field) => {
          const message = firstError(field.state.meta.errors, server.dateOfBirth);
          return (
            <DateField
              id="baby-dob"
              label={t("babies:form.dateOfBirth")}
              value={field.state.value}
              onChange={field.handleChange}
              onBlur={field.handleBlur}
              error={message}
            />
          );
        }}
      </form.Field>

      <form.Field name="sex">
        {(field) => (
          <Choice
            id="baby-sex"
            legend={t("babies:summary.sex")}
            hint={t("babies:form.sexHint")}
            options={sexes}
            value={field.state.value}
            onChange={field.handleChange}
            error={firstError(field.state.meta.errors, server.sex)}
          />
        )}
      </form.Field>

      <form.Field name="gestationalAgeWeeks">
        {(field) => {
          const message = firstError(field.state.meta.errors, server.gestationalAgeWeeks);
          return (
            <Field id="baby-ga" label={t("babies:form.weeks")} hint={t("babies:form.weeksHint")} error={message}>
              <input
                id="baby-ga"
                inputMode="numeric"
                className={`${inputClass} max-w-32`}
                value={field.state.value}
                onChange={(e) => field.handleChange(e.target.value)}
                onBlur={field.handleBlur}
                {...describedBy("baby-ga", message)}
              />
            </Field>
          );
        }}
      </form.Field>

      {withZone && (
        <form.Field name="timeZone">
          {(field) => (
            <ZoneField
              value={field.state.value}
              onChange={field.handleChange}
              onBlur={field.handleBlur}
              error={firstError(field.state.meta.errors, server.timeZone)}
            />
          )}
        </form.Field>
      )}

      <FormProblem
        error={error}
        fields={withZone ? Object.keys(initial) : ["name", "dateOfBirth", "sex", "gestationalAgeWeeks"]}
        action={errorAction}
      />
      <Button type="submit" className="w-full sm:w-auto" disabled={pending}>
        {pending ? t("saving") : submitLabel}
      </Button>
    </form>
  );
}
