import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { useTRPC } from "../../../lib/trpc.ts";
import { CARE_KINDS } from "../entries.ts";

/**
 * The family's day (today when `day` is absent): its entries, the evening before and the running timers, in one
 * request. Kept fresh by the change poll (useLiveUpdates), so it is not read again on its own.
 */
export function useCareDay(babyId: string, day?: string) {
  const trpc = useTRPC();
  return useQuery(trpc.care.day.queryOptions({ babyId, ...(day ? { day } : {}) }));
}

/**
 * Reads again everything the care log shows for a baby: its days and ranges (care.*), the timers and every care
 * kind's own lists. Pages that show the log call it after a change, theirs or (through the poll) anyone's.
 */
export function useRefreshCare() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useCallback(
    (olderThan?: number) =>
      Promise.all(
        [trpc.care.pathKey(), trpc.timers.pathKey(), ...CARE_KINDS.map((kind) => trpc[kind].pathKey())].map(
          (queryKey) =>
            queryClient.invalidateQueries({
              queryKey,
              ...(olderThan === undefined ? {} : { predicate: (q) => q.state.dataUpdatedAt < olderThan }),
            }),
        ),
      ),
    [trpc, queryClient],
  );
}
