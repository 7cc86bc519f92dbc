import type { RouterOutputs } from "@upnest/api";
import { useT } from "../../../i18n/use-t.ts";
import { showDate } from "../../../lib/dates.ts";
import { groupName, groupNote, statusBadge } from "../status.ts";

export type Group = RouterOutputs["vaccinations"]["overview"]["groups"][number];

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

/** One vaccine group: its status, the engine's note for the child's age, the next dose's window and its vaccines. */
export function GroupCard({ group }: { group: Group }) {
  const badge = statusBadge(group.status);
  const note = groupNote(group.note);
  const next = group.nextDose;
  const shown = group.vaccines.slice(0, 3);
  const more = group.vaccines.slice(3);
  const t = useT();
  return (
    <li className="space-y-2 rounded-xl bg-white p-4 shadow-sm" aria-label={groupName(group.vaccineGroup)}>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <h3 className="min-w-0 break-words font-semibold text-stone-900">{groupName(group.vaccineGroup)}</h3>
        <StatusBadge status={group.status} />
      </div>
      {note ? (
        <p className="text-sm text-stone-700">{note}</p>
      ) : (
        badge.explanation && <p className="text-sm text-stone-600">{badge.explanation}</p>
      )}
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
