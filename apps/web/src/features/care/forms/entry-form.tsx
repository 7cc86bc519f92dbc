import type { Units } from "@upnest/i18n";
import { valueFields } from "@upnest/schemas";
import { Trash2 } from "lucide-react";
import { useState } from "react";
import { Button } from "../../../components/button.tsx";
import { Choice } from "../../../components/choice.tsx";
import { LabelsField } from "../../../components/labels.tsx";
import { FormProblem } from "../../../components/states.tsx";
import { i18n } from "../../../i18n/i18n.ts";
import { useT } from "../../../i18n/use-t.ts";
import { fieldErrorsOf } from "../../../lib/errors.ts";
import { idempotencyKeys } from "../../../lib/idempotency.ts";
import { notify } from "../../../lib/notify.ts";
import { useEntryWrite } from "../api/entries.ts";
import { CARE_KINDS, type CareEntry, type CareKind, definitionOf, idFieldOf, idOf } from "../entries.ts";
import { allergensSeen, trackerLabels } from "../suggestions.ts";
import { toLocalInput } from "../zone.ts";
import { TextInput, TimeInput } from "./controls.tsx";
import { FeedingFields, type FieldsProps } from "./feeding-fields.tsx";
import {
  DiaperFields,
  NoteFields,
  PumpingFields,
  SleepFields,
  TrackerFields,
  TummyTimeFields,
} from "./other-fields.tsx";
import { type EntryFormValues, formFieldOf, formValuesOf, parseEntryForm } from "./values.ts";

type Props = {
  babyId: string;
  zone: string;
  /** The family's zone's name, when the phone's clock reads another time (said next to the times). */
  zoneName?: string | undefined;
  units: Units;
  /** Now (ms) on the server's clock: a new entry's time, and the latest time a form takes. */
  now: number;
  /** The loaded entries (the trackers and allergens had before are offered from them). */
  entries: readonly CareEntry[];
  /** What to log (adding), or undefined to choose; an entry being edited brings its own. */
  kind?: CareKind | undefined;
  entry?: CareEntry | undefined;
  preset?: Partial<EntryFormValues> | undefined;
  onDone: () => void;
  onDelete?: (entry: CareEntry) => void;
};

/** Any entry of the care log, added (now or for an earlier time) or edited: every field of its kind. */
export function EntryForm(props: Props) {
  const t = useT();
  const [kind, setKind] = useState<CareKind | undefined>(props.entry?.kind ?? props.kind);
  // Logging something earlier starts by choosing what it was (and can change its mind).
  const [choosing] = useState(kind === undefined);
  return (
    <div className="space-y-4">
      {choosing && (
        <Choice
          narrow
          id="entry-kind"
          legend={t("care:form.kindLegend")}
          options={CARE_KINDS.map((k) => ({ value: k, label: t(`care:form.edit.${k}`) }))}
          value={kind ?? ""}
          onChange={setKind}
        />
      )}
      {kind && <KindForm key={kind} {...props} kind={kind} />}
    </div>
  );
}

function KindForm({
  babyId,
  zone,
  zoneName,
  units,
  entries,
  kind,
  entry,
  preset,
  onDone,
  onDelete,
}: Props & { kind: CareKind }) {
  const t = useT();
  const [now] = useState(() => Date.now());
  const [initial] = useState(() => formValuesOf(kind, entry, zone, units, now, preset));
  const [values, setValues] = useState(initial);
  const [own, setOwn] = useState<Partial<Record<keyof EntryFormValues, string>>>({});
  const [keyFor] = useState(() => idempotencyKeys());
  const write = useEntryWrite(kind, entry ? "update" : "add");
  const server = Object.fromEntries(
    Object.entries(write.error ? fieldErrorsOf(write.error) : {}).map(([field, message]) => [
      formFieldOf(field),
      message,
    ]),
  ) as Partial<Record<keyof EntryFormValues, string>>;
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
    unit: units === "metric" ? "ml" : "oz",
  };
  const moment = kind === "diapers" || kind === "careNotes";
  const max = toLocalInput(now, zone);
  const hint = zoneName ? t("care:form.timeHint", { zone: zoneName }) : undefined;
  const stored = entry ? (entry.record as Record<string, unknown>) : {};
  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        const parsed = parseEntryForm(kind, values, initial, stored, zone, units);
        if (!parsed.ok) return setOwn(parsed.errors);
        const idField = idFieldOf(kind);
        const input = entry
          ? { babyId, [idField]: stored[idField], version: stored.version, ...parsed.values }
          : { babyId, ...parsed.values, idempotencyKey: keyFor(parsed.values) };
        write.mutate(input, {
          onSuccess: () => {
            notify("done", () => i18n.t("care:form.saved"));
            onDone();
          },
        });
      }}
    >
      <TimeInput
        id={fields.id("time")}
        label={t(moment ? "care:form.time" : "care:form.started")}
        hint={hint}
        value={values.time}
        max={max}
        error={fields.error("time")}
        onChange={(v) => fields.set("time", v)}
      />
      {kind === "sleeps" && (
        <TimeInput
          id={fields.id("end")}
          label={t("care:form.ended")}
          value={values.end}
          max={max}
          error={fields.error("end")}
          onChange={(v) => fields.set("end", v)}
        />
      )}
      {kind === "feedings" && (
        <FeedingFields
          {...fields}
          seen={allergensSeen(entries, entry ? String(stored.startedAt) : undefined, entry ? idOf(entry) : undefined)}
        />
      )}
      {kind === "sleeps" && <SleepFields {...fields} />}
      {kind === "diapers" && <DiaperFields {...fields} />}
      {kind === "pumpings" && <PumpingFields {...fields} />}
      {kind === "tummyTimes" && <TummyTimeFields {...fields} />}
      {kind === "careNotes" && <NoteFields {...fields} />}
      {kind === "customEntries" && <TrackerFields {...fields} labels={trackerLabels(entries).slice(0, 8)} />}
      {kind !== "careNotes" && (
        <TextInput
          id={fields.id("notes")}
          label={t("care:form.notes")}
          multiline
          value={values.notes}
          error={fields.error("notes")}
          onChange={(v) => fields.set("notes", v)}
        />
      )}
      {initial.labels.length > 0 && (
        <LabelsField id={fields.id("labels")} labels={values.labels} onChange={(v) => fields.set("labels", v)} />
      )}
      <FormProblem error={write.error} fields={valueFields(definitionOf(kind))} />
      <div className="flex flex-wrap-reverse gap-2">
        {entry && onDelete && (
          <Button variant="quiet" className="min-h-12" onClick={() => onDelete(entry)}>
            <Trash2 aria-hidden className="size-5" /> {t("care:form.delete")}
          </Button>
        )}
        <Button type="submit" className="min-h-12 flex-1" disabled={write.isPending}>
          {t(entry ? "care:form.saveChanges" : "care:form.save")}
        </Button>
      </div>
    </form>
  );
}
