import type { RouterOutputs } from "@upnest/api";
import type { Baby } from "@upnest/schemas";
import { Globe, Info, Pencil, Plus, Trash2 } from "lucide-react";
import { useState } from "react";
import { Button } from "../../../components/button.tsx";
import { Choice } from "../../../components/choice.tsx";
import { ChangeProblem } from "../../../components/permission.tsx";
import { Empty, ErrorState, Loading } from "../../../components/states.tsx";
import { useT } from "../../../i18n/use-t.ts";
import { ageOn, localToday, showDate } from "../../../lib/dates.ts";
import { idempotencyKeys } from "../../../lib/idempotency.ts";
import {
  useAddDose,
  useDeleteDose,
  useDoses,
  useSetSchedule,
  useUpdateDose,
  useVaccinationStatus,
  useVaccineProducts,
} from "../api/vaccinations.ts";
import { byUrgency, doseVerdict, statusBadge } from "../status.ts";
import { DoseForm, doseToValues, emptyDose } from "./dose-form.tsx";

type Status = RouterOutputs["vaccinations"]["status"];
type Group = Status["groups"][number];
type StatusDose = Status["doses"][number];

export function StatusBadge({ status }: { status: string }) {
  const badge = statusBadge(status);
  return (
    <span
      className={`inline-flex shrink-0 items-center rounded-full px-2.5 py-0.5 text-sm font-medium ${badge.className}`}
    >
      {badge.label}
    </span>
  );
}

/** A baby's vaccinations: the schedule's forecast per vaccine group, the recorded doses with what they count for, and recording a dose. */
export function VaccinationsView({ baby }: { baby: Baby }) {
  const status = useVaccinationStatus(baby.babyId);
  const products = useVaccineProducts();
  const canWrite = baby.role !== "viewer";
  const [adding, setAdding] = useState(false);
  const add = useAddDose();
  const [keyFor] = useState(() => idempotencyKeys());
  const schedule = useSetSchedule();
  const t = useT();
  const schedules = [
    { value: "cdc", label: t("vaccines:scheduleName.cdc") },
    { value: "who", label: t("vaccines:scheduleName.who") },
  ] as const;

  if (!status.data)
    return status.isError ? (
      <ErrorState error={status.error} onRetry={() => void status.refetch()} />
    ) : (
      <Loading label={t("vaccines:loading")} />
    );
  const s = status.data;
  const productList = products.data ?? [];

  return (
    <div className="space-y-6">
      <aside className="space-y-2 rounded-xl border border-teal-200 bg-teal-50 p-4 text-sm text-teal-950">
        <p className="flex items-start gap-2 font-medium">
          <Info aria-hidden className="mt-0.5 size-4 shrink-0" />
          {s.note}
        </p>
        <p>{t("vaccines:notAdvice")}</p>
      </aside>

      {canWrite &&
        (adding ? (
          products.isError ? (
            <ErrorState error={products.error} onRetry={() => void products.refetch()} />
          ) : !products.data ? (
            <Loading label={t("vaccines:loadingVaccines")} />
          ) : (
            <section aria-label={t("vaccines:recordDose")} className="space-y-2">
              <h2 className="text-xl font-semibold text-stone-900">{t("vaccines:recordDose")}</h2>
              <DoseForm
                idPrefix="dose"
                initial={emptyDose(localToday())}
                products={productList}
                schedule={s.schedule}
                submitLabel={t("vaccines:saveDose")}
                pending={add.isPending}
                error={add.error}
                onCancel={() => {
                  setAdding(false);
                  add.reset();
                }}
                onSubmit={(fields) =>
                  add.mutate(
                    { babyId: baby.babyId, ...fields, idempotencyKey: keyFor(fields) },
                    { onSuccess: () => setAdding(false) },
                  )
                }
              />
            </section>
          )
        ) : (
          <Button className="w-full sm:w-auto" onClick={() => setAdding(true)}>
            <Plus aria-hidden className="size-5" /> {t("vaccines:recordDose")}
          </Button>
        ))}

      <section aria-labelledby="groups-heading" className="space-y-3">
        <h2 id="groups-heading" className="text-xl font-semibold text-stone-900">
          {t("vaccines:groups")}
        </h2>
        <p className="text-sm text-stone-600">
          {s.schedule === "who" ? t("vaccines:whoNote") : t("vaccines:cdcNote")}
          {t("vaccines:assessedOn", { date: showDate(s.assessedOn) })}
          {canWrite ? t("vaccines:canChange") : t("vaccines:end")}
        </p>
        <ul aria-label={t("vaccines:groupsLabel")} className="space-y-3">
          {byUrgency(s.groups).map((g) => (
            <GroupCard key={g.vaccineGroup} group={g} />
          ))}
        </ul>
      </section>

      <section aria-labelledby="doses-heading" className="space-y-3">
        <h2 id="doses-heading" className="text-xl font-semibold text-stone-900">
          {t("vaccines:recorded")}
        </h2>
        {s.doses.length === 0 ? (
          <Empty title={t("vaccines:noDoses")}>
            <p className="text-sm text-stone-600">{t("vaccines:noDosesText")}</p>
          </Empty>
        ) : (
          <DoseList baby={baby} doses={s.doses} schedule={s.schedule} products={productList} />
        )}
      </section>

      <section aria-labelledby="schedule-heading" className="space-y-2 rounded-xl bg-white p-4 shadow-sm">
        <h2 id="schedule-heading" className="font-semibold text-stone-900">
          {t("vaccines:schedule")}
        </h2>
        {canWrite ? (
          <Choice
            id="vaccination-schedule"
            legend={t("vaccines:whichSchedule")}
            options={schedules}
            value={schedule.isPending ? (schedule.variables.patch.vaccinationSchedule ?? s.schedule) : s.schedule}
            onChange={(value) => value !== s.schedule && schedule.setSchedule(baby.babyId, baby.version, value)}
          />
        ) : (
          <p className="text-stone-800">{t(`vaccines:scheduleName.${s.schedule === "who" ? "who" : "cdc"}`)}</p>
        )}
        <p className="text-sm text-stone-600">{s.schedule === "who" ? t("vaccines:whoMethod") : s.method}</p>
        {schedule.isPending && <p className="text-sm text-stone-500">{t("vaccines:switching")}</p>}
        <ChangeProblem error={schedule.error} />
      </section>
    </div>
  );
}

function GroupCard({ group }: { group: Group }) {
  const badge = statusBadge(group.status);
  const next = group.nextDose;
  const shown = group.vaccines.slice(0, 3);
  const more = group.vaccines.slice(3);
  const t = useT();
  return (
    <li className="space-y-2 rounded-xl bg-white p-4 shadow-sm" aria-label={group.vaccineGroup}>
      <div className="flex items-start justify-between gap-3">
        <h3 className="min-w-0 break-words font-semibold text-stone-900">{group.vaccineGroup}</h3>
        <StatusBadge status={group.status} />
      </div>
      {badge.explanation && <p className="text-sm text-stone-600">{badge.explanation}</p>}
      {next && (
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-sm">
          <dt className="text-stone-500">{t("vaccines:next")}</dt>
          <dd className="text-stone-900">{t("vaccines:dose", { number: next.doseNumber })}</dd>
          <dt className="text-stone-500">{t("vaccines:dueFrom")}</dt>
          <dd className="text-stone-900">{showDate(next.dueFrom)}</dd>
          <dt className="text-stone-500">{t("vaccines:canBeGivenFrom")}</dt>
          <dd className="text-stone-900">{showDate(next.canBeGivenFrom)}</dd>
          {next.overdueAfter && (
            <>
              <dt className="text-stone-500">{t("vaccines:overdueAfter")}</dt>
              <dd className="text-stone-900">{showDate(next.overdueAfter)}</dd>
            </>
          )}
          {next.lastDate && (
            <>
              <dt className="text-stone-500">{t("vaccines:lastDate")}</dt>
              <dd className="text-stone-900">{showDate(next.lastDate)}</dd>
            </>
          )}
        </dl>
      )}
      {group.vaccines.length > 0 && (
        <div className="text-sm text-stone-700">
          <p className="font-medium text-stone-800">{t("vaccines:canBeGivenAs")}</p>
          <ul className="list-disc pl-5">
            {shown.map((v) => (
              <li key={v.cvx} className="break-words">
                {v.name}
              </li>
            ))}
          </ul>
          {more.length > 0 && (
            <details className="mt-1">
              <summary className="min-h-11 cursor-pointer py-2 text-teal-800">
                {t("vaccines:moreVaccines", { count: more.length })}
              </summary>
              <ul className="list-disc pl-5">
                {more.map((v) => (
                  <li key={v.cvx} className="break-words">
                    {v.name}
                  </li>
                ))}
              </ul>
            </details>
          )}
        </div>
      )}
    </li>
  );
}

function DoseList({
  baby,
  doses,
  schedule,
  products,
}: {
  baby: Baby;
  doses: StatusDose[];
  schedule: string;
  products: readonly { cvx: string; name: string; schedules: readonly string[] }[];
}) {
  const records = useDoses(baby.babyId);
  const update = useUpdateDose();
  const remove = useDeleteDose();
  const [editing, setEditing] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const canWrite = baby.role !== "viewer";
  const t = useT();
  const byId = new Map((records.data?.items ?? []).map((r) => [r.vaccinationId, r]));
  const sorted = [...doses].sort((a, b) => b.dateGiven.localeCompare(a.dateGiven));
  return (
    <ul aria-label={t("vaccines:doses")} className="divide-y divide-stone-200 rounded-xl bg-white shadow-sm">
      {sorted.map((d) => {
        const record = byId.get(d.vaccinationId);
        const verdict = doseVerdict(d, schedule);
        if (editing === d.vaccinationId && record) {
          return (
            <li key={d.vaccinationId} className="p-2">
              <DoseForm
                idPrefix={`edit-${d.vaccinationId}`}
                initial={doseToValues(record)}
                products={products}
                schedule={schedule}
                submitLabel={t("saveChanges")}
                pending={update.isPending}
                error={update.error}
                onCancel={() => {
                  setEditing(null);
                  update.reset();
                }}
                onSubmit={(fields) =>
                  update.mutate(
                    { babyId: baby.babyId, vaccinationId: d.vaccinationId, version: record.version, ...fields },
                    { onSuccess: () => setEditing(null) },
                  )
                }
              />
            </li>
          );
        }
        return (
          <li key={d.vaccinationId} className="space-y-2 p-4">
            <div className="flex items-start justify-between gap-3">
              <div className="min-w-0">
                <p className="break-words font-medium text-stone-900">{d.product}</p>
                <p className="text-sm text-stone-500">
                  {t("vaccines:givenAt", { date: showDate(d.dateGiven), age: ageOn(baby.dateOfBirth, d.dateGiven) })}
                </p>
              </div>
              <DoseBadge counts={verdict.counts} />
            </div>
            {d.givenAbroad && (
              <p className="flex items-center gap-1 text-sm text-stone-600">
                <Globe aria-hidden className="size-4" /> {t("vaccines:givenAbroad")}
              </p>
            )}
            <ul className="space-y-0.5 text-sm text-stone-700">
              {verdict.lines.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
            {record && (record.lotNumber || record.clinic || record.reactions) && (
              <p className="break-words text-sm text-stone-600">
                {[
                  record.lotNumber && t("vaccines:lot", { lot: record.lotNumber }),
                  record.clinic,
                  record.reactions && t("vaccines:reactionsWere", { reactions: record.reactions }),
                ]
                  .filter(Boolean)
                  .join(" · ")}
              </p>
            )}
            {canWrite && record && (
              <div className="flex flex-wrap gap-2">
                <Button variant="secondary" onClick={() => setEditing(d.vaccinationId)}>
                  <Pencil aria-hidden className="size-4" /> {t("edit")}
                </Button>
                {confirming === d.vaccinationId ? (
                  <>
                    <Button
                      variant="secondary"
                      className="border-red-300 text-red-800"
                      disabled={remove.isPending}
                      onClick={() =>
                        remove.mutate(
                          { babyId: baby.babyId, vaccinationId: d.vaccinationId, version: record.version },
                          { onSuccess: () => setConfirming(null) },
                        )
                      }
                    >
                      <Trash2 aria-hidden className="size-4" />{" "}
                      {remove.isPending ? t("vaccines:deleting") : t("vaccines:confirmDelete")}
                    </Button>
                    <Button variant="quiet" onClick={() => setConfirming(null)}>
                      {t("vaccines:keep")}
                    </Button>
                  </>
                ) : (
                  <Button variant="quiet" onClick={() => setConfirming(d.vaccinationId)}>
                    <Trash2 aria-hidden className="size-4" /> {t("delete")}
                  </Button>
                )}
              </div>
            )}
            {confirming === d.vaccinationId && <ChangeProblem error={remove.error} />}
          </li>
        );
      })}
    </ul>
  );
}

function DoseBadge({ counts }: { counts: "yes" | "no" | "partly" | "not-evaluated" }) {
  const t = useT();
  const look = {
    yes: "bg-teal-100 text-teal-900",
    partly: "bg-amber-100 text-amber-900",
    no: "bg-orange-100 text-orange-900",
    "not-evaluated": "bg-stone-200 text-stone-700",
  }[counts];
  return (
    <span className={`inline-flex shrink-0 items-center rounded-full px-2.5 py-0.5 text-sm font-medium ${look}`}>
      {t(`vaccines:counts.${counts}`)}
    </span>
  );
}
