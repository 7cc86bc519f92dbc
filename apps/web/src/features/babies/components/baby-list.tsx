import { Link } from "@tanstack/react-router";
import { ChevronRight, Plus } from "lucide-react";
import { buttonClass } from "../../../components/button.tsx";
import { Empty, ErrorState, Loading } from "../../../components/states.tsx";
import { useT } from "../../../i18n/use-t.ts";
import { showAges } from "../../../lib/ages.ts";
import { localToday, showDate } from "../../../lib/dates.ts";
import { useBabies } from "../api/babies.ts";

export function BabyList() {
  const babies = useBabies();
  const t = useT();
  if (!babies.data) {
    return babies.isError ? (
      <ErrorState error={babies.error} onRetry={() => void babies.refetch()} />
    ) : (
      <Loading label={t("babies:list.loading")} />
    );
  }
  if (babies.data.items.length === 0) {
    return (
      <Empty title={t("babies:list.emptyTitle")}>
        <p className="text-stone-600">{t("babies:list.emptyText")}</p>
        <Link to="/babies/new" className={buttonClass("primary")}>
          <Plus aria-hidden className="size-5" /> {t("babies:list.addBaby")}
        </Link>
      </Empty>
    );
  }
  const today = localToday();
  return (
    <ul aria-label={t("babies:list.label")} className="space-y-3">
      {babies.data.items.map((baby) => (
        <li key={baby.babyId}>
          <Link
            to="/babies/$babyId"
            params={{ babyId: baby.babyId }}
            className="flex items-center justify-between gap-3 rounded-xl bg-white p-4 shadow-sm hover:bg-teal-50"
          >
            <span className="min-w-0">
              <span className="block truncate text-lg font-medium text-stone-900">{baby.name}</span>
              <span className="block text-sm text-stone-600">
                {t("babies:list.ageAndBirth", {
                  age: showAges(baby, today).line,
                  date: showDate(baby.dateOfBirth),
                })}
              </span>
            </span>
            <ChevronRight aria-hidden className="size-5 shrink-0 text-stone-400" />
          </Link>
        </li>
      ))}
    </ul>
  );
}
