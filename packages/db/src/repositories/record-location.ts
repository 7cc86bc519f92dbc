import type { BabyRecordDefinition } from "@upnest/schemas";
import { notFound } from "../core/errors.ts";
import { keys, locatorKey, prefixes } from "../core/keys.ts";
import { queryPages } from "../core/query-all.ts";
import { recordIds } from "../core/record-ids.ts";
import { getItem, type Step, type Store, send } from "../core/store.ts";

/**
 * Where a record of one type is, from its id alone (decision 0007): a dated type's id is a ULID whose time
 * is the record's date (midnight UTC) or instant, so the id names its key `<prefix>#<date>#<id>` and one
 * consistent Get reads it, however many records the baby has. A record whose date was edited moved away
 * from that key: a small locator item (`LOC#<prefix>#<id>`, written in the move's transaction) says where
 * it is. Records stored before ids carried their date (plain ULIDs: decision 0004) have locators from
 * migration 0003; one the migration has not seen is found the 0004 way, by a filtered Query.
 */
export function recordLocation(store: Store, definition: BabyRecordDefinition) {
  const { prefix, dated, label, idField } = definition;

  const ids = recordIds(definition);
  const { namesItsKey, homeKey } = ids;

  /** The 0004 way, for ids from before 0007 that no locator names yet: a Query over the type, filtered on the id. */
  async function byFilter(babyId: string, id: string) {
    const pages = queryPages(store.db, {
      TableName: store.tableName,
      KeyConditionExpression: "PK = :pk AND begins_with(SK, :prefix)",
      FilterExpression: "#id = :id",
      ExpressionAttributeNames: { "#id": idField },
      ExpressionAttributeValues: { ":pk": keys.baby(babyId), ":prefix": prefixes.records(prefix), ":id": id },
      ConsistentRead: true,
    });
    return send(async () => {
      for await (const items of pages) if (items[0]) return items[0];
      return undefined;
    });
  }

  const missing = () => notFound(label);
  /** A type on a shared timeline finds only its own records there (a feeding's id never reads a diaper). */
  const ours = (item: Record<string, unknown> | undefined) =>
    item && (!definition.timeline || item.type === definition.recordType) ? item : undefined;

  return {
    sortValueOf: ids.sortValueOf,
    newId: ids.newId,
    importedId: ids.importedId,
    missing,
    ours,

    /** Where a record with an id that names its key may be: that key, or the locator a move left (one Get each). */
    placesOf(babyId: string, id: string) {
      return { home: homeKey(babyId, id), locator: locatorKey(babyId, prefix, id) };
    },

    /** The stored item of a record: one Get at the key its id names; a moved or older one through its locator. */
    async find(babyId: string, id: string): Promise<Record<string, unknown>> {
      const named = namesItsKey(id);
      if (named) {
        const item = ours(await getItem(store, homeKey(babyId, id)));
        if (item || dated.by === "none") {
          if (!item) throw missing();
          return item;
        }
      }
      const locator = await getItem(store, locatorKey(babyId, prefix, id));
      if (locator) {
        const item = ours(await getItem(store, { PK: keys.baby(babyId), SK: String(locator.at) }));
        if (item) return item;
      }
      const older = !named && definition.legacyIds ? await byFilter(babyId, id) : undefined;
      if (!older) throw missing();
      return older;
    },

    /** In a move's transaction: the locator says where the record now is, or goes once it is back home. */
    movedStep(babyId: string, id: string, sk: string): Step {
      const Key = locatorKey(babyId, prefix, id);
      return namesItsKey(id) && homeKey(babyId, id).SK === sk
        ? { item: { Delete: { TableName: store.tableName, Key } } }
        : { item: { Put: { TableName: store.tableName, Item: { ...Key, type: "locator", at: sk } } } };
    },

    /** In a delete's transaction: the record's locator, if it had one. */
    removedSteps(babyId: string, id: string, sk: string): Step[] {
      if (dated.by === "none" || (namesItsKey(id) && homeKey(babyId, id).SK === sk)) return [];
      return [{ item: { Delete: { TableName: store.tableName, Key: locatorKey(babyId, prefix, id) } } }];
    },
  };
}
