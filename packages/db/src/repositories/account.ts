import { BatchWriteCommand, QueryCommand } from "@aws-sdk/lib-dynamodb";
import type { Role } from "@upnest/schemas";
import { deleteIdentity } from "../auth-storage.ts";
import { babyProfileKey, keys } from "../keys.ts";
import type { BabiesRepository } from "./babies.ts";
import type { CaregiversRepository } from "./caregivers.ts";
import { getItem, send, type Store } from "./store.ts";


/**
 * Deleting an account: babies the user owns alone are deleted with every
 * item in their partition; babies shared with them (or co-owned) stay for the
 * others, without this user; then the user's own partition and sign-in go.
 */
export function accountRepository(store: Store, babies: BabiesRepository, caregivers: CaregiversRepository) {
  async function userItems(userId: string) {
    const items: Record<string, unknown>[] = [];
    let ExclusiveStartKey: Record<string, unknown> | undefined;
    do {
      const out = await send(() =>
        store.db.send(
          new QueryCommand({ TableName: store.tableName, KeyConditionExpression: "PK = :pk", ExpressionAttributeValues: { ":pk": keys.user(userId) }, ConsistentRead: true, ExclusiveStartKey }),
        ),
      );
      items.push(...(out.Items ?? []));
      ExclusiveStartKey = out.LastEvaluatedKey;
    } while (ExclusiveStartKey);
    return items;
  }

  return {
    /** What deleting would do: the babies that would be deleted with the account, and those the user would leave. */
    async preview(actingUserId: string) {
      const memberships = (await userItems(actingUserId)).filter((i) => String(i.SK).startsWith("BABY#"));
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
        const baby = await babies.get(actingUserId, babyId);
        await babies.remove(actingUserId, { babyId, version: baby.version });
      }
      for (const babyId of babiesLeft) await caregivers.remove(actingUserId, { babyId, userId: actingUserId });
      const rest = await userItems(actingUserId);
      for (let i = 0; i < rest.length; i += 25) {
        const batch = rest.slice(i, i + 25).map((item) => ({ DeleteRequest: { Key: { PK: item.PK, SK: item.SK } } }));
        await send(() => store.db.send(new BatchWriteCommand({ RequestItems: { [store.tableName]: batch } })));
      }
      await send(() => deleteIdentity(store.db, store.tableName, actingUserId, email));
      return { babiesDeleted, babiesLeft };
    },
  };
}
