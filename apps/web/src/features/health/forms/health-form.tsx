import type { Units } from "@upnest/i18n";
import { type MedicineCourse, valueFields } from "@upnest/schemas";
import { Trash2 } from "lucide-react";
import { useState } from "react";
import { Button } from "../../../components/button.tsx";
import { LabelsField } from "../../../components/labels.tsx";
import { FormProblem } from "../../../components/states.tsx";
import { i18n } from "../../../i18n/i18n.ts";
import { useT } from "../../../i18n/use-t.ts";
import { fieldErrorsOf } from "../../../lib/errors.ts";
import { idempotencyKeys } from "../../../lib/idempotency.ts";
import { notify } from "../../../lib/notify.ts";
import { TextInput, TimeInput } from "../../care/forms/controls.tsx";
import { toLocalInput } from "../../care/zone.ts";
import { useHealthWrite } from "../api/health.ts";
import { definitionOf, type HealthEntry, type HealthKind, idFieldOf, idOf } from "../kinds.ts";
import type { FieldsProps } from "./fields.ts";
import { CourseFields, DoseFields } from "./medicine-fields.tsx";
import { AllergyFields, IllnessFields, TemperatureFields, VisitFields } from "./record-fields.tsx";
import { formFieldOf, formValuesOf, type HealthFormValues, parseHealthForm } from "./values.ts";

type Props = {
  babyId: string;
  zone: string;
  units: Units;
  /** Now (ms): a new record's moment and the latest a form takes. */
  now: number;
  kind: HealthKind;
  /** The record being edited; absent to add one. */
  entry?: HealthEntry | undefined;
  /** The baby's courses, for a dose's "which course". */
  courses: readonly MedicineCourse[];
  preset?: Partial<HealthFormValues> | undefined;
  onDone: () => void;
  onDelete?: ((entry: HealthEntry) => void) | undefined;
};

/** Any record of the health log, added or edited: every field of its kind. */
export function HealthForm({ babyId, zone, units, now, kind, entry, courses, preset, onDone, onDelete }: Props) {
  const t = useT();
  const stored = (entry?.record ?? {}) as Record<string, unknown>;
  const [initial] = useState(() => formValuesOf(entry ? stored : undefined, zone, units, now, preset));
  const [values, setValues] = useState(initial);
  const [own, setOwn] = useState<Partial<Record<keyof HealthFormValues, string>>>({});
  const [keyFor] = useState(() => idempotencyKeys());
  const write = useHealthWrite(kind, entry ? "update" : "add");
  const server = Object.fromEntries(
    Object.entries(write.error ? fieldErrorsOf(write.error) : {}).map(([field, message]) => [
      formFieldOf(field),
      message,
    ]),
  ) as Partial<Record<keyof HealthFormValues, string>>;
  const prefix = entry ? `edit-${idOf(entry)}` : `add-${kind}`;
  const fields: FieldsProps = {
    values,
    set: (field, value) => {
      setValues((v) => ({ ...v, [field]: value }));
      setOwn(({ [field]: _, ...rest }) => rest);
    },
    error: (field) => own[field] ?? server[field],
    id: (field) => `${prefix}-${field}`,
    typed: (field) => ({
      id: fields.id(field),
      value: values[field],
      error: fields.error(field),
      onChange: (value) => fields.set(field, value),
    }),
  };
  const moment = kind === "medicineDoses" || kind === "temperatures";
  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        const parsed = parseHealthForm(kind, values, initial, stored, zone, units);
        if (!parsed.ok) return setOwn(parsed.errors);
        const idField = idFieldOf(kind);
        const input = entry
          ? { babyId, [idField]: stored[idField], version: stored.version, ...parsed.values }
          : { babyId, ...parsed.values, idempotencyKey: keyFor(parsed.values) };
        write.mutate(input, {
          onSuccess: () => {
            notify("done", () => i18n.t("health:form.saved"));
            onDone();
          },
        });
      }}
    >
      {moment && (
        <TimeInput
          id={fields.id("time")}
          label={t(kind === "temperatures" ? "health:temperature.time" : "health:give.time")}
          value={values.time}
          max={toLocalInput(now, zone)}
          error={fields.error("time")}
          onChange={(v) => fields.set("time", v)}
        />
      )}
      {kind === "medicineCourses" && <CourseFields {...fields} />}
      {kind === "medicineDoses" && <DoseFields {...fields} courses={courses} />}
      {kind === "temperatures" && <TemperatureFields {...fields} units={units} />}
      {kind === "illnesses" && <IllnessFields {...fields} />}
      {kind === "allergies" && <AllergyFields {...fields} />}
      {kind === "visits" && <VisitFields {...fields} />}
      <TextInput label={t("health:form.notes")} multiline {...fields.typed("notes")} />
      {initial.labels.length > 0 && (
        <LabelsField id={fields.id("labels")} labels={values.labels} onChange={(v) => fields.set("labels", v)} />
      )}
      <FormProblem error={write.error} fields={[...valueFields(definitionOf(kind)), "time", "temperature"]} />
      <div className="flex flex-wrap-reverse gap-2">
        {entry && onDelete && (
          <Button variant="quiet" className="min-h-12" onClick={() => onDelete(entry)}>
            <Trash2 aria-hidden className="size-5" /> {t("health:form.delete")}
          </Button>
        )}
        <Button type="submit" className="min-h-12 flex-1" disabled={write.isPending}>
          {t(entry ? "health:form.saveChanges" : "health:form.save")}
        </Button>
      </div>
    </form>
  );
}
