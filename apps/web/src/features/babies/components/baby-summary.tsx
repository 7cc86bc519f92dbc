import { Link } from "@tanstack/react-router";
import type { Baby } from "@upnest/schemas";
import { Pencil } from "lucide-react";
import { buttonClass } from "../../../components/button.tsx";
import { useT } from "../../../i18n/use-t.ts";
import { showAges } from "../../../lib/ages.ts";
import { localToday, showDate } from "../../../lib/dates.ts";

/** A baby's profile at a glance, with the way to correct it for those allowed to. */
export function BabySummary({ baby }: { baby: Baby }) {
  const t = useT();
  return (
    <div className="flex flex-wrap items-start justify-between gap-3 rounded-xl bg-white p-4 shadow-sm">
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-stone-500">{t("babies:summary.age")}</dt>
        <dd className="text-stone-900">{showAges(baby, localToday()).line}</dd>
        <dt className="text-stone-500">{t("babies:summary.born")}</dt>
        <dd className="text-stone-900">
          {baby.gestationalAgeWeeks === undefined
            ? showDate(baby.dateOfBirth)
            : t("babies:summary.bornAtWeeks", { date: showDate(baby.dateOfBirth), weeks: baby.gestationalAgeWeeks })}
        </dd>
        <dt className="text-stone-500">{t("babies:summary.sex")}</dt>
        <dd className="text-stone-900">{t(`babies:sex.${baby.sex}`)}</dd>
      </dl>
      {baby.role !== "viewer" && (
        <Link
          to="/babies/$babyId/edit"
          params={{ babyId: baby.babyId }}
          className={buttonClass("secondary", "shrink-0")}
        >
          <Pencil aria-hidden className="size-4" /> {t("edit")}
        </Link>
      )}
    </div>
  );
}
