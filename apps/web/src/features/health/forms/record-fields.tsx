import { type Units, valueWord } from "@upnest/i18n";
import { ALLERGENS, ALLERGY_SEVERITIES, TEMPERATURE_METHODS } from "@upnest/schemas";
import { Choice } from "../../../components/choice.tsx";
import { DateField, describedBy, Field, inputClass } from "../../../components/field.tsx";
import { currentLanguage } from "../../../i18n/i18n.ts";
import { useT } from "../../../i18n/use-t.ts";
import { NumberInput, TextInput } from "../../care/forms/controls.tsx";
import { temperatureUnit } from "../format.ts";
import type { FieldsProps } from "./fields.ts";
import type { HealthFormValues } from "./values.ts";

type DayField = "startedOn" | "endedOn" | "noticedOn" | "visitedOn" | "nextAppointmentOn";

/** A calendar date; a past one (`past`: not after today) or any (a next appointment). */
function Day({
  field,
  label,
  hint,
  past = true,
  ...props
}: FieldsProps & { field: DayField; label: string; hint?: string; past?: boolean }) {
  const { values, set, error, id } = props;
  if (past)
    return (
      <DateField
        id={id(field)}
        label={label}
        value={values[field]}
        error={error(field)}
        onChange={(v) => set(field, v)}
      />
    );
  return (
    <Field id={id(field)} label={label} hint={hint} error={error(field)}>
      <input
        id={id(field)}
        type="date"
        className={inputClass}
        value={values[field]}
        onChange={(e) => set(field, e.target.value)}
        {...describedBy(id(field), error(field))}
      />
    </Field>
  );
}

/** A temperature in the person's units, and how it was taken. */
export function TemperatureFields(props: FieldsProps & { units: Units }) {
  const { values, set, error, id, typed, units } = props;
  const t = useT();
  const language = currentLanguage();
  return (
    <>
      <NumberInput label={t("health:temperature.value", { unit: temperatureUnit(units) })} {...typed("temperature")} />
      <Choice
        narrow
        id={id("method")}
        legend={t("health:temperature.method")}
        options={TEMPERATURE_METHODS.map((m) => ({ value: m, label: valueWord("method", m, language) ?? m }))}
        value={values.method as HealthFormValues["method"]}
        error={error("method")}
        onChange={(v) => set("method", v)}
      />
    </>
  );
}

/** An illness: its name, when it started and ended, its symptoms. */
export function IllnessFields(props: FieldsProps) {
  const t = useT();
  return (
    <>
      <TextInput label={t("health:illness.name")} {...props.typed("name")} />
      <Day {...props} field="startedOn" label={t("health:illness.startedOn")} />
      <Day {...props} field="endedOn" label={t("health:illness.endedOn")} />
      <p className="-mt-2 text-sm text-stone-500">{t("health:illness.endedHint")}</p>
      <TextInput
        label={t("health:illness.symptoms")}
        hint={t("health:illness.symptomsHint")}
        {...props.typed("symptoms")}
      />
    </>
  );
}

/** An allergy: the allergen (the nine common ones offered, or any), the reaction, how severe, when noticed. */
export function AllergyFields(props: FieldsProps) {
  const { values, set, error, id, typed } = props;
  const t = useT();
  const language = currentLanguage();
  return (
    <>
      <TextInput
        label={t("health:allergy.allergen")}
        hint={t("health:allergy.allergenHint")}
        list={id("allergens")}
        {...typed("allergen")}
      />
      <datalist id={id("allergens")}>
        {ALLERGENS.map((a) => (
          <option key={a} value={valueWord("allergens", a, language) ?? a} />
        ))}
      </datalist>
      <TextInput label={t("health:allergy.reaction")} {...typed("reaction")} />
      <Choice
        narrow
        id={id("severity")}
        legend={t("health:allergy.severity")}
        options={ALLERGY_SEVERITIES.map((s) => ({ value: s, label: valueWord("severity", s, language) ?? s }))}
        value={values.severity as HealthFormValues["severity"]}
        error={error("severity")}
        onChange={(v) => set("severity", v)}
      />
      <Day {...props} field="noticedOn" label={t("health:allergy.noticedOn")} />
    </>
  );
}

/** A visit: when, with whom, why, whether it was a check-up, and the next appointment. */
export function VisitFields(props: FieldsProps) {
  const { values, set, id, typed } = props;
  const t = useT();
  return (
    <>
      <Day {...props} field="visitedOn" label={t("health:visit.visitedOn")} />
      <TextInput label={t("health:visit.clinician")} {...typed("clinician")} />
      <TextInput label={t("health:visit.reason")} {...typed("reason")} />
      <label className="flex min-h-12 items-center gap-3 rounded-lg border border-stone-300 bg-white px-3">
        <input
          type="checkbox"
          id={id("wellChild")}
          className="size-5 accent-teal-700"
          checked={values.wellChild}
          onChange={(e) => set("wellChild", e.target.checked)}
        />
        {t("health:visit.wellChild")}
      </label>
      <Day {...props} field="nextAppointmentOn" label={t("health:visit.nextOn")} past={false} />
      <Field
        id={id("nextAppointmentTime")}
        label={t("health:visit.nextTime")}
        error={props.error("nextAppointmentTime")}
      >
        <input
          id={id("nextAppointmentTime")}
          type="time"
          className={inputClass}
          value={values.nextAppointmentTime}
          onChange={(e) => set("nextAppointmentTime", e.target.value)}
          {...describedBy(id("nextAppointmentTime"), props.error("nextAppointmentTime"))}
        />
      </Field>
    </>
  );
}
