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

/** The condition "this membership exists with one of these roles", for any write on the membership item itself. */
export function roleCondition(roles: readonly Role[] = WRITE_ROLES) {
  return {
    ConditionExpression: `attribute_exists(PK) AND #role IN (${roles.map((_, i) => `:role${i}`).join(", ")})`,
    ExpressionAttributeNames: { "#role": "role" },
    ExpressionAttributeValues: Object.fromEntries(roles.map((r, i) => [`:role${i}`, r])) as Record<string, unknown>,
    ReturnValuesOnConditionCheckFailure: "ALL_OLD" as const,
  };
}

/** A member without the role gets FORBIDDEN; anyone else, NOT_FOUND, as if the baby did not exist. */
export const accessDenied = (old: Record<string, unknown> | undefined) =>
  old ? forbidden("Your role on this baby's record does not allow this change") : notFound("Baby");

/**
 * The same check inside a write's transaction, so a caregiver revoked (or made
 * viewer) a moment ago cannot write: the condition is evaluated atomically
 * with the write, not by a read before it. (DynamoDB allows one operation per
 * item in a transaction: a write that also changes the acting user's own
 * membership puts `roleCondition` on that write instead.)
 */
export function memberCondition(store: Store, actingUserId: string, babyId: string, roles: readonly Role[] = WRITE_ROLES): Step {
  return {
    item: { ConditionCheck: { TableName: store.tableName, Key: userMembershipKey(actingUserId, babyId), ...roleCondition(roles) } },
    onConditionFailed: accessDenied,
  };
}
