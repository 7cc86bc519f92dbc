import { useMutation, useQueryClient } from "@tanstack/react-query";
import { currentSessionId, signOut } from "../../../lib/auth.ts";
import { useTRPC } from "../../../lib/trpc.ts";

/**
 * Sign out: the API ends this session (its refresh token stops working on
 * the issuer), then this device forgets its tokens. Offline or refused, the
 * device still signs out; the session then ends at its idle limit.
 */
export function useSignOut() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const end = useMutation(trpc.sessions.end.mutationOptions({ meta: { quietFailure: true } }));
  return {
    isPending: end.isPending,
    signOut: () => {
      const sessionId = currentSessionId();
      return (sessionId ? end.mutateAsync({ sessionId }) : Promise.resolve())
        .catch(() => undefined)
        .finally(() => {
          signOut();
          queryClient.clear();
        });
    },
  };
}
