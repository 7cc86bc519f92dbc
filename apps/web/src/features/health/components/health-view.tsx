import { Link } from "@tanstack/react-router";
import { formatZoneName } from "@upnest/i18n";
import type { Baby, MedicineCourse } from "@upnest/schemas";
import { Clock, FileText } from "lucide-react";
import { useState } from "react";
import { Button, buttonClass } from "../../../components/button.tsx";
import { ErrorState, Loading } from "../../../components/states.tsx";
import { currentLanguage } from "../../../i18n/i18n.ts";
import { useT } from "../../../i18n/use-t.ts";
import { useUnits } from "../../../lib/preferences.ts";
import { Sheet } from "../../care/components/sheet.tsx";
import { clockOffset } from "../../care/timers.ts";
import { useNow } from "../../care/use-now.ts";
import { clockDiffers, deviceZone, toLocalInput } from "../../care/zone.ts";
import { useHealthDelete, useHealthOverview, useIllnesses, useTemperatures, useVisits } from "../api/health.ts";
import { HealthForm } from "../forms/health-form.tsx";
import type { HealthEntry, HealthKind } from "../kinds.ts";
import { CourseCard } from "./course-card.tsx";
import { Allergies, Illnesses, SingleDoses, Temperatures, Visits } from "./health-sections.tsx";
import { WellChildCard } from "./well-child-card.tsx";

type Open = { kind: HealthKind; entry?: HealthEntry };

/**
 * A baby's health log on one page, for a parent at 3 a.m.: the courses of medicine with the next dose allowed
 * and a big "Give dose", single doses, temperatures, illnesses, allergies, the next check-up and the visits.
 * Every record opens its form and deletes with Undo; viewers see everything and no buttons to change it.
 */
export function HealthView({ baby }: { baby: Baby }) {
  const t = useT();
  const { units } = useUnits();
  const overview = useHealthOverview(baby.babyId);
  const temperatures = useTemperatures(baby.babyId);
  const illnesses = useIllnesses(baby.babyId);
  const visits = useVisits(baby.babyId);
  const remove = useHealthDelete(baby.babyId);
  const [open, setOpen] = useState<Open | null>(null);
  const canWrite = baby.role !== "viewer";
  const offset = overview.data ? clockOffset(overview.data.now, overview.dataUpdatedAt) : 0;
  const now = useNow(15_000, overview.dataUpdatedAt) + offset;

  if (!overview.data)
    return overview.isError ? (
      <ErrorState error={overview.error} onRetry={() => void overview.refetch()} />
    ) : (
      <Loading label={t("health:loading")} />
    );
  const { timeZone: zone, courses, singleDoses, allergies, wellChild } = overview.data;
  const language = currentLanguage();
  const zoneName = clockDiffers(zone, deviceZone(), now) ? formatZoneName(zone, language, now) : undefined;
  const common = {
    zone,
    now,
    canWrite,
    open: (entry: HealthEntry) => setOpen({ kind: entry.kind, entry }),
    add: (kind: HealthKind) => setOpen({ kind }),
  };
  const courseCard = (view: (typeof courses)[number]) => (
    <CourseCard
      key={view.course.courseId}
      babyId={baby.babyId}
      view={view}
      zone={zone}
      now={() => Date.now() + offset}
      units={units}
      canWrite={canWrite}
      open={common.open}
    />
  );
  const running = courses.filter((c) => !c.state.ended);
  const ended = courses.filter((c) => c.state.ended);
  const allCourses: MedicineCourse[] = courses.map((c) => c.course);
  const close = () => setOpen(null);
  const title = open ? t(`health:${FORM_TITLES[open.kind]}.${open.entry ? "edit" : "add"}`) : "";

  return (
    <div className="space-y-6">
      <Link
        to="/babies/$babyId/report"
        params={{ babyId: baby.babyId }}
        className={buttonClass("secondary", "w-full min-h-12")}
      >
        <FileText aria-hidden className="size-5" /> {t("health:reportLink")}
      </Link>
      {zoneName && (
        <p className="flex items-start gap-2 text-sm text-stone-600">
          <Clock aria-hidden className="mt-0.5 size-4 shrink-0" />
          {t("health:zoneNote", { zone: zoneName })}
        </p>
      )}
      <section aria-labelledby="medicines-heading" className="space-y-3">
        <div className="flex items-center justify-between gap-2">
          <h2 id="medicines-heading" className="text-lg font-semibold text-stone-900">
            {t("health:medicines.heading")}
          </h2>
          {canWrite && (
            <Button variant="secondary" onClick={() => common.add("medicineCourses")}>
              {t("health:medicines.addCourse")}
            </Button>
          )}
        </div>
        {running.length === 0 && (
          <p className="rounded-xl border border-dashed border-stone-300 bg-white px-4 py-3 text-stone-600">
            {t("health:medicines.none")}
          </p>
        )}
        {running.map(courseCard)}
        {ended.length > 0 && (
          <details className="rounded-2xl bg-white p-4 shadow-sm">
            <summary className="min-h-11 cursor-pointer content-center font-medium text-stone-800">
              {t("health:medicines.endedHeading")} ({ended.length})
            </summary>
            <div className="mt-3 space-y-3">{ended.map(courseCard)}</div>
          </details>
        )}
      </section>
      <SingleDoses {...common} doses={singleDoses} />
      <Temperatures {...common} temperatures={temperatures.data?.items ?? []} units={units} />
      <Illnesses {...common} illnesses={illnesses.data?.items ?? []} />
      <Allergies {...common} allergies={allergies} />
      <WellChildCard wellChild={wellChild} today={toLocalInput(now, zone).slice(0, 10)} />
      <Visits {...common} visits={visits.data?.items ?? []} />
      {open && (
        <Sheet title={title} onClose={close}>
          <HealthForm
            key={open.entry ? `${open.kind}-edit` : `${open.kind}-add`}
            babyId={baby.babyId}
            zone={zone}
            units={units}
            now={now}
            kind={open.kind}
            entry={open.entry}
            courses={allCourses}
            onDone={close}
            onDelete={(entry) => {
              close();
              remove(entry);
            }}
          />
        </Sheet>
      )}
    </div>
  );
}

/** The catalog group whose `add` and `edit` name a kind's form. */
const FORM_TITLES = {
  medicineCourses: "course",
  medicineDoses: "dose",
  temperatures: "temperature",
  illnesses: "illness",
  allergies: "allergy",
  visits: "visit",
} as const satisfies Record<HealthKind, string>;
