import { useForm } from "@tanstack/react-form";
import { type BabyFields, babyFields } from "@upnest/schemas";
import type { ReactNode } from "react";
import { Button } from "../../../components/button.tsx";
import { Choice } from "../../../components/choice.tsx";
import { DateField, describedBy, Field, inputClass } from "../../../components/field.tsx";
import { FormProblem } from "../../../components/states.tsx";
import { useT } from "../../../i18n/use-t.ts";
import { fieldErrorsOf } from "../../../lib/errors.ts";
import { firstError, inAppLanguage, zodFieldErrors } from "../../../lib/forms.ts";
import type { Units } from "../../../lib/units.ts";
import { type BabyFormValues, heightText, PARENTS, valuesToBaby } from "../form-values.ts";
import { feetInchesProblem, heightMessageInUnits } from "../parent-heights.ts";
import { ZoneField } from "./zone-field.tsx";

type Props = {
  initial: BabyFormValues;
  /** How the parents' heights are typed: cm, or feet and inches. */
  units: Units;
  submitLabel: string;
  pending: boolean;
  /** The last failed save: its field messages go next to the fields, the rest above the button. */
  error: unknown;
  /** Offered with the error, e.g. "Reload" after someone else's edit. */
  errorAction?: ReactNode;
  /** Offer the family's time zone (editing; a new baby takes the person's own). */
  withZone?: boolean;
  onSubmit: (fields: BabyFields, values: BabyFormValues) => void;
};

type Problems = Partial<Record<keyof BabyFormValues, string>>;

/** The schema's messages by field, in the person's units and language; a parent's height goes to the field typed in. */
function problemsOf(values: BabyFormValues, units: Units, feetInches: string): Problems | undefined {
  const result = babyFields.safeParse(valuesToBaby(values, units));
  const problems: Problems = {};
  for (const [field, message] of Object.entries(result.success ? {} : zodFieldErrors(result.error, (m) => m))) {
    const target = (units === "imperial" ? field.replace(/HeightCm$/, "HeightFt") : field) as keyof BabyFormValues;
    problems[target] ??= inAppLanguage(heightMessageInUnits(message, units));
  }
  if (units === "imperial")
    for (const parent of PARENTS)
      if (feetInchesProblem(heightText(values, parent))) problems[`${parent}HeightFt`] = feetInches;
  return Object.keys(problems).length === 0 ? undefined : problems;
}

/**
 * Name, date of birth, sex, gestational age, the family's zone and (optional) the parents' heights, checked with the
 * API's own schema before sending.
 */
export function BabyForm({
  initial,
  units,
  submitLabel,
  pending,
  error,
  errorAction,
  withZone = false,
  onSubmit,
}: Props) {
  const t = useT();
  const sexes = [
    { value: "female", label: t("babies:sex.female") },
    { value: "male", label: t("babies:sex.male") },
  ] as const;
  const form = useForm({
    defaultValues: initial,
    validators: {
      onSubmit: ({ value }) => {
        const fields = problemsOf(value, units, t("babies:heights.feetInches"));
        return fields ? { fields } : undefined;
      },
    },
    onSubmit: ({ value }) => onSubmit(babyFields.parse(valuesToBaby(value, units)), value),
  });
  const server = error ? fieldErrorsOf(error) : {};

  /** One number box of a parent's height: cm, or the feet or inches of it. */
  const heightInput = (
    name: `${"mother" | "father"}Height${"Cm" | "Ft" | "In"}`,
    id: string,
    parentLabel: string,
    unit: "cm" | "ft" | "in",
    serverMessage: string | undefined,
  ) => (
    <form.Field name={name}>
      {(field) => {
        const message = firstError(field.state.meta.errors, serverMessage);
        return (
          <Field
            id={id}
            label={
              unit === "cm" ? t("babies:heights.withUnit", { label: parentLabel, unit }) : t(`babies:heights.${unit}`)
            }
            error={message}
          >
            <input
              id={id}
              inputMode="decimal"
              autoComplete="off"
              className={`${inputClass} max-w-32`}
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

      <fieldset className="space-y-3 rounded-xl border border-stone-200 p-4">
        <legend className="px-1 font-medium text-stone-900">{t("babies:heights.legend")}</legend>
        <p className="text-sm text-stone-600">{t("babies:heights.hint")}</p>
        {PARENTS.map((parent) => {
          const label = t(`babies:heights.${parent}`);
          const message = server[`${parent}HeightCm`];
          return units === "metric" ? (
            <div key={parent}>{heightInput(`${parent}HeightCm`, `baby-${parent}-cm`, label, "cm", message)}</div>
          ) : (
            <fieldset key={parent} className="space-y-1">
              <legend className="text-sm font-medium text-stone-800">{label}</legend>
              <div className="flex gap-3">
                {heightInput(`${parent}HeightFt`, `baby-${parent}-ft`, label, "ft", message)}
                {heightInput(`${parent}HeightIn`, `baby-${parent}-in`, label, "in", undefined)}
              </div>
            </fieldset>
          );
        })}
      </fieldset>

      <FormProblem
        error={error}
        fields={
          withZone
            ? Object.keys(initial)
            : ["name", "dateOfBirth", "sex", "gestationalAgeWeeks", "motherHeightCm", "fatherHeightCm"]
        }
        action={errorAction}
      />
      <Button type="submit" className="w-full sm:w-auto" disabled={pending}>
        {pending ? t("saving") : submitLabel}
      </Button>
    </form>
  );
}
