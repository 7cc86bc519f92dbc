import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "../../../lib/trpc.ts";

/** The signed-in person (their user id tells "you" apart in the member list). */
export function useMe() {
  const trpc = useTRPC();
  return useQuery(trpc.users.me.queryOptions());
}

export function useMembers(babyId: string) {
  const trpc = useTRPC();
  // A family has a handful of members: the first page (up to 100) is all of them.
  return useQuery({ ...trpc.caregivers.list.queryOptions({ babyId, limit: 100 }), select: (page) => page.items });
}

/**
 * What an invitation link offers (who invites, to which baby, as what), for anyone holding the link, signed in
 * or not. Null when the link would not work.
 */
export function useInvitationPreview(token: string | null) {
  const trpc = useTRPC();
  return useQuery(trpc.caregivers.preview.queryOptions({ token: token ?? "" }, { enabled: token !== null }));
}

/** Pending invitations; only owners may see them. */
export function useInvitations(babyId: string, enabled: boolean) {
  const trpc = useTRPC();
  return useQuery({
    ...trpc.caregivers.invitations.queryOptions({ babyId, limit: 100 }, { enabled }),
    select: (page) => page.items,
  });
}

function useRefresh() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return (babyId: string) =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.caregivers.list.queryKey({ babyId, limit: 100 }) }),
      queryClient.invalidateQueries({ queryKey: trpc.caregivers.invitations.queryKey({ babyId, limit: 100 }) }),
      queryClient.invalidateQueries({ queryKey: trpc.babies.history.infiniteQueryKey({ babyId }) }),
    ]);
}

export function useInvite() {
  const trpc = useTRPC();
  const refresh = useRefresh();
  return useMutation(
    trpc.caregivers.invite.mutationOptions({
      meta: { done: "invitationReady" },
      onSuccess: (r) => refresh(r.invitation.babyId),
    }),
  );
}

export function useCancelInvitation() {
  const trpc = useTRPC();
  const refresh = useRefresh();
  return useMutation(
    trpc.caregivers.cancelInvitation.mutationOptions({
      meta: { done: "invitationCancelled" },
      onSuccess: (_, input) => refresh(input.babyId),
    }),
  );
}

export function useChangeRole() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const refresh = useRefresh();
  return useMutation(
    trpc.caregivers.changeRole.mutationOptions({
      meta: { done: "roleChanged" },
      onSuccess: (r) =>
        Promise.all([
          refresh(r.babyId),
          queryClient.invalidateQueries({ queryKey: trpc.babies.get.queryKey({ babyId: r.babyId }) }),
        ]),
    }),
  );
}

/** Revokes someone, or (for oneself) leaves the baby. */
export function useRemoveMember() {
  const trpc = useTRPC();
  const refresh = useRefresh();
  return useMutation(
    trpc.caregivers.remove.mutationOptions({ meta: { done: "accessRemoved" }, onSuccess: (r) => refresh(r.babyId) }),
  );
}

/** Uses an invitation link; the person's babies then include the new one. */
export function useAcceptInvitation() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.caregivers.accept.mutationOptions({
      // The accepting page is about this one change and says itself why it failed.
      meta: { done: "invitationAccepted", quietFailure: true },
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.babies.list.queryKey() }),
    }),
  );
}

export const HISTORY_PAGE = 20;

/** A baby's history of changes, newest first, a page at a time (owners only). */
export function useHistory(babyId: string) {
  const trpc = useTRPC();
  return useInfiniteQuery(
    trpc.babies.history.infiniteQueryOptions(
      { babyId, limit: HISTORY_PAGE },
      { getNextPageParam: (page) => page.nextCursor },
    ),
  );
}
