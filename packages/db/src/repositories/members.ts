import { type Member, type Role, userProfile } from "@upnest/schemas";
import { conflict, notFound } from "../core/errors.ts";
import { babyMemberKey, babyProfileKey, keys, prefixes, userMembershipKey, userProfileKey } from "../core/keys.ts";
import { getItem, type Step, type Store, transact } from "../core/store.ts";
import {
  type Access,
  accessDenied,
  memberCondition,
  memberName,
  requireRole,
  roleCondition,
  verified,
} from "../guards/access.ts";
import { auditStep } from "../guards/audit.ts";
import { type Page, queryPage } from "../guards/pagination.ts";
import { cancelSteps, invitationsBy, OWNERS_ONLY } from "./invitations.ts";

const lastOwner = () => conflict("A baby needs at least one owner. Make someone else an owner first.");
/** A member change may carry this many invitation cancellations in its own transaction (2 items each, of 100). */
const CANCELS_PER_TRANSACTION = 40;

/**
 * The owner-count guard on the baby profile: removing an owner is conditional
 * on another one remaining, inside the same transaction, so two owners
 * demoting each other at once cannot leave the baby ownerless.
 */
function ownerCountStep(store: Store, babyId: string, delta: 1 | -1): Step {
  return {
    item: {
      Update: {
        TableName: store.tableName,
        Key: babyProfileKey(babyId),
        UpdateExpression: "ADD ownerCount :delta",
        ConditionExpression: delta < 0 ? "attribute_exists(PK) AND ownerCount > :one" : "attribute_exists(PK)",
        ExpressionAttributeValues: { ":delta": delta, ...(delta < 0 ? { ":one": 1 } : {}) },
      },
    },
    onConditionFailed: delta < 0 ? lastOwner : () => notFound("Baby"),
  };
}

/** Who has access to a baby: listing them, changing a role, revoking someone, leaving. */
export function membersRepository(store: Store) {
  const { tableName } = store;

  /** A member's role and the display name their membership carries (for the audit event about them). */
  async function memberRole(babyId: string, userId: string): Promise<{ role: Role; name: { subjectName?: string } }> {
    const item = await getItem(store, babyMemberKey(babyId, userId));
    if (!item) throw notFound("Member");
    const name = memberName(item);
    return { role: item.role as Role, name: name ? { subjectName: name } : {} };
  }

  /**
   * A member who stops being an owner (removed, leaving or demoted) takes their pending invitations with them:
   * the first ones are deleted in the same transaction as the change, any beyond that right after. Accepting
   * also checks that the inviter is still an owner, so none of them works in between.
   */
  async function withInvitationsCancelled(babyId: string, userId: string, wasOwner: boolean, steps: Step[]) {
    // Only owners invite, so nobody else has invitations to cancel.
    const pending = wasOwner ? await invitationsBy(store, babyId, userId) : [];
    await transact(store, [...steps, ...cancelSteps(store, babyId, pending.slice(0, CANCELS_PER_TRANSACTION))]);
    for (let i = CANCELS_PER_TRANSACTION; i < pending.length; i += CANCELS_PER_TRANSACTION)
      await transact(store, cancelSteps(store, babyId, pending.slice(i, i + CANCELS_PER_TRANSACTION)));
  }

  /** Both sides of one membership change role in one transaction (with the owner guard when an owner is added or removed). */
  function roleSteps(babyId: string, userId: string, from: Role, to: Role): Step[] {
    const set = (Key: { PK: string; SK: string }): Step => ({
      item: {
        Update: {
          TableName: tableName,
          Key,
          UpdateExpression: "SET #role = :role",
          ConditionExpression: "attribute_exists(PK) AND #role = :from",
          ExpressionAttributeNames: { "#role": "role" },
          ExpressionAttributeValues: { ":role": to, ":from": from },
        },
      },
      onConditionFailed: () => conflict("Access to this baby changed at the same moment. Reload and try again."),
    });
    const steps = [set(userMembershipKey(userId, babyId)), set(babyMemberKey(babyId, userId))];
    if (from === "owner" && to !== "owner") steps.push(ownerCountStep(store, babyId, -1));
    if (from !== "owner" && to === "owner") steps.push(ownerCountStep(store, babyId, 1));
    return steps;
  }

  return {
    /** Who has access to a baby, with their display names, a page at a time; any member may look. */
    async members(access: Access, page: { limit: number; cursor?: string | undefined }): Promise<Page<Member>> {
      const { userId: actingUserId, babyId } = verified(access);
      const found = await queryPage(
        store,
        actingUserId,
        `members|${babyId}`,
        {
          KeyConditionExpression: "PK = :pk AND begins_with(SK, :member)",
          ExpressionAttributeValues: { ":pk": keys.baby(babyId), ":member": prefixes.members },
          ConsistentRead: true,
        },
        page,
        (m) => ({ userId: String(m.userId), role: m.role as Role, since: String(m.since) }),
      );
      const items = await Promise.all(
        found.items.map(async (m) => {
          const profile = await getItem(store, userProfileKey(m.userId));
          const displayName = profile ? userProfile.shape.displayName.safeParse(profile.displayName).data : undefined;
          return { ...m, displayName: displayName ?? "Invited member" };
        }),
      );
      return { items, nextCursor: found.nextCursor };
    },

    /** An owner changes someone's role; the last owner cannot step down. */
    async changeRole(access: Access, input: { userId: string; role: Role }) {
      const { userId, role } = input;
      const { userId: actingUserId, babyId } = requireRole(access, "owner", OWNERS_ONLY);
      const { role: from, name } = await memberRole(babyId, userId);
      if (from === role) return;
      const self = userId === actingUserId;
      const steps = roleSteps(babyId, userId, from, role);
      // The acting owner's own membership is already one of the changed items when they change themselves.
      const change = [
        ...(self ? [] : [memberCondition(store, actingUserId, babyId, ["owner"])]),
        ...steps,
        auditStep(store, access, babyId, {
          action: "update",
          recordType: "member",
          recordId: userId,
          ...name,
          changes: { role: { before: from, after: role } },
        }),
      ];
      await withInvitationsCancelled(babyId, userId, from === "owner", change);
    },

    /** An owner revokes someone, or a member leaves (userId = themselves). The last owner cannot leave. */
    async remove(access: Access, input: { userId: string }) {
      const { userId } = input;
      const { userId: actingUserId, babyId } = verified(access);
      const self = userId === actingUserId;
      if (!self) requireRole(access, "owner", OWNERS_ONLY);
      const { role, name } = await memberRole(babyId, userId);
      const gone = "attribute_exists(PK) AND #role = :role";
      const condition = {
        ConditionExpression: gone,
        ExpressionAttributeNames: { "#role": "role" },
        ExpressionAttributeValues: { ":role": role },
      };
      const changed = () => conflict("Access to this baby changed at the same moment. Reload and try again.");
      await withInvitationsCancelled(babyId, userId, role === "owner", [
        ...(self
          ? []
          : [
              {
                item: {
                  ConditionCheck: {
                    TableName: tableName,
                    Key: userMembershipKey(actingUserId, babyId),
                    ...roleCondition(["owner"]),
                  },
                },
                onConditionFailed: accessDenied,
              },
            ]),
        {
          item: { Delete: { TableName: tableName, Key: userMembershipKey(userId, babyId), ...condition } },
          onConditionFailed: changed,
        },
        {
          item: { Delete: { TableName: tableName, Key: babyMemberKey(babyId, userId), ...condition } },
          onConditionFailed: changed,
        },
        ...(role === "owner" ? [ownerCountStep(store, babyId, -1)] : []),
        auditStep(store, access, babyId, {
          action: "delete",
          recordType: "member",
          recordId: userId,
          ...name,
          changes: { role: { before: role } },
        }),
      ]);
    },
  };
}
export type MembersRepository = ReturnType<typeof membersRepository>;
