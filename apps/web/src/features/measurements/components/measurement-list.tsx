import { Link } from "@tanstack/react-router";
import type { Measurement } from "@upnest/schemas";
import { Plus } from "lucide-react";
import { Button, buttonClass } from "../../../components/button.tsx";
import { Empty, ErrorState, Loading } from "../../../components/states.tsx";
import { ageOn, showDate } from "../../../lib/dates.ts";
import { useMeasurements } from "../api/measurements.ts";

const number = new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 });

/** "4.2 kg", "55.5 cm lying", "head 38 cm": only what was measured. */
function measures(m: Measurement): string[] {
  const parts: string[] = [];
  if (m.weightKg !== undefined) parts.push(`${number.format(m.weightKg)} kg`);
  if (m.lengthCm !== undefined) parts.push(`${number.format(m.lengthCm)} cm ${m.lengthMethod === "standing" ? "standing" : "lying"}`);
  if (m.headCircumferenceCm !== undefined) parts.push(`head ${number.format(m.headCircumferenceCm)} cm`);
  return parts;
}

/** A baby's measurements, newest first, with "Load more" while the API has more pages. */
export function MeasurementList({ babyId, dateOfBirth }: { babyId: string; dateOfBirth: string }) {
  const list = useMeasurements(babyId);
  if (!list.data) return list.isError ? <ErrorState error={list.error} onRetry={() => void list.refetch()} /> : <Loading label="Loading measurements…" />;
  const items = list.data.pages.flatMap((page) => page.items);
  if (items.length === 0) {
    return (
      <Empty title="No measurements yet">
        <Link to="/babies/$babyId/measurements/new" params={{ babyId }} className={buttonClass("primary")}>
          <Plus aria-hidden className="size-5" /> Add the first measurement
        </Link>
      </Empty>
    );
  }
  return (
    <div className="space-y-3">
      <ul aria-label="Measurements" className="divide-y divide-stone-200 rounded-xl bg-white shadow-sm">
        {items.map((m) => (
          <li key={m.measurementId} className="space-y-1 p-4">
            <p className="text-sm text-stone-500">
              <span className="font-medium">{showDate(m.measuredOn)}</span> · at {ageOn(dateOfBirth, m.measuredOn)}
            </p>
            <p className="text-lg text-stone-900">{measures(m).join(" · ")}</p>
            {m.notes && <p className="break-words text-sm text-stone-600">{m.notes}</p>}
          </li>
        ))}
      </ul>
      {list.isError && <ErrorState error={list.error} onRetry={() => void (list.isFetchNextPageError ? list.fetchNextPage() : list.refetch())} />}
      {list.hasNextPage && !list.isError && (
        <Button variant="secondary" className="w-full" disabled={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
          {list.isFetchingNextPage ? "Loading…" : "Load more"}
        </Button>
      )}
    </div>
  );
}
