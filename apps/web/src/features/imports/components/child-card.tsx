import type { ImportedChild } from "@upnest/transfer";
import { Choice } from "../../../components/choice.tsx";
import { DateField, describedBy, Field, inputClass } from "../../../components/field.tsx";
import { useT } from "../../../i18n/use-t.ts";
import { showDate } from "../../../lib/dates.ts";
import { countsOf, type Target, type WritableBaby } from "../plan.ts";

type Props = {
  child: ImportedChild;
  target: Target;
  babies: readonly WritableBaby[];
  /** The person also sees babies they may only view (not offered: said under the choice). */
  viewsOthers: boolean;
  onTarget: (target: Target) => void;
  /** How many of the child's entries are dated before the chosen baby's birth (left out). */
  beforeBirth: number;
  errors: Record<string, string>;
  disabled: boolean;
};

/** One Baby Buddy child: what it has by kind, and the baby its entries go to (a new one, or one already here). */
export function ChildCard({ child, target, babies, viewsOthers, onTarget, beforeBirth, errors, disabled }: Props) {
  const t = useT();
  const id = `bb-child-${child.sourceId}`;
  const name = child.firstName
    ? t("imports:preview.child", { name: [child.firstName, child.lastName].filter(Boolean).join(" ") })
    : t("imports:preview.unnamed", { id: child.sourceId });
  const total = countsOf(child).reduce((n, c) => n + c.count, 0);
  const newBaby = target.kind === "new" ? target : undefined;
  const change = (patch: Partial<Extract<Target, { kind: "new" }>>) => newBaby && onTarget({ ...newBaby, ...patch });
  return (
    <section aria-labelledby={`${id}-name`} className="space-y-3 rounded-xl bg-white p-4 shadow-sm">
      <div>
        <h2 id={`${id}-name`} className="text-lg font-semibold text-stone-900 break-words">
          {name}
        </h2>
        <p className="text-sm text-stone-600">
          {[
            child.birthDate && t("imports:preview.born", { date: showDate(child.birthDate) }),
            t("imports:preview.entries", { count: total }),
          ]
            .filter(Boolean)
            .join(" · ")}
        </p>
      </div>
      <table className="w-full text-left text-sm text-stone-800">
        <caption className="sr-only">{t("imports:preview.kindsCaption")}</caption>
        <tbody className="divide-y divide-stone-100">
          {countsOf(child).map(({ kind, count }) => (
            <tr key={kind}>
              <th scope="row" className="py-1 pr-3 font-normal">
                {t(`imports:preview.kinds.${kind}`)}
              </th>
              <td className="py-1 text-right tabular-nums">{count}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Field
        id={`${id}-target`}
        label={t("imports:preview.target")}
        hint={viewsOthers ? t("imports:preview.noTargets") : undefined}
      >
        <select
          id={`${id}-target`}
          className={inputClass}
          disabled={disabled}
          value={target.kind === "new" ? "" : target.babyId}
          onChange={(e) =>
            onTarget(
              e.target.value
                ? { kind: "existing", babyId: e.target.value }
                : { kind: "new", name: child.firstName ?? "", dateOfBirth: child.birthDate ?? "", sex: "" },
            )
          }
        >
          <option value="">{t("imports:preview.newBaby")}</option>
          {babies.map((b) => (
            <option key={b.babyId} value={b.babyId}>
              {t("imports:preview.existing", { name: b.name, date: showDate(b.dateOfBirth) })}
            </option>
          ))}
        </select>
      </Field>
      {newBaby && (
        <div className="space-y-3 border-l-4 border-teal-700/30 pl-3">
          <Field id={`${id}-first`} label={t("imports:preview.firstName")} error={errors.name}>
            <input
              id={`${id}-first`}
              className={inputClass}
              value={newBaby.name}
              disabled={disabled}
              autoComplete="off"
              onChange={(e) => change({ name: e.target.value })}
              {...describedBy(`${id}-first`, errors.name)}
            />
          </Field>
          <DateField
            id={`${id}-born`}
            label={t("imports:preview.dateOfBirth")}
            value={newBaby.dateOfBirth}
            onChange={(dateOfBirth) => change({ dateOfBirth })}
            error={errors.dateOfBirth}
          />
          <Choice
            id={`${id}-sex`}
            legend={t("babies:summary.sex")}
            hint={t("babies:form.sexHint")}
            options={[
              { value: "female", label: t("babies:sex.female") },
              { value: "male", label: t("babies:sex.male") },
            ]}
            value={newBaby.sex}
            onChange={(sex) => change({ sex })}
            error={errors.sex}
          />
        </div>
      )}
      {beforeBirth > 0 && (
        <p className="rounded-lg bg-amber-50 p-2 text-sm text-amber-950">
          {t("imports:preview.beforeBirth", { count: beforeBirth })}
        </p>
      )}
    </section>
  );
}
