import { useQuery } from "@tanstack/react-query";
import { i18n } from "../../../i18n/i18n.ts";
import { type RecordOfKind, useRecordDelete, useRecordWrite } from "../../../lib/record-queries.ts";
import { useTRPC } from "../../../lib/trpc.ts";
import type { HealthEntry, HealthKind } from "../kinds.ts";
import { valuesOfEntry } from "../kinds.ts";

// Reading and writing the health log: the page's overview in one request, the longer lists of a kind (newest
// first), and every kind's add, update and delete through its own registry router.

/** Courses with their state and doses, single doses, allergies, the newest temperature and the next check-up. */
export function useHealthOverview(babyId: string) {
  const trpc = useTRPC();
  return useQuery(trpc.health.overview.queryOptions({ babyId }));
}

/** The newest records of a kind the overview does not list in full. */
export function useTemperatures(babyId: string) {
  const trpc = useTRPC();
  return useQuery(trpc.temperatures.list.queryOptions({ babyId, limit: 10 }));
}
export function useIllnesses(babyId: string) {
  const trpc = useTRPC();
  return useQuery(trpc.illnesses.list.queryOptions({ babyId, limit: 20 }));
}
export function useVisits(babyId: string) {
  const trpc = useTRPC();
  return useQuery(trpc.visits.list.queryOptions({ babyId, limit: 20 }));
}

type Mutation = {
  mutate: (input: Record<string, unknown>, options?: { onSuccess?: (saved: unknown) => void }) => void;
  mutateAsync: (input: Record<string, unknown>) => Promise<unknown>;
  isPending: boolean;
  error: unknown;
  reset: () => void;
};

/** A kind's add or update: each router's procedures differ only in their types. */
export const useHealthWrite = (kind: HealthKind, action: "add" | "update") =>
  useRecordWrite(kind as "temperatures", action) as unknown as Mutation;

function useDeleteOf<K extends HealthKind>(kind: K, babyId: string) {
  const add = useHealthWrite(kind, "add");
  return useRecordDelete(
    kind,
    babyId,
    { deleted: () => i18n.t("health:form.deleted"), restored: () => i18n.t("health:form.restored") },
    (record) => add.mutateAsync({ babyId, ...valuesOfEntry({ kind, record } as HealthEntry) }),
  );
}

/** Deletes any health record at once; the notice offers Undo, which records it again. Kept by the page. */
export function useHealthDelete(babyId: string) {
  const deletes = {
    medicineCourses: useDeleteOf("medicineCourses", babyId),
    medicineDoses: useDeleteOf("medicineDoses", babyId),
    temperatures: useDeleteOf("temperatures", babyId),
    illnesses: useDeleteOf("illnesses", babyId),
    allergies: useDeleteOf("allergies", babyId),
    visits: useDeleteOf("visits", babyId),
  } satisfies Record<HealthKind, unknown>;
  return (entry: HealthEntry) =>
    (deletes[entry.kind].deleteRecord as (record: RecordOfKind<HealthKind>) => void)(entry.record as never);
}
