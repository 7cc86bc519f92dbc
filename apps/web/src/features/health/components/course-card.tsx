import type { RouterOutputs } from "@upnest/api";
import { formatNumber, type Units, valueWord } from "@upnest/i18n";
import { ChevronRight, Clock } from "lucide-react";
import { Button } from "../../../components/button.tsx";
import { LabelChips } from "../../../components/labels.tsx";
import { currentLanguage } from "../../../i18n/i18n.ts";
import { useT } from "../../../i18n/use-t.ts";
import { clockText, courseDayText, spacingText, waitText } from "../format.ts";
import type { HealthEntry } from "../kinds.ts";
import { GiveDose } from "./give-dose.tsx";

type CourseView = RouterOutputs["health"]["overview"]["courses"][number];
type Dose = CourseView["doses"][number];

/** "5 ml", "2 tablets": a medicine's amount and unit, if given. */
export function amountText(dose: { amount?: number | undefined; unit?: string | undefined }) {
  if (dose.amount === undefined) return "";
  const unit = dose.unit ? (valueWord("unit", dose.unit, currentLanguage()) ?? dose.unit) : "";
  return `${formatNumber(dose.amount, currentLanguage(), 2)}${unit ? ` ${unit}` : ""}`;
}

/**
 * A course of medicine as the family entered it and where it stands: its amount and spacing, the day of the
 * course, "Next dose allowed at 14:30" on the family's clock, the "Give dose" button and the recent doses (early
 * ones marked).
 */
export function CourseCard({
  babyId,
  view,
  zone,
  now,
  canWrite,
  open,
}: {
  babyId: string;
  view: CourseView;
  zone: string;
  now: () => number;
  units: Units;
  canWrite: boolean;
  open: (entry: HealthEntry) => void;
}) {
  const t = useT();
  const { course, state, doses } = view;
  const at = now();
  const summary = [amountText(course), spacingText(course), state.ended ? "" : courseDayText(state.day, course.days)]
    .filter(Boolean)
    .join(" · ");
  const allowed = state.allowedAt && Date.parse(state.allowedAt) > at ? state.allowedAt : undefined;
  return (
    <article aria-label={course.name} className="space-y-3 rounded-2xl bg-white p-4 shadow-sm">
      <div className="flex items-start justify-between gap-2">
        <div className="min-w-0">
          <h3 className="break-words text-lg font-semibold text-stone-900">{course.name}</h3>
          {summary && <p className="text-sm text-stone-600">{summary}</p>}
        </div>
        {canWrite && (
          <Button variant="quiet" onClick={() => open({ kind: "medicineCourses", record: course })}>
            {t("health:medicines.edit")}
          </Button>
        )}
      </div>
      {state.ended ? (
        <p className="font-medium text-stone-700">{t("health:medicines.ended")}</p>
      ) : (
        <div className="space-y-1">
          <p className="flex items-center gap-2 text-lg font-semibold text-teal-800">
            <Clock aria-hidden className="size-5 shrink-0" />
            {allowed
              ? t("health:medicines.allowedAt", { time: clockText(allowed, zone, at) })
              : state.lastGivenAt
                ? t("health:medicines.allowedNow")
                : t("health:medicines.noDoses")}
          </p>
          {state.dueAt && state.dueAt !== state.allowedAt && (
            <p className="text-sm text-stone-700">
              {t("health:medicines.dueAt", { time: clockText(state.dueAt, zone, at) })}
            </p>
          )}
          <p className="text-xs text-stone-500">{t("health:fromCourse")}</p>
        </div>
      )}
      <p className="text-sm text-stone-600">
        {state.plannedDoses
          ? t("health:medicines.dosesOf", { given: state.dosesGiven, planned: state.plannedDoses })
          : t("health:medicines.doses", { count: state.dosesGiven })}
      </p>
      {canWrite && !state.ended && <GiveDose babyId={babyId} view={view} zone={zone} now={now} />}
      {doses.length > 0 && <DoseList doses={doses.slice(0, 5)} zone={zone} at={at} canWrite={canWrite} open={open} />}
    </article>
  );
}

/** A course's newest doses; one given before the course allowed it says by how much. */
function DoseList({
  doses,
  zone,
  at,
  canWrite,
  open,
}: {
  doses: readonly Dose[];
  zone: string;
  at: number;
  canWrite: boolean;
  open: (entry: HealthEntry) => void;
}) {
  const t = useT();
  return (
    <ul
      aria-label={t("health:medicines.recent")}
      className="divide-y divide-stone-200 rounded-xl border border-stone-200"
    >
      {doses.map(({ earlyByMs, ...dose }) => {
        const body = (
          <span className="flex min-w-0 flex-1 flex-wrap items-center gap-x-3 gap-y-1">
            <span className="tabular-nums text-stone-900">{clockText(dose.givenAt, zone, at)}</span>
            {amountText(dose) && <span className="text-sm text-stone-600">{amountText(dose)}</span>}
            {earlyByMs > 0 && (
              <span className="rounded-full bg-amber-100 px-2 py-0.5 text-sm font-medium text-amber-900">
                {t("health:medicines.early", { wait: waitText(earlyByMs) })}
              </span>
            )}
            <LabelChips labels={dose.labels} />
          </span>
        );
        return (
          <li key={dose.doseId}>
            {canWrite ? (
              <button
                type="button"
                className="flex min-h-12 w-full items-center gap-2 px-3 py-2 text-left hover:bg-stone-50"
                onClick={() => open({ kind: "medicineDoses", record: dose })}
              >
                {body}
                <ChevronRight aria-hidden className="size-5 shrink-0 text-stone-400" />
              </button>
            ) : (
              <div className="flex min-h-12 items-center px-3 py-2">{body}</div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
