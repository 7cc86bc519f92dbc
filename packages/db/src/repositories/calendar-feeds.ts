import { createHash, randomBytes } from "node:crypto";
import { calendarFeedByHashKey, userCalendarFeedKey } from "../core/keys.ts";
import { getItem, type Step, type Store, transact } from "../core/store.ts";

const hashOf = (secret: string) => createHash("sha256").update(secret).digest("base64url");

/**
 * A person's calendar feed: a secret (32 random bytes, base64url) in its URL. The table keeps it twice: by its
 * SHA-256 (what a calendar app's request is looked up by; the hash alone names no URL) and in the person's own
 * partition (so the settings can show the URL again, and deleting the account finds it).
 */
export function calendarFeedsRepository(store: Store) {
  const put = (Item: Record<string, unknown>): Step => ({ item: { Put: { TableName: store.tableName, Item } } });
  const remove = (Key: { PK: string; SK: string }): Step => ({ item: { Delete: { TableName: store.tableName, Key } } });

  return {
    /** The person's current secret, if they made a feed. */
    async secret(actingUserId: string): Promise<string | undefined> {
      const item = await getItem(store, userCalendarFeedKey(actingUserId));
      return typeof item?.secret === "string" ? item.secret : undefined;
    },

    /** A new secret; the previous one (if any) stops working in the same transaction. */
    async create(actingUserId: string): Promise<string> {
      const old = await getItem(store, userCalendarFeedKey(actingUserId));
      const secret = randomBytes(32).toString("base64url");
      const secretHash = hashOf(secret);
      const createdAt = store.now().toISOString();
      await transact(store, [
        put({ ...userCalendarFeedKey(actingUserId), type: "calendarFeed", secret, secretHash, createdAt }),
        put({ ...calendarFeedByHashKey(secretHash), type: "calendarFeedLookup", userId: actingUserId, createdAt }),
        ...(typeof old?.secretHash === "string" ? [remove(calendarFeedByHashKey(old.secretHash))] : []),
      ]);
      return secret;
    },

    /** The feed stops working. */
    async revoke(actingUserId: string): Promise<void> {
      const old = await getItem(store, userCalendarFeedKey(actingUserId));
      if (!old) return;
      await transact(store, [
        remove(userCalendarFeedKey(actingUserId)),
        ...(typeof old.secretHash === "string" ? [remove(calendarFeedByHashKey(old.secretHash))] : []),
      ]);
    },

    /**
     * Whose feed a secret opens, if it is current: the lookup by its hash, confirmed by the person's own item
     * (a lookup left behind by anything else opens nothing).
     */
    async ownerOf(secret: string): Promise<string | undefined> {
      const secretHash = hashOf(secret);
      const lookup = await getItem(store, calendarFeedByHashKey(secretHash));
      if (typeof lookup?.userId !== "string") return undefined;
      const own = await getItem(store, userCalendarFeedKey(lookup.userId));
      return own?.secretHash === secretHash ? lookup.userId : undefined;
    },
  };
}
export type CalendarFeedsRepository = ReturnType<typeof calendarFeedsRepository>;
