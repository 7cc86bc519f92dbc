import { ulid } from "ulid";
import type { z } from "zod";
import { conflict, notFound } from "../core/errors.ts";
import { keys } from "../core/keys.ts";
import { queryPages } from "../core/query-all.ts";
import { type Access, type BabyFacts, memberCondition, requireMember } from "../guards/access.ts";
import { auditStep, changedFields } from "../guards/audit.ts";
import { versionIs } from "../guards/versions.ts";
import { idempotencyStep, once } from "../guards/idempotency.ts";
import { type Page, queryPage } from "../guards/pagination.ts";
import { getItem, type Step, type Store, send, transact } from "../core/store.ts";

/**
 * The shared base of every record kept in a baby's partition (measurements,
 * vaccinations, milestones, ...): membership checked before a read and as a
 * condition of every write, optimistic locking on `version`, an audit event in
 * the same transaction, idempotent creates, date-ordered sealed-cursor lists.
 * A new record type is a spec, not a copy of this logic.
 */
export type RecordSpec<T, V extends object> = {
  /** Key prefix, e.g. MEAS: items are `<prefix>#<date>#<id>` in the baby's partition. */
  prefix: string;
  /** The record's name in the audit trail, e.g. "measurement". */
  recordType: string;
  /** Shown in NOT_FOUND / CONFLICT messages, e.g. "Measurement". */
  label: string;
  /** The id attribute, e.g. "measurementId". */
  idField: string;
  /** The date that orders the records (YYYY-MM-DD); without one, records are keyed by id alone. */
  dateOf?: (values: V) => string;
  /**
   * A natural id (e.g. a checklist milestone's id): the record is then unique
   * per baby, since its key holds no date; a second create is a CONFLICT.
   */
  idOf?: (values: V) => string | undefined;
  /** Parses a stored item into the record clients see. */
  schema: z.ZodType<T>;
  /** Rules that need the baby (e.g. not before birth); throws a DomainError. */
  check?: (baby: BabyFacts, values: V) => void;
  /** Normalises values before they are stored. */
  clean?: (values: V) => V;
};

type Meta = { createdBy: string; createdAt: string; updatedAt: string; version: number };

export function babyRecords<T, V extends object>(store: Store, spec: RecordSpec<T, V>) {
  const { tableName } = store;
  const sortKey = (values: V, id: string) =>
    spec.dateOf ? `${spec.prefix}#${spec.dateOf(values)}#${id}` : `${spec.prefix}#${id}`;
  const stale = (old: Record<string, unknown> | undefined) =>
    old
      ? conflict(
          `This ${spec.label.toLowerCase()} was changed by someone else. Reload to see the latest and try again.`,
        )
      : notFound(spec.label);

  /** The membership (with the baby's facts, which rules like "not before birth" need), then the rules. */
  async function checked(actingUserId: string, babyId: string, values: V, known?: Access) {
    const { baby } = await requireMember(store, actingUserId, babyId, known);
    spec.check?.(baby, values);
    return spec.clean ? spec.clean(values) : values;
  }

  /**
   * Access pattern: a record by its id. Undated records are keyed by id: one Get.
   * Dated ones are keyed by date, so this is one consistent Query over the
   * baby's records of this type, filtered on the id. It reads them all, but
   * only an edit, a delete or a single-record read pays for that, never a
   * create or a list (see docs/decisions/0004-find-records-by-filter.md).
   */
  async function findItem(babyId: string, id: string) {
    if (!spec.dateOf) {
      const item = await getItem(store, { PK: keys.baby(babyId), SK: `${spec.prefix}#${id}` });
      if (!item) throw notFound(spec.label);
      return item;
    }
    const pages = queryPages(store.db, {
      TableName: tableName,
      KeyConditionExpression: "PK = :pk AND begins_with(SK, :prefix)",
      FilterExpression: "#id = :id",
      ExpressionAttributeNames: { "#id": spec.idField },
      ExpressionAttributeValues: { ":pk": keys.baby(babyId), ":prefix": `${spec.prefix}#`, ":id": id },
      ConsistentRead: true,
    });
    const item = await send(async () => {
      for await (const items of pages) if (items[0]) return items[0];
      return undefined;
    });
    if (!item) throw notFound(spec.label);
    return item;
  }

  /** The stored item: `babyId` is not repeated (the partition key holds it); `fromItem` restores it. */
  const toItem = (babyId: string, id: string, values: V, meta: Meta) => ({
    PK: keys.baby(babyId),
    SK: sortKey(values, id),
    type: spec.recordType,
    [spec.idField]: id,
    ...values,
    ...meta,
  });
  const fromItem = (item: Record<string, unknown>): T =>
    spec.schema.parse({ ...item, babyId: keys.babyIdOf(String(item.PK)) });

  async function get(actingUserId: string, babyId: string, id: string, known?: Access): Promise<T> {
    await requireMember(store, actingUserId, babyId, known);
    return fromItem(await findItem(babyId, id));
  }

  return {
    get,

    /** A new record: the writer's membership, the record and its audit event in one transaction. */
    async add(actingUserId: string, babyId: string, input: V, idempotencyKey?: string, known?: Access): Promise<T> {
      const values = await checked(actingUserId, babyId, input, known);
      const id = spec.idOf?.(values) ?? ulid();
      const now = store.now().toISOString();
      const item = toItem(babyId, id, values, { createdBy: actingUserId, createdAt: now, updatedAt: now, version: 1 });
      const steps: Step[] = [
        memberCondition(store, actingUserId, babyId),
        {
          item: { Put: { TableName: tableName, Item: item, ConditionExpression: "attribute_not_exists(PK)" } },
          onConditionFailed: () => conflict(`This ${spec.label.toLowerCase()} is already recorded`),
        },
        auditStep(store, actingUserId, babyId, {
          action: "create",
          recordType: spec.recordType,
          recordId: id,
          changes: changedFields(undefined, item),
        }),
      ];
      if (!idempotencyKey) {
        await transact(store, steps);
        return fromItem(item);
      }
      const request = { babyId, input };
      return once(
        request,
        async () => {
          await transact(store, [...steps, idempotencyStep(store, actingUserId, idempotencyKey, request, id)]);
          return fromItem(item);
        },
        (firstId) => get(actingUserId, babyId, firstId),
      );
    },

    /** A baby's records in a date range, newest first. */
    async list(
      actingUserId: string,
      babyId: string,
      q: { from?: string | undefined; to?: string | undefined; limit: number; cursor?: string | undefined },
      known?: Access,
    ): Promise<Page<T>> {
      await requireMember(store, actingUserId, babyId, known);
      return queryPage(
        store,
        actingUserId,
        `${spec.prefix}|${babyId}|${q.from ?? ""}|${q.to ?? ""}`,
        {
          KeyConditionExpression: "PK = :pk AND SK BETWEEN :from AND :to",
          ExpressionAttributeValues: {
            ":pk": keys.baby(babyId),
            ":from": `${spec.prefix}#${q.from ?? ""}`,
            ":to": `${spec.prefix}#${q.to ?? ""}~`,
          },
          ScanIndexForward: false,
          ConsistentRead: true,
        },
        { limit: q.limit, cursor: q.cursor },
        fromItem,
      );
    },

    /** Replaces a record's values, conditional on the version the user saw. A new date moves the item; the id stays. */
    async update(
      actingUserId: string,
      babyId: string,
      id: string,
      version: number,
      input: V,
      known?: Access,
    ): Promise<T> {
      const values = await checked(actingUserId, babyId, input, known);
      const old = await findItem(babyId, id);
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
            ];
      const audit = auditStep(store, actingUserId, babyId, {
        action: "update",
        recordType: spec.recordType,
        recordId: id,
        changes: changedFields(old, item),
      });
      await transact(store, [memberCondition(store, actingUserId, babyId), ...write, audit]);
      return fromItem(item);
    },

    async remove(actingUserId: string, babyId: string, id: string, version: number, known?: Access): Promise<void> {
      await requireMember(store, actingUserId, babyId, known);
      const old = await findItem(babyId, id);
      await transact(store, [
        memberCondition(store, actingUserId, babyId),
        {
          item: {
            Delete: { TableName: tableName, Key: { PK: String(old.PK), SK: String(old.SK) }, ...versionIs(version) },
          },
          onConditionFailed: stale,
        },
        auditStep(store, actingUserId, babyId, {
          action: "delete",
          recordType: spec.recordType,
          recordId: id,
          changes: changedFields(old, undefined),
        }),
      ]);
    },
  };
}
