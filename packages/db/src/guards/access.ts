import { type BabyFields, type Role, userProfile } from "@upnest/schemas";
import { forbidden, notFound } from "../core/errors.ts";
import { babyMemberKey, babyProfileKey, keys, prefixes, userMembershipKey } from "../core/keys.ts";
import { queryPages } from "../core/query-all.ts";
import { getItem, type Step, type Store, send } from "../core/store.ts";

/** Roles that may change a baby's records. */
export const WRITE_ROLES: readonly Role[] = ["owner", "caregiver"];

/**
 * The profile fields every membership item carries a copy of, written in the
 * same transaction as the profile: "my babies" is one Query, and the facts that
 * percentiles, the vaccination schedule and milestone ages need come with the
 * membership check itself, with no second read.
 */
export const BABY_FACTS = [
  "name",
  "dateOfBirth",
  "sex",
  "gestationalAgeWeeks",
  "vaccinationSchedule",
  "timeZone",
  "motherHeightCm",
  "fatherHeightCm",
  "conditions",
  "maternalRsvVaccine",
] as const;
/** Marks a membership item that carries every field of BABY_FACTS (absent ones are unset on the profile too). */
export const FACTS_MARK = "factsCopied";

export type BabyFacts = Pick<BabyFields, (typeof BABY_FACTS)[number]> & { babyId: string };

/** The baby facts of a membership item: `SET` for the present ones, `REMOVE` for the absent ones, and the mark. */
export function factsUpdate(facts: Record<string, unknown>) {
  const names: Record<string, string> = { "#mark": FACTS_MARK };
  const values: Record<string, unknown> = { ":mark": true };
  const sets = ["#mark = :mark"];
  const removes: string[] = [];
  BABY_FACTS.forEach((field, i) => {
    names[`#b${i}`] = field;
    if (facts[field] === undefined || facts[field] === null) removes.push(`#b${i}`);
    else {
      values[`:b${i}`] = facts[field];
      sets.push(`#b${i} = :b${i}`);
    }
  });
  return {
    UpdateExpression: `SET ${sets.join(", ")}${removes.length ? ` REMOVE ${removes.join(", ")}` : ""}`,
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: values,
  };
}

/** A new member: who, on which baby, with which role since when, and the display name they go by. */
export type NewMember = { userId: string; babyId: string; role: Role; since: string; displayName: string | undefined };

/**
 * The two items of a new membership: the user's side (read by every access check, so it carries the baby's
 * facts) and the baby's side (its member list). Baby creation and invitation acceptance both write them. Both
 * carry the member's display name (kept current by `users.update`), so a change's audit event names its author
 * with no read of their profile, and goes on naming them after they leave.
 */
export function membershipItems(member: NewMember, facts: object) {
  return {
    user: { ...userMembershipKey(member.userId, member.babyId), type: "membership", ...member, ...facts },
    baby: { ...babyMemberKey(member.babyId, member.userId), type: "member", ...member },
  };
}

/** The display name a membership item carries, if it has a valid one (memberships from before names may not). */
export const memberName = (item: Record<string, unknown> | undefined): string | undefined =>
  displayNameRule.safeParse(item?.displayName).data;

/** The same copy for a new membership item. */
export function factsOf(profile: Record<string, unknown>) {
  const facts: Record<string, unknown> = { [FACTS_MARK]: true };
  for (const field of BABY_FACTS)
    if (profile[field] !== undefined && profile[field] !== null) facts[field] = profile[field];
  return facts;
}

const displayNameRule = userProfile.shape.displayName;

declare const checked: unique symbol;

/**
 * Proof, for the rest of one request, that a user is a member of a baby, with
 * their role and the baby's facts. Only `requireMember` makes one (the brand
 * cannot be written elsewhere, and repositories refuse a value it did not
 * issue), so a repository method for a baby's data cannot be called without
 * the membership check: it takes an `Access` first. Writes still check the
 * membership inside their transaction (`memberCondition`).
 */
export type Access = Readonly<{
  userId: string;
  babyId: string;
  role: Role;
  baby: BabyFacts;
  /** The member's display name from the membership item (absent on one from before names, until 0004 has run). */
  displayName?: string | undefined;
  /** Set when an API key acts for its creator: the key, named in the audit events of its changes. */
  apiKey?: { keyId: string; name: string } | undefined;
}> & {
  readonly [checked]: true;
};
const issued = new WeakSet<object>();

/** The access a repository was handed, if the membership check issued it; anything else is a bug. */
export function verified(access: Access): Access {
  if (!issued.has(access)) throw new Error("An Access must come from the membership check");
  return access;
}

/**
 * The membership check before any of a baby's data is read: one consistent Get,
 * which also brings the baby's facts. A stranger gets the same NOT_FOUND as for
 * a baby that does not exist. A membership written before the facts were
 * copied (until migration 0002 has run) costs one more read, of the profile.
 */
export async function requireMember(
  store: Store,
  actingUserId: string,
  babyId: string,
  viaKey?: { keyId: string; name: string; atMost: Role },
): Promise<Access> {
  const membership = await getItem(store, userMembershipKey(actingUserId, babyId));
  if (!membership) throw notFound("Baby");
  const source = membership[FACTS_MARK] ? membership : await getItem(store, babyProfileKey(babyId));
  if (!source) throw notFound("Baby");
  const baby = Object.fromEntries([
    ["babyId", babyId],
    ...BABY_FACTS.filter((f) => source[f] !== undefined).map((f) => [f, source[f]]),
  ]) as BabyFacts;
  const role = membership.role as Role;
  // A key works only while its creator may change the baby's records (an owner or caregiver).
  if (viaKey && !WRITE_ROLES.includes(role)) throw notFound("Baby");
  const access = Object.freeze({
    userId: actingUserId,
    babyId,
    // A key acts as its creator, never above its scope: the lower of the two roles.
    role: viaKey && RANK[viaKey.atMost] < RANK[role] ? viaKey.atMost : role,
    baby: Object.freeze(baby),
    displayName: memberName(membership),
    ...(viaKey ? { apiKey: Object.freeze({ keyId: viaKey.keyId, name: viaKey.name }) } : {}),
  }) as Access;
  issued.add(access);
  return access;
}

const WRITE_REFUSED = "Your role on this baby's record does not allow this change";
const RANK: Record<Role, number> = { viewer: 0, caregiver: 1, owner: 2 };

/** The role guard: a member below `least` gets FORBIDDEN, with `message` (by default: may not change records). */
export function requireRole(access: Access, least: Role, message = WRITE_REFUSED): Access {
  if (RANK[verified(access).role] < RANK[least]) throw forbidden(message);
  return access;
}
/** The baby side of every membership (who has access), one consistent Query in the baby's partition. */
export async function membersOf(store: Store, babyId: string): Promise<{ userId: string; role: Role }[]> {
  const found: { userId: string; role: Role }[] = [];
  const pages = queryPages(store.db, {
    TableName: store.tableName,
    KeyConditionExpression: "PK = :pk AND begins_with(SK, :member)",
    ExpressionAttributeValues: { ":pk": keys.baby(babyId), ":member": prefixes.members },
    ConsistentRead: true,
  });
  await send(async () => {
    for await (const items of pages)
      for (const i of items) found.push({ userId: String(i.userId), role: i.role as Role });
  });
  return found;
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
  old ? forbidden(WRITE_REFUSED) : notFound("Baby");

/**
 * The same check inside a write's transaction, so a caregiver revoked (or made
 * viewer) a moment ago cannot write: the condition is evaluated atomically
 * with the write, not by a read before it. (DynamoDB allows one operation per
 * item in a transaction: a write that also changes the acting user's own
 * membership puts `roleCondition` on that write instead.)
 */
export function memberCondition(
  store: Store,
  actingUserId: string,
  babyId: string,
  roles: readonly Role[] = WRITE_ROLES,
): Step {
  return {
    item: {
      ConditionCheck: {
        TableName: store.tableName,
        Key: userMembershipKey(actingUserId, babyId),
        ...roleCondition(roles),
      },
    },
    onConditionFailed: accessDenied,
  };
}
