import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "../../../lib/trpc.ts";

/** The baby's API keys (owners only): name, scope, who made it, last use, whether it still works. */
export function useApiKeys(babyId: string) {
  const trpc = useTRPC();
  return useQuery(trpc.apiKeys.list.queryOptions({ babyId }));
}

function useRefresh() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return (babyId: string) =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.apiKeys.list.queryKey({ babyId }) }),
      queryClient.invalidateQueries({ queryKey: trpc.babies.history.infiniteQueryKey({ babyId }) }),
    ]);
}

/** A new key: its secret is in this answer only (the page shows it once). Its form says why one was refused. */
export function useCreateApiKey() {
  const trpc = useTRPC();
  const refresh = useRefresh();
  return useMutation(
    trpc.apiKeys.create.mutationOptions({ meta: { quietFailure: true }, onSuccess: (r) => refresh(r.key.babyId) }),
  );
}

export function useRevokeApiKey() {
  const trpc = useTRPC();
  const refresh = useRefresh();
  return useMutation(
    trpc.apiKeys.revoke.mutationOptions({ meta: { done: "apiKeyRevoked" }, onSuccess: (k) => refresh(k.babyId) }),
  );
}
