import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "../../../lib/trpc.ts";

/** The checklists by age with what the family marked, the baby's ages and the source. */
export function useMilestones(babyId: string) {
  const trpc = useTRPC();
  return useQuery(trpc.milestones.view.queryOptions({ babyId }));
}

function useRefresh() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return (babyId: string) => queryClient.invalidateQueries({ queryKey: trpc.milestones.view.queryKey({ babyId }) });
}

export function useMarkMilestone() {
  const trpc = useTRPC();
  const refresh = useRefresh();
  return useMutation(trpc.milestones.mark.mutationOptions({ onSuccess: (r) => refresh(r.babyId) }));
}

export function useAddCustomMilestone() {
  const trpc = useTRPC();
  const refresh = useRefresh();
  return useMutation(trpc.milestones.addCustom.mutationOptions({ onSuccess: (r) => refresh(r.babyId) }));
}

export function useDeleteMilestone(babyId: string) {
  const trpc = useTRPC();
  const refresh = useRefresh();
  return useMutation(trpc.milestones.delete.mutationOptions({ onSuccess: () => refresh(babyId) }));
}
