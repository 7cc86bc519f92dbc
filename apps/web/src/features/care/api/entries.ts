import { i18n } from "../../../i18n/i18n.ts";
import { notifyUndoable } from "../../../lib/notify.ts";
import { type RecordOfKind, useRecordDelete, useRecordWrite } from "../../../lib/record-queries.ts";
import { type CareEntry, type CareKind, entryValues, idFieldOf } from "../entries.ts";

// Writing the care log's entries: every kind through its own registry router (feedings.add, diapers.update, …)
// with the app's record hooks, which also read the day again.

/** The kinds' add and update, by kind: each router's procedures differ only in their types. */
export function useEntryWrite(kind: CareKind, action: "add" | "update") {
  return useRecordWrite(kind as "feedings", action) as unknown as {
    mutate: (input: Record<string, unknown>, options?: { onSuccess?: (saved: unknown) => void }) => void;
    mutateAsync: (input: Record<string, unknown>) => Promise<unknown>;
    isPending: boolean;
    error: unknown;
    reset: () => void;
  };
}

function useDeleteOf<K extends CareKind>(kind: K, babyId: string) {
  const add = useRecordWrite(kind, "add");
  return useRecordDelete(
    kind,
    babyId,
    {
      deleted: () => i18n.t(`care:undo.deleted.${kind}`),
      restored: () => i18n.t(`care:undo.restored.${kind}`),
    },
    (record) =>
      (add.mutateAsync as unknown as (input: Record<string, unknown>) => Promise<unknown>)({
        babyId,
        ...entryValues({ kind, record } as unknown as CareEntry),
      }),
  );
}

/**
 * Deletes any entry of the log at once; the notice offers Undo, which records it again. Kept by the today view
 * (not the form that asked), so Undo works after the form has closed.
 */
export function useEntryDelete(babyId: string) {
  const deletes = {
    feedings: useDeleteOf("feedings", babyId),
    sleeps: useDeleteOf("sleeps", babyId),
    diapers: useDeleteOf("diapers", babyId),
    pumpings: useDeleteOf("pumpings", babyId),
    tummyTimes: useDeleteOf("tummyTimes", babyId),
    careNotes: useDeleteOf("careNotes", babyId),
    customEntries: useDeleteOf("customEntries", babyId),
  } satisfies Record<CareKind, unknown>;
  return {
    pending: Object.values(deletes).some((d) => d.isPending),
    deleteEntry: (entry: CareEntry) =>
      (deletes[entry.kind].deleteRecord as (record: RecordOfKind<CareKind>) => void)(entry.record as never),
  };
}

/**
 * Records a quick entry (a diaper, a bottle, a tracker used before) and says so with Undo, which deletes it again: a mis-tap at 3 a.m.
 * is one more tap to take back.
 */
export function useQuickAdd<K extends "diapers" | "feedings" | "customEntries">(kind: K, babyId: string) {
  const add = useEntryWrite(kind, "add");
  const remove = useRecordWrite(kind as "diapers", "delete") as unknown as {
    mutateAsync: (input: Record<string, unknown>) => Promise<unknown>;
  };
  return {
    pending: add.isPending,
    add: (values: Record<string, unknown>, said: () => string) =>
      add.mutate(
        { babyId, ...values },
        {
          onSuccess: (saved) => {
            const record = saved as Record<string, unknown>;
            notifyUndoable(
              said,
              () => remove.mutateAsync({ babyId, [idFieldOf(kind)]: record[idFieldOf(kind)], version: record.version }),
              () => i18n.t("care:undo.takenBack"),
            );
          },
        },
      ),
  };
}
