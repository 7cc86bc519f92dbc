import { addVisitInput } from "@upnest/schemas";
import { useState } from "react";
import { Button } from "../../../components/button.tsx";
import { DateField, describedBy, Field, inputClass } from "../../../components/field.tsx";
import { isForbidden } from "../../../components/permission.tsx";
import { FormProblem } from "../../../components/states.tsx";
import { useT } from "../../../i18n/use-t.ts";
import { localToday } from "../../../lib/dates.ts";
import { fieldErrorsOf } from "../../../lib/errors.ts";
import { zodFieldErrors } from "../../../lib/forms.ts";
import { idempotencyKeys } from "../../../lib/idempotency.ts";
import { useAddVisit } from "../api/vaccinations.ts";
import { ageInDays } from "../visit.ts";
import { countsFor, type ProductMatch, ProductPicker } from "./product-picker.tsx";

type Row = { product: ProductMatch; ticked: boolean; lot: string };
const keyOf = (p: ProductMatch) => `${p.cvx}-${p.brand}`;

/** A visit: the date and clinic once, the vaccines given ticked (each with an optional lot), saved in one call. */
export function VisitForm({
  babyId,
  dateOfBirth,
  suggestions,
  onDone,
}: {
  babyId: string;
  dateOfBirth: string;
  suggestions: readonly ProductMatch[];
  onDone: () => void;
}) {
  const t = useT();
  const add = useAddVisit();
  const [keyFor] = useState(() => idempotencyKeys());
  const [dateGiven, setDateGiven] = useState(localToday());
  const [clinic, setClinic] = useState("");
  const [rows, setRows] = useState<Row[]>(() => suggestions.map((product) => ({ product, ticked: false, lot: "" })));
  const [own, setOwn] = useState<Record<string, string>>({});
  const server = add.error ? fieldErrorsOf(add.error) : {};
  const message = (field: string) => own[field] ?? server[field];
  const change = (key: string, patch: Partial<Row>) => {
    setRows((rs) => rs.map((r) => (keyOf(r.product) === key ? { ...r, ...patch } : r)));
    setOwn({});
  };
  const addProduct = (product: ProductMatch) => {
    setRows((rs) =>
      rs.some((r) => keyOf(r.product) === keyOf(product))
        ? rs.map((r) => (keyOf(r.product) === keyOf(product) ? { ...r, ticked: true } : r))
        : [...rs, { product, ticked: true, lot: "" }],
    );
    setOwn({});
  };
  const submit = () => {
    const doses = rows
      .filter((r) => r.ticked)
      .map((r) => ({ cvx: r.product.cvx, ...(r.lot.trim() ? { lotNumber: r.lot.trim() } : {}) }));
    // The API's own input schema: the same messages (in the app's language) before anything is sent.
    const parsed = addVisitInput.safeParse({
      babyId,
      dateGiven,
      ...(clinic.trim() ? { clinic: clinic.trim() } : {}),
      doses,
    });
    if (!parsed.success) return setOwn(zodFieldErrors(parsed.error));
    add.mutate({ ...parsed.data, idempotencyKey: keyFor(parsed.data) }, { onSuccess: onDone });
  };

  return (
    <form
      noValidate
      aria-labelledby="visit-form-title"
      className="space-y-4 rounded-2xl bg-white p-4 shadow-sm sm:p-6"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <h2 id="visit-form-title" className="text-xl font-semibold text-stone-900">
        {t("vaccines:visitForm.title")}
      </h2>
      <DateField
        id="visit-date"
        label={t("vaccines:form.dateGiven")}
        value={dateGiven}
        onChange={(v) => {
          setDateGiven(v);
          setOwn({});
        }}
        error={message("dateGiven")}
      />
      <Field id="visit-clinic" label={t("vaccines:form.clinic")} error={message("clinic")}>
        <input
          id="visit-clinic"
          className={inputClass}
          autoComplete="off"
          value={clinic}
          onChange={(e) => setClinic(e.target.value)}
          {...describedBy("visit-clinic", message("clinic"))}
        />
      </Field>
      <fieldset className="space-y-2" {...describedBy("visit-doses", message("doses"))}>
        <legend className="text-sm font-medium text-stone-800">{t("vaccines:visitForm.given")}</legend>
        {rows.length > 0 && <p className="text-sm text-stone-600">{t("vaccines:visitForm.suggested")}</p>}
        <ul className="space-y-2">
          {rows.map((r) => {
            const key = keyOf(r.product);
            return (
              <li key={key} className="rounded-lg border border-stone-200 p-3">
                <label className="flex min-h-11 items-start gap-3">
                  <input
                    type="checkbox"
                    className="mt-1 size-5 shrink-0 accent-teal-700"
                    checked={r.ticked}
                    onChange={(e) => change(key, { ticked: e.target.checked })}
                  />
                  <span className="min-w-0">
                    <span className="block break-words font-medium text-stone-900">{r.product.brand}</span>
                    <span className="block break-words text-sm text-stone-600">
                      {t("vaccines:picker.countsFor", {
                        names: r.product.names[0] ?? "",
                        antigens: countsFor(r.product),
                      })}
                    </span>
                  </span>
                </label>
                {r.ticked && (
                  <div className="mt-2 pl-8">
                    <label htmlFor={`lot-${key}`} className="block text-sm text-stone-700">
                      {t("vaccines:visitForm.lotOf", { brand: r.product.brand })}
                    </label>
                    <input
                      id={`lot-${key}`}
                      className={inputClass}
                      autoComplete="off"
                      value={r.lot}
                      onChange={(e) => change(key, { lot: e.target.value })}
                    />
                  </div>
                )}
              </li>
            );
          })}
        </ul>
        {message("doses") && (
          <p id="visit-doses-error" role="alert" className="text-sm text-red-700">
            {message("doses")}
          </p>
        )}
      </fieldset>
      <Field id="visit-search" label={t("vaccines:visitForm.another")}>
        <ProductPicker
          id="visit-search"
          ageInDays={ageInDays(dateOfBirth, dateGiven)}
          clearOnPick
          onPick={addProduct}
          error={undefined}
        />
      </Field>
      {isForbidden(add.error) ? (
        <p role="alert" className="rounded-lg border border-red-200 bg-red-50 p-3 text-sm text-red-900">
          {t("access.notAllowed")}
        </p>
      ) : (
        <FormProblem error={add.error} fields={["dateGiven", "clinic", "doses"]} />
      )}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={add.isPending}>
          {add.isPending ? t("saving") : t("vaccines:visitForm.save")}
        </Button>
        <Button
          variant="secondary"
          onClick={() => {
            add.reset();
            onDone();
          }}
        >
          {t("cancel")}
        </Button>
      </div>
    </form>
  );
}
