import { useMutation, useQueryClient } from "@tanstack/react-query";
import { currentSessionId, signOut } from "../../../lib/auth.ts";
import { useTRPC, useTRPCClient } from "../../../lib/trpc.ts";
import { unsubscribeThisDevice } from "../../reminders/push.ts";

/**
 * Sign out: this device stops getting the person's notifications (a phone
 * handed on does not keep showing their baby's reminders), the API ends this
 * session (its refresh token stops working on the issuer), then this device
 * forgets its tokens. Offline or refused, the device still signs out; the
 * session then ends at its idle limit.
 */
export function useSignOut() {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const end = useMutation(trpc.sessions.end.mutationOptions({ meta: { quietFailure: true } }));
  return {
    isPending: end.isPending,
    signOut: () => {
      const sessionId = currentSessionId();
      return unsubscribeThisDevice()
        .then((endpoint) => (endpoint ? client.reminders.unsubscribe.mutate({ endpoint }) : undefined))
        .catch(() => undefined)
        .then(() => (sessionId ? end.mutateAsync({ sessionId }) : undefined))
        .catch(() => undefined)
        .finally(() => {
          signOut();
          queryClient.clear();
        });
    },
  };
}
