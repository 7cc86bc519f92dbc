import type { Baby } from "@upnest/schemas";
import { FileHeart, Info, Plus } from "lucide-react";
import { lazy, type ReactNode, Suspense, useState } from "react";
import { Button } from "../../../components/button.tsx";
import { Choice } from "../../../components/choice.tsx";
import { ChangeProblem } from "../../../components/permission.tsx";
import { Empty, ErrorState, Loading } from "../../../components/states.tsx";
import { useT } from "../../../i18n/use-t.ts";
import { showDate } from "../../../lib/dates.ts";
import { useSetSchedule, useVaccinationOverview } from "../api/vaccinations.ts";
import { pageSections } from "../status.ts";
import { ageInDays, suggestedProducts } from "../visit.ts";
import { DoseList } from "./dose-list.tsx";
import { type Group, GroupCard } from "./group-card.tsx";
import { HealthSection } from "./health-section.tsx";
import { NextVisits } from "./next-visits.tsx";
import { VisitForm } from "./visit-form.tsx";

// Adding doses from a health card or a clinic file: its code (and the QR reader) loads when it is opened.
const ImportPanel = lazy(() => import("../../vaccine-import/components/import-panel.tsx"));

/**
 * A baby's vaccinations from one request (`vaccinations.overview`): the next visit first, then the later dates,
 * the groups with a dose to book, the rest collapsed; recording a visit, the recorded doses, the child's health
 * details that change the schedule, and the schedule followed.
 */
export function VaccinationsView({ baby }: { baby: Baby }) {
  const overview = useVaccinationOverview(baby.babyId);
  const canWrite = baby.role !== "viewer";
  const [adding, setAdding] = useState(false);
  const [importing, setImporting] = useState(false);
  const schedule = useSetSchedule();
  const t = useT();
  const schedules = [
    { value: "cdc", label: t("vaccines:scheduleName.cdc") },
    { value: "who", label: t("vaccines:scheduleName.who") },
  ] as const;

  if (!overview.data)
    return overview.isError ? (
      <ErrorState error={overview.error} onRetry={() => void overview.refetch()} />
    ) : (
      <Loading label={t("vaccines:loading")} />
    );
  const s = overview.data;
  const sections = pageSections(s.groups);
  const nextGroups = new Set(s.nextVisits[0]?.groups ?? []);
  const suggestions = suggestedProducts(
    s.groups.filter((g) => nextGroups.has(g.vaccineGroup)),
    ageInDays(baby.dateOfBirth, s.assessedOn),
  );

  return (
    <div className="space-y-6">
      <NextVisits visits={s.nextVisits} today={s.assessedOn} />

      {canWrite &&
        (adding ? (
          <VisitForm
            babyId={baby.babyId}
            dateOfBirth={baby.dateOfBirth}
            suggestions={suggestions}
            onDone={() => setAdding(false)}
          />
        ) : (
          <Button className="w-full sm:w-auto" onClick={() => setAdding(true)}>
            <Plus aria-hidden className="size-5" /> {t("vaccines:visitForm.title")}
          </Button>
        ))}

      {canWrite &&
        (importing ? (
          <Suspense fallback={<Loading />}>
            <ImportPanel baby={baby} onClose={() => setImporting(false)} />
          </Suspense>
        ) : (
          <Button variant="secondary" className="w-full sm:w-auto" onClick={() => setImporting(true)}>
            <FileHeart aria-hidden className="size-5" /> {t("vaccine-import:open")}
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
        {sections.notAdvised.length > 0 && (
          <GroupList label={t("vaccines:sections.notAdvised")} groups={sections.notAdvised} />
        )}
        {sections.toBook.length > 0 && (
          <Collapsed title={t("vaccines:sections.toBook", { count: sections.toBook.length })}>
            <GroupList label={t("vaccines:groupsLabel")} groups={sections.toBook} />
          </Collapsed>
        )}
        {sections.complete.length > 0 && (
          <Collapsed title={t("vaccines:sections.complete", { count: sections.complete.length })}>
            <GroupList label={t("vaccines:sections.completeLabel")} groups={sections.complete} />
          </Collapsed>
        )}
        {sections.otherCount > 0 && (
          <Collapsed title={t("vaccines:sections.other", { count: sections.otherCount })}>
            {sections.other.map((o) => (
              <div key={o.kind} className="space-y-2">
                <h3 className="text-sm font-semibold text-stone-700">{t(`vaccines:sections.kind.${o.kind}`)}</h3>
                <GroupList label={t(`vaccines:sections.kind.${o.kind}`)} groups={o.groups} />
              </div>
            ))}
          </Collapsed>
        )}
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
          <DoseList baby={baby} doses={s.doses} schedule={s.schedule} />
        )}
      </section>

      <HealthSection baby={baby} />

      <aside className="space-y-2 rounded-xl border border-teal-200 bg-teal-50 p-4 text-sm text-teal-950">
        <p className="flex items-start gap-2 font-medium">
          <Info aria-hidden className="mt-0.5 size-4 shrink-0" />
          {t("vaccines:clinicianNote")}
        </p>
        <p>{t("vaccines:notAdvice")}</p>
      </aside>

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
        <p className="text-sm text-stone-600">
          {s.cdsiVersion === null ? t("vaccines:whoMethod") : t("vaccines:cdcMethod", { version: s.cdsiVersion })}
        </p>
        {schedule.isPending && <p className="text-sm text-stone-500">{t("vaccines:switching")}</p>}
        <ChangeProblem error={schedule.error} />
      </section>
    </div>
  );
}

function Collapsed({ title, children }: { title: string; children: ReactNode }) {
  return (
    <details className="group rounded-xl bg-stone-100 p-2">
      <summary className="flex min-h-11 cursor-pointer items-center px-2 font-medium text-stone-800">{title}</summary>
      <div className="space-y-3 p-2">{children}</div>
    </details>
  );
}

function GroupList({ label, groups }: { label: string; groups: readonly Group[] }) {
  return (
    <ul aria-label={label} className="space-y-3">
      {groups.map((g) => (
        <GroupCard key={g.vaccineGroup} group={g} />
      ))}
    </ul>
  );
}
