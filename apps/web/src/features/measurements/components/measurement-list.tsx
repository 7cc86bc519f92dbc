import { Link } from "@tanstack/react-router";
import type { Baby } from "@upnest/schemas";
import { Plus } from "lucide-react";
import { useRef } from "react";
import { Button, buttonClass } from "../../../components/button.tsx";
import { Empty, ErrorState, Loading } from "../../../components/states.tsx";
import { useT } from "../../../i18n/use-t.ts";
import { useUnits } from "../../../lib/preferences.ts";
import { useDeleteMeasurement, useMeasurements } from "../api/measurements.ts";
import { MeasurementRow } from "./measurement-row.tsx";

/** A baby's measurements, newest first, with "Load more" while the API has more pages. */
export function MeasurementList({ baby }: { baby: Baby }) {
  const { babyId } = baby;
  const list = useMeasurements(babyId);
  const remove = useDeleteMeasurement(babyId);
  const listRef = useRef<HTMLUListElement>(null);
  const { units, ready } = useUnits();
  const t = useT();
  if (!list.data || !ready)
    return list.isError && !list.data ? (
      <ErrorState error={list.error} onRetry={() => void list.refetch()} />
    ) : (
      <Loading label={t("growth:list.loading")} />
    );
  const items = list.data.pages.flatMap((page) => page.items);
  if (items.length === 0) {
    return (
      <Empty title={t("growth:list.emptyTitle")}>
        {baby.role !== "viewer" && (
          <Link to="/babies/$babyId/measurements/new" params={{ babyId }} className={buttonClass("primary")}>
            <Plus aria-hidden className="size-5" /> {t("growth:list.addFirst")}
          </Link>
        )}
      </Empty>
    );
  }
  const canWrite = baby.role !== "viewer";
  return (
    <div className="space-y-3">
      <ul
        ref={listRef}
        // Focus stays in the list when a deleted row (and its button) goes; the notice offers Undo.
        tabIndex={-1}
        aria-label={t("growth:list.label")}
        className="divide-y divide-stone-200 rounded-xl bg-white shadow-sm"
      >
        {items.map((m) => (
          <MeasurementRow
            key={m.measurementId}
            m={m}
            baby={baby}
            units={units}
            canWrite={canWrite}
            deleting={remove.isPending}
            onDelete={() => {
              listRef.current?.focus();
              remove.deleteRecord(m);
            }}
          />
        ))}
      </ul>
      {list.isError && (
        <ErrorState
          error={list.error}
          onRetry={() => void (list.isFetchNextPageError ? list.fetchNextPage() : list.refetch())}
        />
      )}
      {list.hasNextPage && !list.isError && (
        <Button
          variant="secondary"
          className="w-full"
          disabled={list.isFetchingNextPage}
          onClick={() => void list.fetchNextPage()}
        >
          {list.isFetchingNextPage ? t("loading") : t("loadMore")}
        </Button>
      )}
    </div>
  );
}
