import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { MilestoneRecord } from "@upnest/schemas";
import { i18n } from "../../../i18n/i18n.ts";
import { useRecordDelete } from "../../../lib/record-queries.ts";
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
  return useMutation(
    trpc.milestones.mark.mutationOptions({ meta: { done: "milestoneSaved" }, onSuccess: (r) => refresh(r.babyId) }),
  );
}

export function useAddCustomMilestone() {
  const trpc = useTRPC();
  const refresh = useRefresh();
  return useMutation(
    trpc.milestones.addCustom.mutationOptions({
      meta: { done: "milestoneSaved" },
      onSuccess: (r) => refresh(r.babyId),
    }),
  );
}

/**
 * Un-marks a milestone or removes one's own at once; the notice offers Undo, which marks it again with the same
 * date and notes (or adds the same own milestone again).
 */
export function useDeleteMilestone(babyId: string) {
  const mark = useMarkMilestone();
  const addCustom = useAddCustomMilestone();
  const remove = useRecordDelete(
    "milestones",
    babyId,
    {
      deleted: (record) =>
        i18n.t(record.milestoneId ? "feedback:undoable.milestoneUnmarked" : "feedback:undoable.milestoneRemoved"),
      restored: () => i18n.t("feedback:undoable.milestoneRestored"),
    },
    ({ milestoneId, title, achievedOn, notes }) =>
      milestoneId
        ? mark.mutateAsync({ babyId, milestoneId, achievedOn, notes })
        : addCustom.mutateAsync({ babyId, title: title ?? "", achievedOn, notes }),
  );
  return { ...remove, deleteMilestone: (record: MilestoneRecord) => remove.deleteRecord(record) };
}
