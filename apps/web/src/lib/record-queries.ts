import { type MutationMeta, type UseMutationResult, useMutation, useQueryClient } from "@tanstack/react-query";
import type { RouterInputs, RouterOutputs } from "@upnest/api";
import { babyRecordTypes, healthRecordTypes } from "@upnest/schemas";
import { notifyUndoable } from "./notify.ts";
import { useTRPC } from "./trpc.ts";

/** A record type of the registry (packages/schemas, `babyRecordTypes`): its router has the same name. */
export type RecordKind = (typeof babyRecordTypes)[number]["kind"];
type Write = "add" | "update" | "delete";
/** A stored record of a kind, as its list gives it. */
export type RecordOfKind<K extends RecordKind> = RouterOutputs[K]["list"]["items"][number];

/**
 * After any change to a baby's records of one type, every query of that type's router (its list, and views
 * built on it such as the vaccination status, the milestone view or the growth charts) is read again; a type on
 * the care log's timeline also has the log's days and ranges (`care.*`) read again, and a health kind the health
 * page's overview (`health.*`).
 */
export function useRefreshRecords(kind: RecordKind) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const onTimeline = babyRecordTypes.find((d) => d.kind === kind)?.timeline === true;
  const ofHealth = healthRecordTypes.some((d) => d.kind === kind);
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc[kind].pathKey() }),
      onTimeline && queryClient.invalidateQueries({ queryKey: trpc.care.pathKey() }),
      ofHealth && queryClient.invalidateQueries({ queryKey: trpc.health.pathKey() }),
    ]);
}

/**
 * A registry type's add, update or delete, typed by its router: what the person is told when it is saved
 * (`done`), and the type's queries read again afterwards. Every registry type's router has these three
 * procedures (apps/api `recordProcedures`), so one hook serves them all.
 */
export function useRecordWrite<K extends RecordKind, A extends Write>(
  kind: K,
  action: A,
  done?: MutationMeta["done"],
): UseMutationResult<RouterOutputs[K][A], unknown, RouterInputs[K][A]> {
  const trpc = useTRPC();
  const refresh = useRefreshRecords(kind);
  // The kinds' procedures differ only in their input and output types, which the signature above restores.
  const router = trpc[kind] as unknown as Record<Write, (typeof trpc)["measurements"]["add"]>;
  const procedure = router[action];
  return useMutation(
    procedure.mutationOptions({ ...(done ? { meta: { done } } : {}), onSuccess: () => refresh() }),
  ) as never;
}

/**
 * Deletes one record of a registry type at once; the notice offers Undo, which `again` uses to record it anew.
 * The record's id field comes from its definition.
 */
export function useRecordDelete<K extends RecordKind>(
  kind: K,
  babyId: string,
  words: { deleted: (record: RecordOfKind<K>) => string; restored: () => string },
  again: (record: RecordOfKind<K>) => Promise<unknown>,
) {
  const remove = useRecordWrite(kind, "delete");
  const idField = babyRecordTypes.find((d) => d.kind === kind)?.idField ?? "";
  return {
    ...remove,
    deleteRecord: (record: RecordOfKind<K>) =>
      remove.mutate(
        {
          babyId,
          [idField]: (record as Record<string, unknown>)[idField],
          version: (record as { version: number }).version,
        } as RouterInputs[K]["delete"],
        {
          onSuccess: () =>
            notifyUndoable(
              () => words.deleted(record),
              () => again(record),
              words.restored,
            ),
        },
      ),
  };
}
