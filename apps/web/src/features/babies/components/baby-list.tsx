import { Link } from "@tanstack/react-router";
import { ChevronRight, Plus } from "lucide-react";
import { buttonClass } from "../../../components/button.tsx";
import { Empty, ErrorState, Loading } from "../../../components/states.tsx";
import { ageOn, localToday, showDate } from "../../../lib/dates.ts";
import { useBabies } from "../api/babies.ts";

export function BabyList() {
  const babies = useBabies();
  if (!babies.data) {
    return babies.isError ? (
      <ErrorState error={babies.error} onRetry={() => void babies.refetch()} />
    ) : (
      <Loading label="Loading your babies…" />
    );
  }
  if (babies.data.items.length === 0) {
    return (
      <Empty title="No babies yet">
        <p className="text-stone-600">Add your baby to start recording growth.</p>
        <Link to="/babies/new" className={buttonClass("primary")}>
          <Plus aria-hidden className="size-5" /> Add a baby
        </Link>
      </Empty>
    );
  }
  const today = localToday();
  return (
    <ul aria-label="Babies" className="space-y-3">
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
                {ageOn(baby.dateOfBirth, today)} old · born {showDate(baby.dateOfBirth)}
              </span>
            </span>
            <ChevronRight aria-hidden className="size-5 shrink-0 text-stone-400" />
          </Link>
        </li>
      ))}
    </ul>
  );
}
