import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@upnest/api";
import type { Baby } from "@upnest/schemas";
import { Globe, Info, Pencil, Plus, Trash2 } from "lucide-react";
import { useState } from "react";
import { Button } from "../../../components/button.tsx";
import { Choice } from "../../../components/choice.tsx";
import { ChangeProblem } from "../../../components/permission.tsx";
import { Empty, ErrorState, Loading } from "../../../components/states.tsx";
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

type Status = inferRouterOutputs<AppRouter>["vaccinations"]["status"];
type Group = Status["groups"][number];
type StatusDose = Status["doses"][number];

const SCHEDULES = [
  { value: "cdc", label: "CDC (US)" },
  { value: "who", label: "WHO" },
] as const;

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

  if (!status.data)
    return status.isError ? (
      <ErrorState error={status.error} onRetry={() => void status.refetch()} />
    ) : (
      <Loading label="Loading vaccinations…" />
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
        <p>These dates help you prepare for a visit; they are not medical advice.</p>
      </aside>

      {canWrite &&
        (adding ? (
          products.isError ? (
            <ErrorState error={products.error} onRetry={() => void products.refetch()} />
          ) : !products.data ? (
            <Loading label="Loading vaccines…" />
          ) : (
            <section aria-label="Record a dose" className="space-y-2">
              <h2 className="text-xl font-semibold text-stone-900">Record a dose</h2>
              <DoseForm
                idPrefix="dose"
                initial={emptyDose(localToday())}
                products={productList}
                schedule={s.schedule}
                submitLabel="Save dose"
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
            <Plus aria-hidden className="size-5" /> Record a dose
          </Button>
        ))}

      <section aria-labelledby="groups-heading" className="space-y-3">
        <h2 id="groups-heading" className="text-xl font-semibold text-stone-900">
          Vaccines
        </h2>
        <p className="text-sm text-stone-600">
          {s.schedule === "who"
            ? "WHO schedule: forecasts by recommended age and minimum interval only."
            : "CDC schedule."}{" "}
          Assessed on {showDate(s.assessedOn)}
          {canWrite ? "; the schedule can be changed at the bottom of the page." : "."}
        </p>
        <ul aria-label="Vaccine groups" className="space-y-3">
          {byUrgency(s.groups).map((g) => (
            <GroupCard key={g.vaccineGroup} group={g} />
          ))}
        </ul>
      </section>

      <section aria-labelledby="doses-heading" className="space-y-3">
        <h2 id="doses-heading" className="text-xl font-semibold text-stone-900">
          Recorded doses
        </h2>
        {s.doses.length === 0 ? (
          <Empty title="No doses recorded yet">
            <p className="text-sm text-stone-600">Copy the doses from the vaccination card to see what comes next.</p>
          </Empty>
        ) : (
          <DoseList baby={baby} doses={s.doses} schedule={s.schedule} products={productList} />
        )}
      </section>

      <section aria-labelledby="schedule-heading" className="space-y-2 rounded-xl bg-white p-4 shadow-sm">
        <h2 id="schedule-heading" className="font-semibold text-stone-900">
          Schedule
        </h2>
        {canWrite ? (
          <Choice
            id="vaccination-schedule"
            legend="Which schedule to follow"
            options={SCHEDULES}
            value={schedule.isPending ? (schedule.variables.patch.vaccinationSchedule ?? s.schedule) : s.schedule}
            onChange={(value) => value !== s.schedule && schedule.setSchedule(baby.babyId, baby.version, value)}
          />
        ) : (
          <p className="text-stone-800">{s.schedule === "who" ? "WHO" : "CDC (US)"}</p>
        )}
        <p className="text-sm text-stone-600">
          {s.schedule === "who" ? "WHO's recommended routine ages, for families outside the US." : s.method}
        </p>
        {schedule.isPending && <p className="text-sm text-stone-500">Switching schedule…</p>}
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
  return (
    <li className="space-y-2 rounded-xl bg-white p-4 shadow-sm" aria-label={group.vaccineGroup}>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <h3 className="min-w-0 break-words font-semibold text-stone-900">{group.vaccineGroup}</h3>
        <StatusBadge status={group.status} />
      </div>
      {badge.explanation && <p className="text-sm text-stone-600">{badge.explanation}</p>}
      {next && (
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-sm">
          <dt className="text-stone-500">Next</dt>
          <dd className="text-stone-900">Dose {next.doseNumber}</dd>
          <dt className="text-stone-500">Due from</dt>
          <dd className="text-stone-900">{showDate(next.dueFrom)}</dd>
          <dt className="text-stone-500">Can be given from</dt>
          <dd className="text-stone-900">{showDate(next.canBeGivenFrom)}</dd>
          {next.overdueAfter && (
            <>
              <dt className="text-stone-500">Overdue after</dt>
              <dd className="text-stone-900">{showDate(next.overdueAfter)}</dd>
            </>
          )}
          {next.lastDate && (
            <>
              <dt className="text-stone-500">Last date</dt>
              <dd className="text-stone-900">{showDate(next.lastDate)}</dd>
            </>
          )}
        </dl>
      )}
      {group.vaccines.length > 0 && (
        <div className="text-sm text-stone-700">
          <p className="font-medium text-stone-800">Can be given as</p>
          <ul className="list-disc pl-5">
            {shown.map((v) => (
              <li key={v.cvx} className="break-words">
                {v.name} <span className="text-stone-500">(CVX {v.cvx})</span>
              </li>
            ))}
          </ul>
          {more.length > 0 && (
            <details className="mt-1">
              <summary className="min-h-11 cursor-pointer py-2 text-teal-800">{more.length} more vaccines</summary>
              <ul className="list-disc pl-5">
                {more.map((v) => (
                  <li key={v.cvx} className="break-words">
                    {v.name} <span className="text-stone-500">(CVX {v.cvx})</span>
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
  const remove = useDeleteDose(baby.babyId);
  const [editing, setEditing] = useState<string | null>(null);
  const canWrite = baby.role !== "viewer";
  const byId = new Map((records.data?.items ?? []).map((r) => [r.vaccinationId, r]));
  const sorted = [...doses].sort((a, b) => b.dateGiven.localeCompare(a.dateGiven));
  return (
    <ul aria-label="Doses" className="divide-y divide-stone-200 rounded-xl bg-white shadow-sm">
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
                submitLabel="Save changes"
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
            <div className="flex flex-wrap items-start justify-between gap-3">
              <div className="min-w-0">
                <p className="break-words font-medium text-stone-900">
                  {d.product} <span className="text-sm font-normal whitespace-nowrap text-stone-500">CVX {d.cvx}</span>
                </p>
                <p className="text-sm text-stone-500">
                  {showDate(d.dateGiven)} · at {ageOn(baby.dateOfBirth, d.dateGiven)}
                </p>
              </div>
              <DoseBadge counts={verdict.counts} />
            </div>
            {d.givenAbroad && (
              <p className="flex items-center gap-1 text-sm text-stone-600">
                <Globe aria-hidden className="size-4" /> Given abroad
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
                  record.lotNumber && `Lot ${record.lotNumber}`,
                  record.clinic,
                  record.reactions && `Reactions: ${record.reactions}`,
                ]
                  .filter(Boolean)
                  .join(" · ")}
              </p>
            )}
            {canWrite && record && (
              <div className="flex flex-wrap gap-2">
                <Button variant="secondary" onClick={() => setEditing(d.vaccinationId)}>
                  <Pencil aria-hidden className="size-4" /> Edit
                </Button>
                <Button variant="quiet" disabled={remove.isPending} onClick={() => remove.deleteDose(record)}>
                  <Trash2 aria-hidden className="size-4" /> Delete
                </Button>
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}

function DoseBadge({ counts }: { counts: "yes" | "no" | "partly" | "not-evaluated" }) {
  const look = {
    yes: ["Counts", "bg-teal-100 text-teal-900"],
    partly: ["Partly counts", "bg-amber-100 text-amber-900"],
    no: ["Does not count", "bg-orange-100 text-orange-900"],
    "not-evaluated": ["Not evaluated", "bg-stone-200 text-stone-700"],
  }[counts];
  return (
    <span className={`inline-flex shrink-0 items-center rounded-full px-2.5 py-0.5 text-sm font-medium ${look[1]}`}>
      {look[0]}
    </span>
  );
}
