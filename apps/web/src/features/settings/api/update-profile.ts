import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "../../../lib/trpc.ts";

/** Saves preferences at the version the person saw; every screen then shows values in the new units. */
export function useUpdateProfile() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.users.updateProfile.mutationOptions({
      meta: { done: "settingsSaved" },
      onSuccess: (profile) => queryClient.setQueryData(trpc.users.me.queryKey(), profile),
    }),
  );
}
