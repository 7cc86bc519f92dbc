import { conditionName, searchConditionNames } from "@upnest/immunizations/words";
import type { Baby, BabyCondition, MaternalRsvStatus } from "@upnest/schemas";
import { Pencil, Plus, X } from "lucide-react";
import { useState } from "react";
import { Button } from "../../../components/button.tsx";
import { Choice } from "../../../components/choice.tsx";
import { DateField, Field, inputClass } from "../../../components/field.tsx";
import { FormProblem } from "../../../components/states.tsx";
import { currentLanguage } from "../../../i18n/i18n.ts";
import { useT } from "../../../i18n/use-t.ts";
import { showDate } from "../../../lib/dates.ts";
import { fieldErrorsOf } from "../../../lib/errors.ts";
import { useSaveHealth } from "../api/vaccinations.ts";

const nameOf = (code: string) => conditionName(code, currentLanguage()) ?? code;
const MAX_RESULTS = 8;

/** What changes the schedule beyond age: the child's conditions (CDC's list, in plain words) and the mother's RSV vaccine. */
export function HealthSection({ baby }: { baby: Baby }) {
  const t = useT();
  const [editing, setEditing] = useState(false);
  const canWrite = baby.role !== "viewer";
  const conditions = baby.conditions ?? [];
  const rsv = baby.maternalRsvVaccine;
  return (
    <section aria-labelledby="health-heading" className="space-y-3 rounded-xl bg-white p-4 shadow-sm">
      <h2 id="health-heading" className="font-semibold text-stone-900">
        {t("vaccines:health.title")}
      </h2>
      <p className="text-sm text-stone-600">{t("vaccines:health.why")}</p>
      {editing ? (
        <HealthForm baby={baby} onDone={() => setEditing(false)} />
      ) : (
        <>
          <dl className="space-y-2 text-sm">
            <dt className="font-medium text-stone-800">{t("vaccines:health.conditions")}</dt>
            <dd className="text-stone-700">
              {conditions.length === 0 ? (
                t("vaccines:health.noConditions")
              ) : (
                <ul aria-label={t("vaccines:health.conditions")} className="list-disc pl-5">
                  {conditions.map((c) => (
                    <li key={c.code}>
                      {nameOf(c.code)}
                      {c.date && ` · ${t("vaccines:health.since", { date: showDate(c.date) })}`}
                    </li>
                  ))}
                </ul>
              )}
            </dd>
            <dt className="font-medium text-stone-800">{t("vaccines:health.motherRsv")}</dt>
            <dd className="text-stone-700">
              {rsv
                ? `${t(`vaccines:health.rsv.${rsv.status}`)}${rsv.date ? ` · ${showDate(rsv.date)}` : ""}`
                : t("vaccines:health.rsv.notSaid")}
            </dd>
          </dl>
          {canWrite && (
            <Button variant="secondary" onClick={() => setEditing(true)}>
              <Pencil aria-hidden className="size-4" /> {t("vaccines:health.change")}
            </Button>
          )}
        </>
      )}
    </section>
  );
}

function HealthForm({ baby, onDone }: { baby: Baby; onDone: () => void }) {
  const t = useT();
  const save = useSaveHealth();
  const [chosen, setChosen] = useState<BabyCondition[]>(baby.conditions ?? []);
  const [query, setQuery] = useState("");
  const [status, setStatus] = useState<MaternalRsvStatus | "">(baby.maternalRsvVaccine?.status ?? "");
  const [rsvDate, setRsvDate] = useState(baby.maternalRsvVaccine?.date ?? "");
  const errors = save.error ? fieldErrorsOf(save.error) : {};
  const found = query.trim() ? searchConditionNames(query).filter((c) => !chosen.some((x) => x.code === c)) : [];
  const statuses = (["given", "not-given", "unknown"] as const).map((value) => ({
    value,
    label: t(`vaccines:health.rsv.${value}`),
  }));
  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        const mother = status === "" ? null : { status, ...(status === "given" && rsvDate ? { date: rsvDate } : {}) };
        save.saveHealth(baby, chosen, mother, onDone);
      }}
    >
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-stone-800">{t("vaccines:health.conditions")}</legend>
        {chosen.length === 0 && <p className="text-sm text-stone-600">{t("vaccines:health.noConditions")}</p>}
        <ul aria-label={t("vaccines:health.chosen")} className="space-y-2">
          {chosen.map((c) => (
            <li key={c.code} className="space-y-2 rounded-lg border border-stone-200 p-3">
              <div className="flex items-start justify-between gap-2">
                <span className="min-w-0 break-words font-medium text-stone-900">{nameOf(c.code)}</span>
                <Button
                  variant="quiet"
                  aria-label={t("vaccines:health.remove", { name: nameOf(c.code) })}
                  onClick={() => setChosen((list) => list.filter((x) => x.code !== c.code))}
                >
                  <X aria-hidden className="size-4" />
                </Button>
              </div>
              <DateField
                id={`condition-date-${c.code}`}
                label={t("vaccines:health.dateOptional")}
                value={c.date ?? ""}
                onChange={(v) =>
                  setChosen((list) =>
                    list.map((x) => (x.code === c.code ? { code: x.code, ...(v ? { date: v } : {}) } : x)),
                  )
                }
              />
            </li>
          ))}
        </ul>
        {errors.conditions && (
          <p role="alert" className="text-sm text-red-700">
            {errors.conditions}
          </p>
        )}
        <Field id="condition-search" label={t("vaccines:health.search")} hint={t("vaccines:health.searchHint")}>
          <input
            id="condition-search"
            type="search"
            className={inputClass}
            autoComplete="off"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
        </Field>
        {query.trim() !== "" && (
          <ul aria-label={t("vaccines:health.results")} className="space-y-1">
            {found.length === 0 && <li className="text-sm text-stone-600">{t("vaccines:health.noMatch")}</li>}
            {found.slice(0, MAX_RESULTS).map((code) => (
              <li key={code}>
                <Button
                  variant="quiet"
                  className="w-full justify-start text-left"
                  onClick={() => {
                    setChosen((list) => [...list, { code }]);
                    setQuery("");
                  }}
                >
                  <Plus aria-hidden className="size-4 shrink-0" /> {nameOf(code)}
                </Button>
              </li>
            ))}
          </ul>
        )}
      </fieldset>
      <Choice
        id="maternal-rsv"
        legend={t("vaccines:health.motherRsv")}
        hint={t("vaccines:health.motherRsvHint")}
        options={statuses}
        value={status}
        onChange={setStatus}
        error={status === "given" ? undefined : errors.maternalRsvVaccine}
      />
      {status === "given" && (
        <DateField
          id="maternal-rsv-date"
          label={t("vaccines:health.motherRsvDate")}
          value={rsvDate}
          onChange={setRsvDate}
          error={errors.maternalRsvVaccine}
        />
      )}
      <FormProblem error={save.error} fields={["conditions", "maternalRsvVaccine"]} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={save.isPending}>
          {save.isPending ? t("saving") : t("vaccines:health.save")}
        </Button>
        <Button
          variant="secondary"
          onClick={() => {
            save.reset();
            onDone();
          }}
        >
          {t("cancel")}
        </Button>
      </div>
    </form>
  );
}
