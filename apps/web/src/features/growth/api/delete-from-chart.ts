import { useQueryClient } from "@tanstack/react-query";
import { problemMessage } from "../../../components/permission.tsx";
import { notify } from "../../../lib/notify.ts";
import { useTRPC } from "../../../lib/trpc.ts";
import { useDeleteMeasurement } from "../../measurements/api/measurements.ts";

/**
 * Deletes a measurement from its point on a chart as the list does (at once, with Undo in the notice). The point
 * carries only the id, so the record (its version and values, for Undo) is read first.
 */
export function useDeleteFromChart(babyId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const remove = useDeleteMeasurement(babyId);
  return {
    deleting: remove.isPending,
    remove: (measurementId: string) =>
      void queryClient
        .fetchQuery(trpc.measurements.get.queryOptions({ babyId, measurementId }))
        .then((record) => remove.deleteRecord(record))
        // Reading it failed (deleted elsewhere, offline): said as any failed change is.
        .catch((error: unknown) => notify("failed", problemMessage(error))),
  };
}
