import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "../../../lib/trpc.ts";

/** The babies this person can see (first 50: families have a handful). */
export function useBabies() {
  const trpc = useTRPC();
  return useQuery(trpc.babies.list.queryOptions());
}

export function useBaby(babyId: string) {
  const trpc = useTRPC();
  return useQuery(trpc.babies.get.queryOptions({ babyId }));
}
