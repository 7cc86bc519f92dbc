import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "../../../lib/trpc.ts";

/** Records a measurement; the baby's list of measurements and growth charts are refetched afterwards. */
export function useAddMeasurement() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.measurements.add.mutationOptions({
      meta: { done: "measurementSaved" },
      onSuccess: (measurement) =>
        Promise.all([
          queryClient.invalidateQueries({
            queryKey: trpc.measurements.list.infiniteQueryKey({ babyId: measurement.babyId }),
          }),
          queryClient.invalidateQueries({ queryKey: trpc.measurements.chart.pathKey() }),
        ]),
    }),
  );
}
