import type { RouterOutputs } from "@upnest/api";
import type { Baby } from "@upnest/schemas";
import { Globe, Pencil, Trash2 } from "lucide-react";
import { useState } from "react";
import { Button } from "../../../components/button.tsx";
import { useT } from "../../../i18n/use-t.ts";
import { ageOn, showDate } from "../../../lib/dates.ts";
import { useDeleteDose, useUpdateDose } from "../api/vaccinations.ts";
import { doseVerdict } from "../status.ts";
import { DoseForm, doseToValues } from "./dose-form.tsx";

type Dose = RouterOutputs["vaccinations"]["overview"]["doses"][number];

/** The recorded doses, newest first, each with what it counts for (and why not), editable and deletable with Undo. */
export function DoseList({ baby, doses, schedule }: { baby: Baby; doses: readonly Dose[]; schedule: string }) {
  const update = useUpdateDose();
  const remove = useDeleteDose(baby.babyId);
  const [editing, setEditing] = useState<string | null>(null);
  const canWrite = baby.role !== "viewer";
  const t = useT();
  const sorted = [...doses].sort((a, b) => b.dateGiven.localeCompare(a.dateGiven));
  return (
    <ul aria-label={t("vaccines:doses")} className="divide-y divide-stone-200 rounded-xl bg-white shadow-sm">
      {sorted.map((d) => {
        const verdict = doseVerdict(d, schedule);
        if (editing === d.vaccinationId) {
          return (
            <li key={d.vaccinationId} className="p-2">
              <DoseForm
                idPrefix={`edit-${d.vaccinationId}`}
                initial={doseToValues(d)}
                dateOfBirth={baby.dateOfBirth}
                productText={d.product}
                submitLabel={t("saveChanges")}
                pending={update.isPending}
                error={update.error}
                onCancel={() => {
                  setEditing(null);
                  update.reset();
                }}
                onSubmit={(fields) =>
                  update.mutate(
                    { babyId: baby.babyId, vaccinationId: d.vaccinationId, version: d.version, ...fields },
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
            {(d.lotNumber || d.clinic || d.reactions) && (
              <p className="break-words text-sm text-stone-600">
                {[
                  d.lotNumber && t("vaccines:lot", { lot: d.lotNumber }),
                  d.clinic,
                  d.reactions && t("vaccines:reactionsWere", { reactions: d.reactions }),
                ]
                  .filter(Boolean)
                  .join(" · ")}
              </p>
            )}
            {canWrite && (
              <div className="flex flex-wrap gap-2">
                <Button variant="secondary" onClick={() => setEditing(d.vaccinationId)}>
                  <Pencil aria-hidden className="size-4" /> {t("edit")}
                </Button>
                <Button variant="quiet" disabled={remove.isPending} onClick={() => remove.deleteDose(d)}>
                  <Trash2 aria-hidden className="size-4" /> {t("delete")}
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
