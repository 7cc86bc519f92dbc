import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { i18n } from "../../../i18n/i18n.ts";
import { type RecordOfKind, useRecordDelete, useRecordWrite } from "../../../lib/record-queries.ts";
import { useTRPC } from "../../../lib/trpc.ts";

export const PAGE_SIZE = 20;

/** A baby's measurements, newest first, a page at a time. */
export function useMeasurements(babyId: string) {
  const trpc = useTRPC();
  return useInfiniteQuery(
    trpc.measurements.list.infiniteQueryOptions(
      { babyId, limit: PAGE_SIZE },
      { getNextPageParam: (page) => page.nextCursor },
    ),
  );
}

/** One measurement, as the edit form starts from it (with its version). */
export function useMeasurement(babyId: string, measurementId: string) {
  const trpc = useTRPC();
  return useQuery(trpc.measurements.get.queryOptions({ babyId, measurementId }));
}

/** The Growth tab's insights: size at birth, flags worth asking a clinician about, the target height. */
export function useGrowthInsights(babyId: string) {
  const trpc = useTRPC();
  return useQuery(trpc.measurements.insights.queryOptions({ babyId }));
}

/** Saves an edited measurement at the version it was read at (CONFLICT if someone saved it meanwhile). */
export const useUpdateMeasurement = () => useRecordWrite("measurements", "update", "measurementSaved");

export type Measured = RecordOfKind<"measurements">;

/** What a deleted measurement is recorded anew with, when the person undoes the delete. */
export const measuredValues = (m: Measured) => ({
  measuredOn: m.measuredOn,
  weightKg: m.weightKg,
  lengthCm: m.lengthCm,
  lengthMethod: m.lengthMethod,
  headCircumferenceCm: m.headCircumferenceCm,
  notes: m.notes,
});

/** Deletes a measurement at once; the notice offers Undo, which records it again. Kept by the list. */
export function useDeleteMeasurement(babyId: string) {
  const add = useRecordWrite("measurements", "add");
  return useRecordDelete(
    "measurements",
    babyId,
    { deleted: () => i18n.t("growth:edit.deleted"), restored: () => i18n.t("growth:edit.restored") },
    (m) => add.mutateAsync({ babyId, ...measuredValues(m) }),
  );
}
