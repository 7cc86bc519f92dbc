import { useQueryClient } from "@tanstack/react-query";
import { problemMessage } from "../../../components/permission.tsx";
import { i18n } from "../../../i18n/i18n.ts";
import { notify } from "../../../lib/notify.ts";
import { useRecordDelete, useRecordWrite } from "../../../lib/record-queries.ts";
import { useTRPC } from "../../../lib/trpc.ts";

/**
 * Deletes a measurement from its point on a chart, as the app deletes records: at once, with Undo in the notice
 * (which records it again). The point carries only the id, so the record (its version and values) is read first.
 */
export function useDeleteFromChart(babyId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const add = useRecordWrite("measurements", "add");
  const remove = useRecordDelete(
    "measurements",
    babyId,
    { deleted: () => i18n.t("growth:chart.deleted"), restored: () => i18n.t("growth:chart.restored") },
    ({ measuredOn, weightKg, lengthCm, lengthMethod, headCircumferenceCm, notes }) =>
      add.mutateAsync({ babyId, measuredOn, weightKg, lengthCm, lengthMethod, headCircumferenceCm, notes }),
  );
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
