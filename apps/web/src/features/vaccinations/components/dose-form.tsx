import { type VaccinationFields, vaccinationFields } from "@upnest/schemas";
import { useState } from "react";
import { Button } from "../../../components/button.tsx";
import { DateField, describedBy, Field, inputClass } from "../../../components/field.tsx";
import { isForbidden } from "../../../components/permission.tsx";
import { FormProblem } from "../../../components/states.tsx";
import { useT } from "../../../i18n/use-t.ts";
import { fieldErrorsOf } from "../../../lib/errors.ts";
import { zodFieldErrors } from "../../../lib/forms.ts";
import { ageInDays } from "../visit.ts";
import { ProductPicker } from "./product-picker.tsx";

export type DoseFormValues = {
  dateGiven: string;
  cvx: string;
  lotNumber: string;
  clinic: string;
  reactions: string;
  givenAbroad: boolean;
};

export const doseToValues = (d: Partial<VaccinationFields> & { dateGiven: string; cvx: string }): DoseFormValues => ({
  dateGiven: d.dateGiven,
  cvx: d.cvx,
  lotNumber: d.lotNumber ?? "",
  clinic: d.clinic ?? "",
  reactions: d.reactions ?? "",
  givenAbroad: d.givenAbroad ?? false,
});

const blankToUndefined = (s: string) => (s.trim() === "" ? undefined : s.trim());
const valuesToDose = (v: DoseFormValues) => ({
  dateGiven: v.dateGiven,
  cvx: v.cvx === "" ? undefined : v.cvx,
  lotNumber: blankToUndefined(v.lotNumber),
  clinic: blankToUndefined(v.clinic),
  reactions: blankToUndefined(v.reactions),
  givenAbroad: v.givenAbroad,
});

type Props = {
  idPrefix: string;
  initial: DoseFormValues;
  dateOfBirth: string;
  /** What the vaccine field shows at first: the recorded product's name. */
  productText: string;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (fields: VaccinationFields) => void;
  onCancel: () => void;
};

/** A recorded dose, edited: the vaccine (searchable), the date, and what the record card says (lot, clinic, reactions, abroad). */
export function DoseForm({
  idPrefix,
  initial,
  dateOfBirth,
  productText,
  submitLabel,
  pending,
  error,
  onSubmit,
  onCancel,
}: Props) {
  const [values, setValues] = useState(initial);
  const [own, setOwn] = useState<Record<string, string>>({});
  const t = useT();
  const server = error ? fieldErrorsOf(error) : {};
  const message = (field: keyof DoseFormValues) => own[field] ?? server[field];
  const set = <K extends keyof DoseFormValues>(field: K, value: DoseFormValues[K]) => {
    setValues((v) => ({ ...v, [field]: value }));
    setOwn(({ [field]: _, ...rest }) => rest);
  };
  const id = (field: string) => `${idPrefix}-${field}`;
  const text = (field: "lotNumber" | "clinic", label: string) => (
    <Field id={id(field)} label={label} error={message(field)}>
      <input
        id={id(field)}
        className={inputClass}
        autoComplete="off"
        value={values[field]}
        onChange={(e) => set(field, e.target.value)}
        {...describedBy(id(field), message(field))}
      />
    </Field>
  );

  return (
    <form
      noValidate
      className="space-y-4 rounded-2xl bg-white p-4 shadow-sm sm:p-6"
      onSubmit={(event) => {
        event.preventDefault();
        const result = vaccinationFields.safeParse(valuesToDose(values));
        if (!result.success) {
          const errors = zodFieldErrors(result.error);
          setOwn(errors.cvx && values.cvx === "" ? { ...errors, cvx: t("vaccines:form.chooseFromList") } : errors);
          return;
        }
        onSubmit(result.data);
      }}
    >
      <Field id={id("cvx")} label={t("vaccines:form.vaccine")} error={message("cvx")}>
        <ProductPicker
          id={id("cvx")}
          ageInDays={ageInDays(dateOfBirth, values.dateGiven)}
          initialText={productText}
          onPick={(p) => set("cvx", p.cvx)}
          onType={() => values.cvx && set("cvx", "")}
          error={message("cvx")}
        />
      </Field>
      <DateField
        id={id("date")}
        label={t("vaccines:form.dateGiven")}
        value={values.dateGiven}
        onChange={(v) => set("dateGiven", v)}
        error={message("dateGiven")}
      />
      {text("lotNumber", t("vaccines:form.lotNumber"))}
      {text("clinic", t("vaccines:form.clinic"))}
      <Field id={id("reactions")} label={t("vaccines:form.reactions")} error={message("reactions")}>
        <textarea
          id={id("reactions")}
          rows={2}
          className={`${inputClass} py-2`}
          value={values.reactions}
          onChange={(e) => set("reactions", e.target.value)}
          {...describedBy(id("reactions"), message("reactions"))}
        />
      </Field>
      <label className="flex min-h-11 items-center gap-3 text-base text-stone-800">
        <input
          type="checkbox"
          className="size-5 accent-teal-700"
          checked={values.givenAbroad}
          onChange={(e) => set("givenAbroad", e.target.checked)}
        />
        {t("vaccines:form.givenAbroad")}
      </label>
      {isForbidden(error) ? (
        <p role="alert" className="rounded-lg border border-red-200 bg-red-50 p-3 text-sm text-red-900">
          {t("access.notAllowed")}
        </p>
      ) : (
        <FormProblem error={error} fields={["cvx", "dateGiven", "lotNumber", "clinic", "reactions"]} />
      )}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={pending}>
          {pending ? t("saving") : submitLabel}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t("cancel")}
        </Button>
      </div>
    </form>
  );
}
