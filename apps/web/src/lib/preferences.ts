import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "./trpc.ts";
import type { Units } from "./units.ts";

/** The signed-in person's profile and preferences (units, timezone, display name). */
export function useProfile() {
  const trpc = useTRPC();
  return useQuery(trpc.users.me.queryOptions(undefined, { staleTime: 5 * 60_000 }));
}

/**
 * The units to show and enter values in. `ready` is false while the profile loads, so a form does not switch
 * units under someone's fingers; if the profile cannot be loaded, metric (how values are stored).
 */
export function useUnits(): { units: Units; ready: boolean } {
  const profile = useProfile();
  return { units: profile.data?.units ?? "metric", ready: !profile.isPending };
}
