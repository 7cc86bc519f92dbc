import type { BabyRecordDefinition, RecordOf, ValuesOf } from "@upnest/schemas";
import { conflict, invalid } from "../core/errors.ts";
import { prefixes, recordKey } from "../core/keys.ts";
import { type Step, type Store, transact } from "../core/store.ts";
import { type Access, memberCondition, requireRole, verified } from "../guards/access.ts";
import { auditStep, changedFields } from "../guards/audit.ts";
import { idempotencyStep, once } from "../guards/idempotency.ts";
import { allPages, type Page, queryPage } from "../guards/pagination.ts";
import { versionIs } from "../guards/versions.ts";
import { recordLocation } from "./record-location.ts";

/** DynamoDB's limit on the items of one transaction, and so the most records `addMany` writes at once. */
const MAX_TRANSACTION_ITEMS = 100;
export const MAX_RECORDS_AT_ONCE = Math.floor((MAX_TRANSACTION_ITEMS - 2) / 2);

type Meta = { createdBy: string; createdAt: string; updatedAt: string; version: number };
export type ListQuery = {
  from?: string | undefined;
  to?: string | undefined;
  limit: number;
  cursor?: string | undefined;
};

/**
 * The repository of one record type, from its definition (packages/schemas, `defineBabyRecord`): every
 * method takes the `Access` of the membership check first; membership is a condition of every write's
 * transaction, updates are conditional on `version`, each change writes its audit event in the same
 * transaction, creates are idempotent, lists page with sealed cursors, and a record is found by its id
 * with one Get (decision 0007).
 */
export function recordsRepository<D extends BabyRecordDefinition>(store: Store, definition: D) {
  type V = ValuesOf<D>;
  type T = RecordOf<D>;
  const { tableName } = store;
  const { prefix, label, recordType, idField } = definition;
  const where = recordLocation(store, definition);
  const stale = (old: Record<string, unknown> | undefined) =>
    old
      ? conflict(`This ${label.toLowerCase()} was changed by someone else. Reload to see the latest and try again.`)
      : where.missing();

  /** The type's rules (they may need the baby's facts, which came with the membership check), then its cleaning. */
  function checked(access: Access, values: V): V {
    const problem = definition.check?.(access.baby, values);
    if (problem) throw invalid(problem.field, problem.message);
    return definition.clean ? (definition.clean(values) as V) : values;
  }

  /** The stored item: `babyId` is not repeated (the partition key holds it); `fromItem` restores it. */
  const toItem = (babyId: string, id: string, values: V, meta: Meta) => ({
    ...recordKey(babyId, prefix, where.sortValueOf(values), id),
    type: recordType,
    [idField]: id,
    ...values,
    ...meta,
  });
  const fromItem =
    (babyId: string) =>
    (item: Record<string, unknown>): T =>
      definition.record.parse({ ...item, babyId }) as T;

  /**
   * A new record's id, the record, and the steps that write it with its audit event: `add` runs them with the
   * membership condition; a write that creates a record as part of its own change (a timer's stop) adds its steps.
   * An import gives the id (`importedId`), so the same row imported again names the same key.
   */
  function creation(access: Access, input: V, givenId?: string): { id: string; record: T; steps: Step[] } {
    const { userId, babyId } = requireRole(access, "caregiver");
    const values = checked(access, input);
    const id = givenId ?? where.newId(values, store.now());
    const now = store.now().toISOString();
    const item = toItem(babyId, id, values, { createdBy: userId, createdAt: now, updatedAt: now, version: 1 });
    const steps: Step[] = [
      {
        item: { Put: { TableName: tableName, Item: item, ConditionExpression: "attribute_not_exists(PK)" } },
        onConditionFailed: () => conflict(`This ${label.toLowerCase()} is already recorded`),
      },
      auditStep(store, access, babyId, {
        action: "create",
        recordType,
        recordId: id,
        changes: changedFields(undefined, item),
      }),
    ];
    return { id, record: fromItem(babyId)(item), steps };
  }

  async function get(access: Access, id: string): Promise<T> {
    const { babyId } = verified(access);
    return fromItem(babyId)(await where.find(babyId, id));
  }

  async function list(access: Access, q: ListQuery): Promise<Page<T>> {
    const { userId, babyId } = verified(access);
    const bound = prefixes.records(prefix);
    return queryPage(
      store,
      userId,
      `${prefix}|${babyId}|${q.from ?? ""}|${q.to ?? ""}`,
      {
        KeyConditionExpression: "PK = :pk AND SK BETWEEN :from AND :to",
        ExpressionAttributeValues: {
          ":pk": recordKey(babyId, prefix, undefined, "").PK,
          ":from": `${bound}${q.from ?? ""}`,
          ":to": `${bound}${q.to ?? ""}~`,
          ...(definition.timeline ? { ":type": recordType } : {}),
        },
        // On a shared timeline the other types' records are read and left out (a page may hold fewer than `limit`).
        ...(definition.timeline
          ? { FilterExpression: "#type = :type", ExpressionAttributeNames: { "#type": "type" } }
          : {}),
        ScanIndexForward: false,
        ConsistentRead: true,
      },
      { limit: q.limit, cursor: q.cursor },
      fromItem(babyId),
    );
  }

  return {
    definition,
    get,
    list,

    /**
     * Every record of the baby (up to `maxPages` of 100), in key order: a dated type's oldest first, an undated
     * type's by id (its natural id, or the order the ids were made), so an export imported again, which makes new
     * ids in the order it reads, lists its records in the same order.
     */
    async all(access: Access, maxPages?: number): Promise<T[]> {
      const listed = await allPages((cursor) => list(access, { limit: 100, cursor }), maxPages);
      return listed.reverse();
    },

    creation,

    /** A new record: the writer's membership, the record and its audit event in one transaction. */
    async add(access: Access, input: V, idempotencyKey?: string): Promise<T> {
      const { userId, babyId } = requireRole(access, "caregiver");
      const { id, record, steps } = creation(access, input);
      const member = memberCondition(store, userId, babyId);
      if (!idempotencyKey) {
        await transact(store, [member, ...steps]);
        return record;
      }
      const request = { babyId, input };
      return once(
        request,
        async () => {
          // Before the record's own condition, so a replay is told apart from a natural id recorded twice.
          await transact(store, [member, idempotencyStep(store, userId, idempotencyKey, request, id), ...steps]);
          return record;
        },
        (firstId) => get(access, firstId),
      );
    },

    /**
     * Several new records of this type (one visit's doses): the writer's membership, each record and its audit
     * event in ONE transaction, so all are written or none. DynamoDB takes at most 100 items in a transaction.
     */
    async addMany(access: Access, inputs: readonly V[], idempotencyKey?: string): Promise<T[]> {
      const { userId, babyId } = requireRole(access, "caregiver");
      if (inputs.length === 0) return [];
      const items = 2 * inputs.length + 1 + (idempotencyKey ? 1 : 0);
      if (items > MAX_TRANSACTION_ITEMS) throw invalid("records", `At most ${MAX_RECORDS_AT_ONCE} records at once`);
      const made = inputs.map((input) => creation(access, input));
      const steps = [memberCondition(store, userId, babyId), ...made.flatMap((m) => m.steps)];
      const records = made.map((m) => m.record);
      if (!idempotencyKey) {
        await transact(store, steps);
        return records;
      }
      const request = { babyId, inputs };
      const ids = made.map((m) => m.id).join(",");
      return once(
        request,
        async () => {
          await transact(store, [
            steps[0]!,
            idempotencyStep(store, userId, idempotencyKey, request, ids),
            ...steps.slice(1),
          ]);
          return records;
        },
        (firstIds) => Promise.all(firstIds.split(",").map((id) => get(access, id))),
      );
    },

    /** Replaces a record's values, conditional on the version the user saw. A new date moves the item; the id stays. */
    async update(access: Access, id: string, version: number, input: V): Promise<T> {
      const { userId, babyId } = requireRole(access, "caregiver");
      const values = checked(access, input);
      const old = await where.find(babyId, id);
      const meta = {
        createdBy: String(old.createdBy),
        createdAt: String(old.createdAt),
        updatedAt: store.now().toISOString(),
        version: version + 1,
      };
      const item = toItem(babyId, id, values, meta);
      const oldKey = { PK: String(old.PK), SK: String(old.SK) };
      const write: Step[] =
        oldKey.SK === item.SK
          ? [{ item: { Put: { TableName: tableName, Item: item, ...versionIs(version) } }, onConditionFailed: stale }]
          : [
              {
                item: { Delete: { TableName: tableName, Key: oldKey, ...versionIs(version) } },
                onConditionFailed: stale,
              },
              { item: { Put: { TableName: tableName, Item: item, ConditionExpression: "attribute_not_exists(PK)" } } },
              where.movedStep(babyId, id, item.SK),
            ];
      const audit = auditStep(store, access, babyId, {
        action: "update",
        recordType,
        recordId: id,
        changes: changedFields(old, item),
      });
      await transact(store, [memberCondition(store, userId, babyId), ...write, audit]);
      return fromItem(babyId)(item);
    },

    async remove(access: Access, id: string, version: number): Promise<void> {
      const { userId, babyId } = requireRole(access, "caregiver");
      const old = await where.find(babyId, id);
      const sk = String(old.SK);
      await transact(store, [
        memberCondition(store, userId, babyId),
        {
          item: { Delete: { TableName: tableName, Key: { PK: String(old.PK), SK: sk }, ...versionIs(version) } },
          onConditionFailed: stale,
        },
        ...where.removedSteps(babyId, id, sk),
        auditStep(store, access, babyId, {
          action: "delete",
          recordType,
          recordId: id,
          changes: changedFields(old, undefined),
        }),
      ]);
    },
  };
}
export type RecordsRepository<D extends BabyRecordDefinition> = ReturnType<typeof recordsRepository<D>>;
