import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "../../../lib/trpc.ts";

/** Adds a baby; the list of babies is refetched afterwards. */
export function useCreateBaby() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.babies.create.mutationOptions({
      meta: { done: "babyAdded" },
      onSuccess: (baby) => {
        queryClient.setQueryData(trpc.babies.get.queryKey({ babyId: baby.babyId }), baby);
        return queryClient.invalidateQueries({ queryKey: trpc.babies.list.queryKey() });
      },
    }),
  );
}
