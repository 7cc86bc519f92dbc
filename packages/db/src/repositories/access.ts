import type { Role } from "@upnest/schemas";
import { forbidden, notFound } from "../errors.ts";
import { userMembershipKey } from "../keys.ts";
import { getItem, type Step, type Store } from "./store.ts";

/** Roles that may change a baby's records. */
export const WRITE_ROLES: readonly Role[] = ["owner", "caregiver"];

/**
 * The membership check before any of a baby's data is read: one consistent Get.
 * A stranger gets the same NOT_FOUND as for a baby that does not exist.
 */
export async function requireMember(store: Store, actingUserId: string, babyId: string): Promise<{ role: Role }> {
  const membership = await getItem(store, userMembershipKey(actingUserId, babyId));
  if (!membership) throw notFound("Baby");
  return { role: membership.role as Role };
}

/**
 * The same check inside a write's transaction, so a caregiver revoked (or made
 * viewer) a moment ago cannot write: the condition is evaluated atomically
 * with the write, not by a read before it.
 */
export function memberCondition(store: Store, actingUserId: string, babyId: string, roles: readonly Role[] = WRITE_ROLES): Step {
  const names = roles.map((_, i) => `:role${i}`);
  return {
    item: {
      ConditionCheck: {
        TableName: store.tableName,
        Key: userMembershipKey(actingUserId, babyId),
        ConditionExpression: `attribute_exists(PK) AND #role IN (${names.join(", ")})`,
        ExpressionAttributeNames: { "#role": "role" },
        ExpressionAttributeValues: Object.fromEntries(roles.map((r, i) => [`:role${i}`, r])),
        ReturnValuesOnConditionCheckFailure: "ALL_OLD",
      },
    },
    onConditionFailed: (old) => (old ? forbidden("Your role on this baby's record does not allow this change") : notFound("Baby")),
  };
}
