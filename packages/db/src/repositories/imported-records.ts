import { BatchGetCommand } from "@aws-sdk/lib-dynamodb";
import type { BabyRecordDefinition } from "@upnest/schemas";
import { DomainError, invalid, unavailable } from "../core/errors.ts";
import { type Step, type Store, send, transact } from "../core/store.ts";
import { type Access, memberCondition, requireRole } from "../guards/access.ts";
import { recordLocation } from "./record-location.ts";
import { MAX_RECORDS_AT_ONCE, type RecordsRepository } from "./records.ts";

/** One record another app's export gave: its type, the key of the row it came from, and its (parsed) values. */
export type ImportedRecordInput = {
  definition: BabyRecordDefinition;
  importKey: string;
  values: Record<string, unknown>;
};
export type ImportOutcome = { created: number; alreadyImported: number };
type Key = { PK: string; SK: string };

/** Which of the keys hold an item, as `<SK>\0<type>` (a BatchGet takes 100 keys and may leave some for another try). */
async function batchGet(store: Store, keys: Key[]): Promise<Set<string>> {
  const found = new Set<string>();
  let pending: Record<string, unknown>[] = keys;
  for (let attempt = 0; pending.length > 0; attempt++) {
    if (attempt === 5) throw unavailable(new Error("BatchGet left keys unprocessed"));
    const out = await send(() =>
      store.db.send(
        new BatchGetCommand({
          RequestItems: {
            [store.tableName]: {
              Keys: pending,
              ConsistentRead: true,
              ProjectionExpression: "SK, #type",
              ExpressionAttributeNames: { "#type": "type" },
            },
          },
        }),
      ),
    );
    for (const item of out.Responses?.[store.tableName] ?? []) found.add(`${item.SK}\u0000${item.type ?? ""}`);
    pending = out.UnprocessedKeys?.[store.tableName]?.Keys ?? [];
  }
  return found;
}

/** A problem with one record's values, named by its place in the batch (`records.3.startedAt`). */
function atIndex(error: unknown, index: number): unknown {
  if (!(error instanceof DomainError) || error.kind !== "invalid" || !error.fieldErrors) return error;
  const fieldErrors = Object.fromEntries(
    Object.entries(error.fieldErrors).map(([field, messages]) => [`records.${index}.${field}`, messages]),
  );
  return new DomainError("invalid", error.message, { fieldErrors });
}

/**
 * Records imported from another app (Baby Buddy's export), several kinds at once (they share the baby's partition).
 * Each record's id comes from its date or instant and a hash of (baby, type, import key) (`importedId`, decision 0007),
 * so a row imported before is found with one consistent BatchGet of the keys the ids name and their locators (a
 * record whose date was edited since has one), and is not written again, however long ago it was imported.
 */
export function importedRecordsRepository(
  store: Store,
  records: <D extends BabyRecordDefinition>(definition: D) => RecordsRepository<D>,
) {
  return {
    /**
     * Writes the batch's records that are not in the baby yet, each through its own definition (its rules, then its
     * cleaning: a problem names the record's index), with their audit events and the writer's membership in ONE
     * transaction. `beforeWrite` is told how many will be written before anything is (an import budget's charge).
     */
    async add(
      access: Access,
      inputs: readonly ImportedRecordInput[],
      beforeWrite?: (toWrite: number) => Promise<void>,
    ): Promise<ImportOutcome> {
      const { userId, babyId } = requireRole(access, "caregiver");
      if (inputs.length > MAX_RECORDS_AT_ONCE)
        throw invalid("records", `At most ${MAX_RECORDS_AT_ONCE} records at once`);
      const planned = inputs.map((input, index) => {
        const where = recordLocation(store, input.definition);
        const id = where.importedId(input.values, babyId, input.importKey);
        try {
          const { steps } = records(input.definition).creation(access, input.values as never, id);
          return { steps, type: input.definition.recordType, places: where.placesOf(babyId, id) };
        } catch (error) {
          throw atIndex(error, index);
        }
      });
      if (planned.length === 0) return { created: 0, alreadyImported: 0 };

      const found = await batchGet(store, [
        ...new Map(planned.flatMap((p) => [p.places.home, p.places.locator]).map((k) => [k.SK, k])).values(),
      ]);
      const there = (sk: string, type: string) => found.has(`${sk}\u0000${type}`);
      const written = new Set<string>();
      const fresh = planned.filter(({ places, type }) => {
        // Already in the baby at the key its id names, or moved (its locator); or twice in this batch.
        if (there(places.home.SK, type) || there(places.locator.SK, "locator") || written.has(places.home.SK))
          return false;
        written.add(places.home.SK);
        return true;
      });
      if (fresh.length > 0) {
        await beforeWrite?.(fresh.length);
        const steps: Step[] = [memberCondition(store, userId, babyId), ...fresh.flatMap((p) => p.steps)];
        await transact(store, steps);
      }
      return { created: fresh.length, alreadyImported: inputs.length - fresh.length };
    },
  };
}
