import type { Role } from "@upnest/schemas";
import { babyProfileKey, calendarFeedByHashKey, keys, prefixes, sessionKey } from "../core/keys.ts";
import { queryPages } from "../core/query-all.ts";
import { deleteKeys, getItem, type Store, send } from "../core/store.ts";
import { requireMember } from "../guards/access.ts";
import { deleteIdentity } from "../sign-in/auth-storage.ts";
import type { BabiesRepository } from "./babies.ts";
import type { MembersRepository } from "./members.ts";

/**
 * Deleting an account: babies the user owns alone are deleted with every
 * item in their partition; babies shared with them (or co-owned) stay for the
 * others, without this user; then the user's own partition and sign-in go.
 */
export function accountRepository(store: Store, babies: BabiesRepository, members: MembersRepository) {
  /** Everything in one partition of the user's: their own (profile, memberships, idempotency records) or their sessions. */
  function userItems(userId: string, partition = keys.user(userId)) {
    return send(async () => {
      const items: Record<string, unknown>[] = [];
      const pages = queryPages(store.db, {
        TableName: store.tableName,
        KeyConditionExpression: "PK = :pk",
        ExpressionAttributeValues: { ":pk": partition },
        ConsistentRead: true,
      });
      for await (const page of pages) items.push(...page);
      return items;
    });
  }

  return {
    /** What deleting would do: the babies that would be deleted with the account, and those the user would leave. */
    async preview(actingUserId: string) {
      const memberships = (await userItems(actingUserId)).filter((i) => String(i.SK).startsWith(prefixes.memberships));
      const deleted: string[] = [];
      const left: string[] = [];
      for (const m of memberships) {
        const baby = await getItem(store, babyProfileKey(String(m.babyId)));
        const ownsAlone = (m.role as Role) === "owner" && Number(baby?.ownerCount ?? 1) <= 1;
        (ownsAlone ? deleted : left).push(String(m.babyId));
      }
      return { babiesDeleted: deleted, babiesLeft: left };
    },

    async deleteAccount(actingUserId: string, email: string) {
      const { babiesDeleted, babiesLeft } = await this.preview(actingUserId);
      for (const babyId of babiesDeleted) {
        const access = await requireMember(store, actingUserId, babyId);
        const baby = await babies.get(access);
        await babies.remove(access, { version: baby.version });
      }
      for (const babyId of babiesLeft)
        await members.remove(await requireMember(store, actingUserId, babyId), { userId: actingUserId });
      const own = await userItems(actingUserId);
      // The calendar feed's lookup by its secret's hash lives outside the user's partition.
      const feedLookups = own
        .filter((i) => i.type === "calendarFeed" && typeof i.secretHash === "string")
        .map((i) => calendarFeedByHashKey(String(i.secretHash)));
      await deleteKeys(store, [...(own as { PK: string; SK: string }[]), ...feedLookups]);
      const sessions = await userItems(actingUserId, sessionKey(actingUserId, "").PK);
      await deleteKeys(store, sessions as { PK: string; SK: string }[]);
      await send(() => deleteIdentity(store.db, store.tableName, actingUserId, email));
      return { babiesDeleted, babiesLeft };
    },
  };
}
