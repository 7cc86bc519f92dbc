import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { signOut } from "../../../lib/auth.ts";
import { useTRPC } from "../../../lib/trpc.ts";

export function useSessions() {
  const trpc = useTRPC();
  return useQuery(trpc.sessions.list.queryOptions(undefined, { staleTime: 0 }));
}

/** Signs one other device out; the list is read again. */
export function useEndSession() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.sessions.end.mutationOptions({
      meta: { done: "deviceSignedOut" },
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.sessions.list.queryKey() }),
    }),
  );
}

/** Signs every device out, then this one forgets its tokens. */
export function useEndAllSessions() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.sessions.endAll.mutationOptions({
      meta: { done: "signedOutEverywhere" },
      onSuccess: () => {
        signOut();
        queryClient.clear();
      },
    }),
  );
}
