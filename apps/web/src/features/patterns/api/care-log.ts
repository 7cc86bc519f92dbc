import { useQuery, useQueryClient } from "@tanstack/react-query";
import type { CareEntry } from "@upnest/care";
import { useTRPC } from "../../../lib/trpc.ts";
import { allPages } from "../all-pages.ts";

/** The family's time zone (the baby's): the days and clocks every pattern is drawn in. */
export function useFamilyZone(babyId: string) {
  const trpc = useTRPC();
  return useQuery(trpc.care.zone.queryOptions({ babyId }, { staleTime: 5 * 60_000 }));
}

/**
 * Every entry of the care log on the family's days `from`–`to`, all pages of `care.range` read one after the
 * other (a month of a busy family is a few pages of 100). Filed under `care.range`, so whatever refreshes the
 * care log's queries refreshes this too.
 */
export function useCareLog(babyId: string, range: { from: string; to: string } | undefined) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const input = { babyId, from: range?.from ?? "", to: range?.to ?? "" };
  return useQuery({
    queryKey: [...trpc.care.range.pathKey(), { input, type: "all-pages" }],
    enabled: range !== undefined,
    queryFn: async () => {
      let timeZone = "";
      const items = await allPages(async (cursor) => {
        const page = await queryClient.fetchQuery(
          trpc.care.range.queryOptions({ ...input, limit: 100, ...(cursor ? { cursor } : {}) }),
        );
        timeZone = page.timeZone;
        return page;
      });
      return { entries: items as CareEntry[], timeZone };
    },
  });
}
