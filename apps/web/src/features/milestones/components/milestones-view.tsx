import type { RouterOutputs } from "@upnest/api";
import { addCustomMilestoneInput, type Baby, latestToday } from "@upnest/schemas";
import { Check, Info, Plus, Star, Undo2 } from "lucide-react";
import { useState } from "react";
import { Button } from "../../../components/button.tsx";
import { describedBy, Field, inputClass } from "../../../components/field.tsx";
import { ChangeProblem, isForbidden } from "../../../components/permission.tsx";
import { ErrorState, Loading } from "../../../components/states.tsx";
import { useT } from "../../../i18n/use-t.ts";
import { localToday, showDate } from "../../../lib/dates.ts";
import { fieldErrorsOf } from "../../../lib/errors.ts";
import { zodFieldErrors } from "../../../lib/forms.ts";
import { checklistTitle, describeAgeDays, domainLabel } from "../ages.ts";
import { useAddCustomMilestone, useDeleteMilestone, useMarkMilestone, useMilestones } from "../api/milestones.ts";

type View = RouterOutputs["milestones"]["view"];
type Checklist = View["checklists"][number];
type Item = Checklist["milestones"][number];
type MilestoneRecord = View["records"][number];

/** A baby's milestones by checklist age: the current and next checklists open, marking with a date, custom milestones. */
export function MilestonesView({ baby }: { baby: Baby }) {
  const view = useMilestones(baby.babyId);
  const t = useT();
  if (!view.data)
    return view.isError ? (
      <ErrorState error={view.error} onRetry={() => void view.refetch()} />
    ) : (
      <Loading label={t("milestones:loading")} />
    );
  const v = view.data;
  const canWrite = baby.role !== "viewer";
  const recordFor = new Map(v.records.filter((r) => r.milestoneId).map((r) => [r.milestoneId as string, r]));
  // Current and next first, then the others in age order.
  const featured = v.checklists.filter((c) => c.current || c.next);
  const others = v.checklists.filter((c) => !c.current && !c.next);

  return (
    <div className="space-y-6">
      <section aria-label={t("milestones:ageLabel")} className="space-y-1 rounded-xl bg-white p-4 shadow-sm">
        {v.age.corrected && v.age.correctedDays !== null ? (
          <>
            <p className="text-stone-900">
              <span className="font-medium">
                {t("milestones:correctedAge", { age: describeAgeDays(v.age.correctedDays) })}
              </span>
              {t("milestones:chronological", { age: describeAgeDays(v.age.chronologicalDays) })}
            </p>
            <p className="text-sm text-stone-600">
              {baby.gestationalAgeWeeks !== undefined
                ? t("milestones:bornEarlyAt", { weeks: baby.gestationalAgeWeeks })
                : t("milestones:bornEarly")}
            </p>
          </>
        ) : (
          <p className="text-stone-900">
            <span className="font-medium">
              {t("milestones:age", { age: describeAgeDays(v.age.chronologicalDays) })}
            </span>
          </p>
        )}
        <p className="text-sm text-stone-600">
          {v.currentChecklist === null
            ? t("milestones:firstAt")
            : t("milestones:now", { title: checklistTitle(v.currentChecklist) })}
          {v.nextChecklist !== null && t("milestones:next", { title: checklistTitle(v.nextChecklist) })}
        </p>
      </section>

      <aside className="flex items-start gap-2 rounded-xl border border-teal-200 bg-teal-50 p-4 text-sm text-teal-950">
        <Info aria-hidden className="mt-0.5 size-4 shrink-0" />
        <p>{v.source.note}</p>
      </aside>

      {canWrite && <p className="text-sm text-stone-600">{t("milestones:tapToMark")}</p>}
      {featured.map((c) => (
        <ChecklistCard key={c.ageMonths} baby={baby} checklist={c} recordFor={recordFor} canWrite={canWrite} open />
      ))}

      <CustomMilestones baby={baby} custom={v.custom} canWrite={canWrite} />

      <section aria-labelledby="other-checklists" className="space-y-2">
        <h2 id="other-checklists" className="text-xl font-semibold text-stone-900">
          {t("milestones:otherChecklists")}
        </h2>
        {others.map((c) => (
          <ChecklistCard
            key={c.ageMonths}
            baby={baby}
            checklist={c}
            recordFor={recordFor}
            canWrite={canWrite}
            open={false}
          />
        ))}
      </section>

      <p className="text-sm text-stone-600">
        {t("milestones:source")}
        <a href={v.source.url} target="_blank" rel="noreferrer" className="text-teal-800 underline">
          {v.source.publisher}, {v.source.title}
        </a>
        {t("milestones:sourceRest", { revision: v.source.revision })}
      </p>
    </div>
  );
}

function ChecklistCard({
  baby,
  checklist,
  recordFor,
  canWrite,
  open,
}: {
  baby: Baby;
  checklist: Checklist;
  recordFor: Map<string, MilestoneRecord>;
  canWrite: boolean;
  open: boolean;
}) {
  const done = checklist.milestones.filter((m) => m.status === "achieved").length;
  const t = useT();
  const tag = checklist.current ? t("milestones:tagNow") : checklist.next ? t("milestones:tagNext") : null;
  const title = t("milestones:checklist", { title: checklistTitle(checklist.ageMonths) });
  const body = (
    <ul aria-label={title} className="divide-y divide-stone-100">
      {checklist.milestones.map((m) => (
        <MilestoneRow key={m.id} baby={baby} milestone={m} record={recordFor.get(m.id)} canWrite={canWrite} />
      ))}
    </ul>
  );
  const heading = (
    <span className="flex flex-wrap items-center gap-2">
      <span className="font-semibold text-stone-900">{title}</span>
      {tag && (
        <span
          className={`rounded-full px-2 py-0.5 text-xs font-medium ${checklist.current ? "bg-teal-700 text-white" : "bg-sky-100 text-sky-900"}`}
        >
          {tag}
        </span>
      )}
      <span className="text-sm text-stone-500">
        {t("milestones:marked", { done, total: checklist.milestones.length })}
      </span>
    </span>
  );
  if (open) {
    return (
      <section
        className={`space-y-2 rounded-xl bg-white p-4 shadow-sm ${checklist.current ? "ring-2 ring-teal-600" : "ring-1 ring-sky-200"}`}
      >
        <h2 className="text-lg">{heading}</h2>
        {body}
      </section>
    );
  }
  return (
    <details className="rounded-xl bg-white px-4 shadow-sm">
      <summary className="flex min-h-11 cursor-pointer items-center py-2">{heading}</summary>
      {body}
    </details>
  );
}

function MilestoneRow({
  baby,
  milestone,
  record,
  canWrite,
}: {
  baby: Baby;
  milestone: Item;
  record: MilestoneRecord | undefined;
  canWrite: boolean;
}) {
  const mark = useMarkMilestone();
  const unmark = useDeleteMilestone(baby.babyId);
  const [picking, setPicking] = useState(false);
  const [date, setDate] = useState(localToday());
  const t = useT();
  const dateError = mark.error && !isForbidden(mark.error) ? fieldErrorsOf(mark.error).achievedOn : undefined;
  const inputId = `ms-${milestone.id}-date`;
  return (
    <li className="space-y-2 py-2">
      <div className="flex items-start gap-2">
        {canWrite && milestone.status !== "achieved" ? (
          <button
            type="button"
            aria-label={t("milestones:markAchieved", { text: milestone.text })}
            aria-expanded={picking}
            onClick={() => setPicking((p) => !p)}
            className="-ml-2 flex size-11 shrink-0 items-center justify-center rounded-full hover:bg-teal-50 focus-visible:outline-2 focus-visible:outline-teal-700"
          >
            <span
              aria-hidden
              className={`flex size-6 items-center justify-center rounded-full border-2 ${picking ? "border-teal-700" : "border-stone-400"}`}
            />
          </button>
        ) : (
          <span aria-hidden className="-ml-2 flex size-11 shrink-0 items-center justify-center">
            <span
              className={`flex size-6 items-center justify-center rounded-full border-2 ${milestone.status === "achieved" ? "border-teal-700 bg-teal-700 text-white" : "border-stone-300"}`}
            >
              {milestone.status === "achieved" && <Check className="size-4" />}
            </span>
          </span>
        )}
        <div className="min-w-0 flex-1 pt-2.5">
          <p className="break-words text-stone-900">{milestone.text}</p>
          <p className="text-sm text-stone-500">
            {domainLabel(milestone.domain)} ·{" "}
            {milestone.status === "achieved" && milestone.achievedOn
              ? t("milestones:achieved", { date: showDate(milestone.achievedOn) })
              : milestone.status === "expected"
                ? t("milestones:notMarked")
                : t("milestones:comingUp")}
          </p>
          {canWrite && milestone.status === "achieved" && record && (
            <Button
              variant="quiet"
              className="-ml-4"
              disabled={unmark.isPending}
              onClick={() =>
                unmark.mutate({
                  babyId: baby.babyId,
                  milestoneRecordId: record.milestoneRecordId,
                  version: record.version,
                })
              }
            >
              <Undo2 aria-hidden className="size-4" />{" "}
              {unmark.isPending ? t("milestones:unmarking") : t("milestones:unmark")}
            </Button>
          )}
        </div>
      </div>
      {picking && (
        <form
          className="flex flex-wrap items-end gap-2 pl-9"
          onSubmit={(e) => {
            e.preventDefault();
            mark.mutate(
              { babyId: baby.babyId, milestoneId: milestone.id, achievedOn: date },
              { onSuccess: () => setPicking(false) },
            );
          }}
        >
          <Field id={inputId} label={t("milestones:dateAchieved")} error={dateError}>
            <input
              id={inputId}
              type="date"
              max={latestToday()}
              className={`${inputClass} w-44`}
              value={date}
              onChange={(e) => setDate(e.target.value)}
              {...describedBy(inputId, dateError)}
            />
          </Field>
          <Button type="submit" disabled={mark.isPending}>
            {mark.isPending ? t("saving") : t("save")}
          </Button>
          <Button
            variant="quiet"
            onClick={() => {
              setPicking(false);
              mark.reset();
            }}
          >
            {t("cancel")}
          </Button>
        </form>
      )}
      {picking && !dateError && <ChangeProblem error={mark.error} />}
      <ChangeProblem error={unmark.error} />
    </li>
  );
}

function CustomMilestones({ baby, custom, canWrite }: { baby: Baby; custom: MilestoneRecord[]; canWrite: boolean }) {
  const add = useAddCustomMilestone();
  const remove = useDeleteMilestone(baby.babyId);
  const [adding, setAdding] = useState(false);
  const [title, setTitle] = useState("");
  const [date, setDate] = useState(localToday());
  const [own, setOwn] = useState<Record<string, string>>({});
  const t = useT();
  const server = add.error && !isForbidden(add.error) ? fieldErrorsOf(add.error) : {};
  const titleError = own.title ?? server.title;
  const dateError = own.achievedOn ?? server.achievedOn;
  const sorted = [...custom].sort((a, b) => b.achievedOn.localeCompare(a.achievedOn));
  return (
    <section aria-labelledby="custom-heading" className="space-y-3 rounded-xl bg-white p-4 shadow-sm">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="custom-heading" className="text-lg font-semibold text-stone-900">
          {t("milestones:custom.title")}
        </h2>
        {canWrite && !adding && (
          <Button variant="secondary" onClick={() => setAdding(true)}>
            <Plus aria-hidden className="size-4" /> {t("milestones:custom.add")}
          </Button>
        )}
      </div>
      {sorted.length === 0 && !adding && <p className="text-sm text-stone-600">{t("milestones:custom.empty")}</p>}
      {sorted.length > 0 && (
        <ul aria-label={t("milestones:custom.title")} className="divide-y divide-stone-100">
          {sorted.map((r) => (
            <li key={r.milestoneRecordId} className="flex items-center justify-between gap-3 py-2">
              <span className="min-w-0">
                <span className="flex items-center gap-2 break-words text-stone-900">
                  <Star aria-hidden className="size-4 shrink-0 text-amber-500" />
                  {r.title}
                </span>
                <span className="block pl-6 text-sm text-stone-500">{showDate(r.achievedOn)}</span>
              </span>
              {canWrite && (
                <Button
                  variant="quiet"
                  disabled={remove.isPending}
                  onClick={() =>
                    remove.mutate({ babyId: baby.babyId, milestoneRecordId: r.milestoneRecordId, version: r.version })
                  }
                  aria-label={t("milestones:custom.removeOne", { title: r.title })}
                >
                  {t("milestones:custom.remove")}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      <ChangeProblem error={remove.error} />
      {adding && (
        <form
          noValidate
          className="space-y-3"
          onSubmit={(e) => {
            e.preventDefault();
            const parsed = addCustomMilestoneInput.safeParse({ babyId: baby.babyId, title, achievedOn: date });
            if (!parsed.success) return setOwn(zodFieldErrors(parsed.error));
            setOwn({});
            add.mutate(parsed.data, {
              onSuccess: () => {
                setAdding(false);
                setTitle("");
              },
            });
          }}
        >
          <Field id="custom-title" label={t("milestones:custom.milestone")} error={titleError}>
            <input
              id="custom-title"
              className={inputClass}
              autoComplete="off"
              value={title}
              onChange={(e) => setTitle(e.target.value)}
              {...describedBy("custom-title", titleError)}
            />
          </Field>
          <Field id="custom-date" label={t("milestones:custom.date")} error={dateError}>
            <input
              id="custom-date"
              type="date"
              max={latestToday()}
              className={`${inputClass} w-44`}
              value={date}
              onChange={(e) => setDate(e.target.value)}
              {...describedBy("custom-date", dateError)}
            />
          </Field>
          <ChangeProblem
            error={add.error && (isForbidden(add.error) || (!server.title && !server.achievedOn)) ? add.error : null}
          />
          <div className="flex gap-2">
            <Button type="submit" disabled={add.isPending}>
              {add.isPending ? t("saving") : t("milestones:custom.save")}
            </Button>
            <Button
              variant="quiet"
              onClick={() => {
                setAdding(false);
                setOwn({});
                add.reset();
              }}
            >
              {t("cancel")}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
