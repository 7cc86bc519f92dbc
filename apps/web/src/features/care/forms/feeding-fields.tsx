import { ALLERGENS } from "@upnest/schemas";
import { Choice } from "../../../components/choice.tsx";
import { useT } from "../../../i18n/use-t.ts";
import type { FieldsPropsOf, TypedFieldOf } from "../../../lib/forms.ts";
import { NumberInput, Select, TextInput } from "./controls.tsx";
import type { EntryFormValues } from "./values.ts";

export type TypedField = TypedFieldOf<EntryFormValues>;
export type FieldsProps = FieldsPropsOf<EntryFormValues> & { unit: string };

/** A feed: breast (sides, minutes on each, the side finished on), bottle (amount, milk) or solids (foods, allergens). */
export function FeedingFields({
  values,
  set,
  error,
  id,
  unit,
  seen,
  typed,
}: FieldsProps & { seen: ReadonlySet<string> }) {
  const t = useT();
  return (
    <>
      <Choice
        narrow
        id={id("method")}
        legend={t("care:form.method")}
        options={(["breast", "bottle", "solids"] as const).map((m) => ({
          value: m,
          label: t(`care:form.methods.${m}`),
        }))}
        value={values.method}
        error={error("method")}
        onChange={(m) => set("method", m)}
      />
      {values.method === "breast" && (
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
            <NumberInput {...typed("leftMinutes")} label={t("care:form.leftMinutes")} />
            <NumberInput {...typed("rightMinutes")} label={t("care:form.rightMinutes")} />
          </div>
          <Select
            id={id("last")}
            label={t("care:form.lastSide")}
            options={[
              { value: "", label: t("care:form.notSaid") },
              { value: "left", label: t("care:form.sides.left") },
              { value: "right", label: t("care:form.sides.right") },
            ]}
            value={values.lastSide}
            onChange={(s) => set("lastSide", s)}
          />
        </>
      )}
      {values.method === "bottle" && (
        <>
          <NumberInput {...typed("amount")} label={t("care:form.amount", { unit })} />
          <Select
            id={id("milk")}
            label={t("care:form.milk")}
            options={(["", "breast-milk", "formula", "fortified"] as const).map((m) => ({
              value: m,
              label: t(`care:form.milkOptions.${m || "unsaid"}`),
            }))}
            value={values.milk}
            onChange={(m) => set("milk", m)}
          />
        </>
      )}
      {values.method === "solids" && (
        <>
          <TextInput {...typed("foods")} label={t("care:form.foods")} hint={t("care:form.foodsHint")} />
          <fieldset className="space-y-1">
            <legend className="text-sm font-medium text-stone-800">{t("care:form.allergens")}</legend>
            <div className="grid grid-cols-[repeat(auto-fit,minmax(min(9rem,100%),1fr))] gap-2">
              {ALLERGENS.map((a) => (
                <label
                  key={a}
                  className="flex min-h-12 cursor-pointer items-center gap-2 rounded-lg border border-stone-300 bg-white px-3 has-checked:border-teal-700 has-checked:bg-teal-50"
                >
                  <input
                    type="checkbox"
                    className="size-5 accent-teal-700"
                    checked={values.allergens.includes(a)}
                    onChange={(e) =>
                      set(
                        "allergens",
                        e.target.checked ? [...values.allergens, a] : values.allergens.filter((x) => x !== a),
                      )
                    }
                  />
                  <span className="min-w-0">
                    {t(`care:allergen.${a}`)}
                    {values.allergens.includes(a) && !seen.has(a) && (
                      <span className="ml-1 rounded-full bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-900">
                        {t("care:form.firstTime")}
                      </span>
                    )}
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
          <TextInput {...typed("reaction")} label={t("care:form.reaction")} />
        </>
      )}
    </>
  );
}
