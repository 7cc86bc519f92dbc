import { Link } from "@tanstack/react-router";
import { Pencil, Trash2 } from "lucide-react";
import { Button, buttonClass } from "../../../components/button.tsx";
import { LabelChips } from "../../../components/labels.tsx";
import { t } from "../../../i18n/i18n.ts";
import { useT } from "../../../i18n/use-t.ts";
import { showAges } from "../../../lib/ages.ts";
import { showDate } from "../../../lib/dates.ts";
import type { ScoredMeasurement } from "../../../lib/growth-scores.ts";
import { formatLength, formatWeight, type Units } from "../../../lib/units.ts";
import { RowPercentiles } from "./row-percentiles.tsx";

/** "4.2 kg", "55.5 cm lying", "head 38 cm" (or lb + oz and inches): only what was measured. */
function measures(m: ScoredMeasurement, units: Units): string[] {
  const parts: string[] = [];
  if (m.weightKg !== undefined) parts.push(formatWeight(m.weightKg, units));
  if (m.lengthCm !== undefined)
    parts.push(
      t("growth:measures.lengthMeasured", {
        length: formatLength(m.lengthCm, units),
        method: t(m.lengthMethod === "standing" ? "growth:measures.standing" : "growth:measures.lying"),
      }),
    );
  if (m.headCircumferenceCm !== undefined)
    parts.push(t("growth:measures.headMeasured", { length: formatLength(m.headCircumferenceCm, units) }));
  return parts;
}

type BabyAges = { babyId: string; dateOfBirth: string; gestationalAgeWeeks?: number | undefined };

/**
 * One measurement: the date and the baby's ages that day, what was measured, the percentiles, the notes; for those
 * who may change it, Edit (the form, pre-filled) and Delete (at once, with Undo), 44 px squares on a phone (their
 * names, with the date, are their accessible names) and worded buttons from the `sm` width.
 */
export function MeasurementRow({
  m,
  baby,
  units,
  canWrite,
  deleting,
  onDelete,
}: {
  m: ScoredMeasurement;
  baby: BabyAges;
  units: Units;
  canWrite: boolean;
  deleting: boolean;
  onDelete: () => void;
}) {
  const t = useT();
  const date = showDate(m.measuredOn);
  return (
    <li className="space-y-1 p-4">
      <div className="flex flex-wrap items-start justify-between gap-x-3 gap-y-2">
        <p className="min-w-0 flex-1 text-sm text-stone-500">
          <span className="font-medium">{date}</span> ·{" "}
          {t("growth:list.atAge", { age: showAges(baby, m.measuredOn).line })}
        </p>
        {canWrite && (
          <div className="flex shrink-0 gap-2">
            <Link
              to="/babies/$babyId/measurements/$measurementId/edit"
              params={{ babyId: baby.babyId, measurementId: m.measurementId }}
              aria-label={t("growth:edit.editOf", { date })}
              className={buttonClass("secondary", "min-w-11 px-0 sm:px-3")}
            >
              <Pencil aria-hidden className="size-4" /> <span className="hidden sm:inline">{t("edit")}</span>
            </Link>
            <Button
              variant="secondary"
              className="min-w-11 px-0 sm:px-3"
              aria-label={t("growth:edit.deleteOf", { date })}
              disabled={deleting}
              onClick={onDelete}
            >
              <Trash2 aria-hidden className="size-4" /> <span className="hidden sm:inline">{t("delete")}</span>
            </Button>
          </div>
        )}
      </div>
      <p className="text-lg text-stone-900">{measures(m, units).join(" · ")}</p>
      <RowPercentiles growth={m.growth} />
      {m.notes && <p className="break-words text-sm text-stone-600">{m.notes}</p>}
      <LabelChips labels={m.labels} />
    </li>
  );
}
