import { useInfiniteQuery } from "@tanstack/react-query";
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
