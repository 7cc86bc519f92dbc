import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "../../../lib/trpc.ts";

/** Edits a baby's profile at the version the person saw; the list shows the new name and date of birth. */
export function useUpdateBaby() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.babies.update.mutationOptions({
      meta: { done: "changesSaved" },
      onSuccess: (baby) => {
        queryClient.setQueryData(trpc.babies.get.queryKey({ babyId: baby.babyId }), baby);
        return queryClient.invalidateQueries({ queryKey: trpc.babies.list.queryKey() });
      },
    }),
  );
}
