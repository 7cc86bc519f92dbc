import { stoolColour, stoolConsistency } from "@upnest/schemas";
import { Choice } from "../../../components/choice.tsx";
import { useT } from "../../../i18n/use-t.ts";
import { NumberInput, Select, TextInput } from "./controls.tsx";
import type { FieldsProps } from "./feeding-fields.tsx";

/** A sleep: when it ended (its start is the form's time) and whether it was a nap or the night. */
export function SleepFields({ values, set, error, id }: FieldsProps) {
  const t = useT();
  return (
    <Choice
      narrow
      id={id("sleep-kind")}
      legend={t("care:form.sleepKind")}
      options={(["nap", "night"] as const).map((k) => ({ value: k, label: t(`care:form.sleepKinds.${k}`) }))}
      value={values.sleepKind}
      error={error("sleepKind")}
      onChange={(k) => set("sleepKind", k)}
    />
  );
}

/** A diaper: wet, dirty or both; a stool's colour and consistency; rash. */
export function DiaperFields({ values, set, error, id }: FieldsProps) {
  const t = useT();
  const stool = values.contents !== "wet";
  return (
    <>
      <Choice
        narrow
        id={id("contents")}
        legend={t("care:form.contents")}
        options={(["wet", "dirty", "both"] as const).map((c) => ({
          value: c,
          label: t(`care:form.contentsOptions.${c}`),
        }))}
        value={values.contents}
        error={error("contents")}
        onChange={(c) => set("contents", c)}
      />
      {stool && (
        <div className="grid gap-3 sm:grid-cols-2">
          <Select
            id={id("colour")}
            label={t("care:form.colour")}
            options={[
              { value: "", label: t("care:form.notSaid") },
              ...stoolColour.options.map((c) => ({ value: c, label: t(`care:colour.${c}`) })),
            ]}
            value={values.colour}
            onChange={(c) => set("colour", c)}
          >
            {values.colour === "pale" && (
              <p role="note" className="rounded-lg bg-amber-50 p-2 text-sm text-amber-900">
                {t("care:form.paleNote")}
              </p>
            )}
          </Select>
          <Select
            id={id("consistency")}
            label={t("care:form.consistency")}
            options={[
              { value: "", label: t("care:form.notSaid") },
              ...stoolConsistency.options.map((c) => ({ value: c, label: t(`care:consistency.${c}`) })),
            ]}
            value={values.consistency}
            onChange={(c) => set("consistency", c)}
          />
        </div>
      )}
      <label className="flex min-h-12 cursor-pointer items-center gap-3 rounded-lg border border-stone-300 bg-white px-3">
        <input
          type="checkbox"
          className="size-5 accent-teal-700"
          checked={values.rash}
          onChange={(e) => set("rash", e.target.checked)}
        />
        {t("care:form.rash")}
      </label>
    </>
  );
}

/** Pumping: which side, how much (in the person's units), how long. */
export function PumpingFields({ values, set, error, id, unit, typed }: FieldsProps) {
  const t = useT();
  return (
    <>
      <Choice
        narrow
        id={id("side")}
        legend={t("care:form.side")}
        options={(["left", "right", "both"] as const).map((s) => ({ value: s, label: t(`care:form.sides.${s}`) }))}
        value={values.side}
        error={error("side")}
        onChange={(s) => set("side", s)}
      />
      <div className="grid grid-cols-[repeat(auto-fit,minmax(min(9rem,100%),1fr))] gap-3">
        <NumberInput {...typed("amount")} label={t("care:form.amountOptional", { unit })} />
        <NumberInput {...typed("minutes")} label={t("care:form.minutesOptional")} />
      </div>
    </>
  );
}

/** Tummy time: how long. */
export function TummyTimeFields({ typed }: FieldsProps) {
  const t = useT();
  return <NumberInput {...typed("minutes")} label={t("care:form.minutes")} />;
}

/** A note: its words. */
export function NoteFields({ typed }: FieldsProps) {
  const t = useT();
  return <TextInput {...typed("text")} label={t("care:form.text")} multiline />;
}

/** A family's own tracker: its name (the ones used before are offered), an amount with its unit, a duration. */
export function TrackerFields({ values, set, labels, typed }: FieldsProps & { labels: readonly string[] }) {
  const t = useT();
  return (
    <>
      <TextInput {...typed("label")} label={t("care:form.label")} />
      {labels.length > 0 && (
        <fieldset className="flex flex-wrap gap-2">
          <legend className="sr-only">{t("care:form.usedBefore")}</legend>
          {labels.map((label) => (
            <button
              key={label}
              type="button"
              aria-pressed={values.label === label}
              className="min-h-11 rounded-full border border-stone-300 bg-white px-4 text-sm font-medium text-stone-800 aria-pressed:border-teal-700 aria-pressed:bg-teal-50"
              onClick={() => set("label", label)}
            >
              {label}
            </button>
          ))}
        </fieldset>
      )}
      <div className="grid grid-cols-[repeat(auto-fit,minmax(min(9rem,100%),1fr))] gap-3">
        <NumberInput {...typed("trackerAmount")} label={t("care:form.amountPlain")} />
        <TextInput {...typed("unit")} label={t("care:form.unit")} />
      </div>
      <NumberInput {...typed("minutes")} label={t("care:form.minutesOptional")} />
    </>
  );
}
