import { Link } from "@tanstack/react-router";
import type { Baby } from "@upnest/schemas";
import { Pencil } from "lucide-react";
import { buttonClass } from "../../../components/button.tsx";
import { ageOn, localToday, showDate } from "../../../lib/dates.ts";

/** A baby's profile at a glance, with the way to correct it for those allowed to. */
export function BabySummary({ baby }: { baby: Baby }) {
  return (
    <div className="flex flex-wrap items-start justify-between gap-3 rounded-xl bg-white p-4 shadow-sm">
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-stone-500">Age</dt>
        <dd className="text-stone-900">{ageOn(baby.dateOfBirth, localToday())}</dd>
        <dt className="text-stone-500">Born</dt>
        <dd className="text-stone-900">
          {showDate(baby.dateOfBirth)}
          {baby.gestationalAgeWeeks !== undefined && ` at ${baby.gestationalAgeWeeks} weeks`}
        </dd>
        <dt className="text-stone-500">Sex</dt>
        <dd className="text-stone-900">{baby.sex === "female" ? "Female" : "Male"}</dd>
      </dl>
      {baby.role !== "viewer" && (
        <Link
          to="/babies/$babyId/edit"
          params={{ babyId: baby.babyId }}
          className={buttonClass("secondary", "shrink-0")}
        >
          <Pencil aria-hidden className="size-4" /> Edit
        </Link>
      )}
    </div>
  );
}
