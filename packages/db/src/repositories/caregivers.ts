import { createHash, randomBytes } from "node:crypto";
import { type Invitation, type Member, type Role, userProfile } from "@upnest/schemas";
import { ulid } from "ulid";
import { conflict, DomainError, forbidden, notFound } from "../core/errors.ts";
import { babyMemberKey, babyProfileKey, keys, userMembershipKey, userProfileKey } from "../core/keys.ts";
import { queryPages } from "../core/query-all.ts";
import { accessDenied, factsOf, memberCondition, membershipItems, requireMember, roleCondition } from "../guards/access.ts";
import { auditStep } from "../guards/audit.ts";
import { versionIs } from "../guards/versions.ts";
import { type Page, queryPage } from "../guards/pagination.ts";
import { getItem, type Step, type Store, transact } from "../core/store.ts";

const tokenHash = (token: string) => createHash("sha256").update(token).digest("base64url");
const inviteKey = (token: string) => ({ PK: `INVITE#${tokenHash(token)}`, SK: "INVITE" });
const babyInviteKey = (babyId: string, invitationId: string) => ({
  PK: keys.baby(babyId),
  SK: `INVITE#${invitationId}`,
});

const invalidLink = () =>
  new DomainError("not-found", "This invitation link has expired or was already used. Ask for a new one.");
const expiredLink = () => new DomainError("not-found", "This invitation link has expired. Ask for a new one.");
const lastOwner = () => conflict("A baby needs at least one owner. Make someone else an owner first.");
const ownInvitation = () =>
  conflict("You created this invitation. Send the link to the person you want to invite instead.");
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

export function caregiversRepository(store: Store) {
  const { tableName } = store;
  const nowSeconds = () => Math.floor(store.now().getTime() / 1000);

  async function requireOwner(actingUserId: string, babyId: string) {
    const { role } = await requireMember(store, actingUserId, babyId);
    if (role !== "owner") throw forbidden("Only the baby's owners can manage who has access");
  }

  async function memberRole(babyId: string, userId: string): Promise<Role> {
    const item = await getItem(store, babyMemberKey(babyId, userId));
    if (!item) throw notFound("Member");
    return item.role as Role;
  }

  /** The pending invitations `userId` created for this baby (expired ones included: they are deleted too). */
  async function invitationsBy(babyId: string, userId: string) {
    const found: { invitationId: string; tokenHash: string }[] = [];
    const pages = queryPages(store.db, {
      TableName: tableName,
      KeyConditionExpression: "PK = :pk AND begins_with(SK, :invite)",
      FilterExpression: "invitedBy = :by",
      ExpressionAttributeValues: { ":pk": keys.baby(babyId), ":invite": "INVITE#", ":by": userId },
      ConsistentRead: true,
    });
    for await (const items of pages)
      for (const i of items) found.push({ invitationId: String(i.invitationId), tokenHash: String(i.tokenHash) });
    return found;
  }

  /** Deleting both items of each invitation: its link stops working. */
  const cancelSteps = (babyId: string, invitations: { invitationId: string; tokenHash: string }[]): Step[] =>
    invitations.flatMap(({ invitationId, tokenHash }) => [
      { item: { Delete: { TableName: tableName, Key: babyInviteKey(babyId, invitationId) } } },
      { item: { Delete: { TableName: tableName, Key: { PK: `INVITE#${tokenHash}`, SK: "INVITE" } } } },
    ]);

  /**
   * A member who stops being an owner (removed, leaving or demoted) takes their pending invitations with them:
   * the first ones are deleted in the same transaction as the change, any beyond that right after. Accepting
   * also checks that the inviter is still an owner, so none of them works in between.
   */
  async function withInvitationsCancelled(babyId: string, userId: string, wasOwner: boolean, steps: Step[]) {
    // Only owners invite, so nobody else has invitations to cancel.
    const pending = wasOwner ? await invitationsBy(babyId, userId) : [];
    await transact(store, [...steps, ...cancelSteps(babyId, pending.slice(0, CANCELS_PER_TRANSACTION))]);
    for (let i = CANCELS_PER_TRANSACTION; i < pending.length; i += CANCELS_PER_TRANSACTION)
      await transact(store, cancelSteps(babyId, pending.slice(i, i + CANCELS_PER_TRANSACTION)));
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
    /** An owner makes a one-time link. Only a hash of its secret is stored. */
    async invite(actingUserId: string, input: { babyId: string; role: "caregiver" | "viewer"; validForHours: number }) {
      await requireOwner(actingUserId, input.babyId);
      const token = randomBytes(32).toString("base64url");
      const invitationId = ulid();
      const createdAt = store.now().toISOString();
      const expiresAt = nowSeconds() + input.validForHours * 3600;
      const fields = {
        invitationId,
        babyId: input.babyId,
        role: input.role,
        invitedBy: actingUserId,
        createdAt,
        expiresAt,
      };
      await transact(store, [
        memberCondition(store, actingUserId, input.babyId, ["owner"]),
        {
          item: {
            Put: {
              TableName: tableName,
              Item: { ...inviteKey(token), type: "invitation", ...fields },
              ConditionExpression: "attribute_not_exists(PK)",
            },
          },
        },
        {
          item: {
            Put: {
              TableName: tableName,
              Item: {
                ...babyInviteKey(input.babyId, invitationId),
                type: "invitation",
                tokenHash: tokenHash(token),
                ...fields,
              },
            },
          },
        },
        auditStep(store, actingUserId, input.babyId, {
          action: "create",
          recordType: "invitation",
          recordId: invitationId,
          changes: { role: { after: input.role } },
        }),
      ]);
      return { token, invitation: toInvitation(fields) };
    },

    /**
     * What an invitation's landing page may say before the invitee signs up: the inviter's display name, the
     * baby's first name and the role offered. Null, the same for each, for a link that does not exist, has
     * expired, was used or cancelled, or whose inviter is no longer an owner: exactly the links that would fail.
     */
    async preview(token: string): Promise<InvitationPreview | null> {
      const invite = await getItem(store, inviteKey(token));
      if (!invite || Number(invite.expiresAt) <= nowSeconds()) return null;
      const babyId = String(invite.babyId);
      const invitedBy = String(invite.invitedBy);
      const [baby, inviter, profile] = await Promise.all([
        getItem(store, babyProfileKey(babyId)),
        getItem(store, babyMemberKey(babyId, invitedBy)),
        getItem(store, userProfileKey(invitedBy)),
      ]);
      if (!baby || inviter?.role !== "owner") return null;
      const inviterName = profile ? userProfile.shape.displayName.safeParse(profile.displayName).data : undefined;
      return {
        inviterName: inviterName ?? null,
        babyName: String(baby.name).trim().split(/\s+/)[0] ?? "",
        role: invite.role as Role,
      };
    },

    /**
     * Accepting uses the link up: the invitation is deleted in the same
     * transaction that creates the membership, conditional on it not having
     * expired (whatever TTL has done), so a link works once.
     */
    async accept(actingUserId: string, token: string): Promise<{ babyId: string; role: Role }> {
      const invite = await getItem(store, inviteKey(token));
      if (!invite) throw invalidLink();
      if (Number(invite.expiresAt) <= nowSeconds()) throw expiredLink();
      const babyId = String(invite.babyId);
      const role = invite.role as Role;
      const invitedBy = String(invite.invitedBy);
      if (invitedBy === actingUserId) throw ownInvitation();
      if (await getItem(store, userMembershipKey(actingUserId, babyId)))
        throw conflict("You already have access to this baby");
      const baby = await getItem(store, babyProfileKey(babyId));
      if (!baby) throw invalidLink();
      const since = store.now().toISOString();
      const membership = membershipItems({ userId: actingUserId, babyId, role, since }, factsOf(baby));
      const sameVersion = versionIs(Number(baby.version));
      await transact(store, [
        {
          item: {
            Delete: {
              TableName: tableName,
              Key: inviteKey(token),
              ConditionExpression: "attribute_exists(PK) AND expiresAt > :now",
              ExpressionAttributeValues: { ":now": nowSeconds() },
            },
          },
          onConditionFailed: invalidLink,
        },
        { item: { Delete: { TableName: tableName, Key: babyInviteKey(babyId, String(invite.invitationId)) } } },
        // A link is only as good as its inviter: one who is no longer an owner has no invitations to give.
        {
          item: {
            ConditionCheck: {
              TableName: tableName,
              Key: babyMemberKey(babyId, invitedBy),
              ...roleCondition(["owner"]),
            },
          },
          onConditionFailed: invalidLink,
        },
        // The new membership copies the profile's facts: the profile must still be the version read, and
        // counting the join lets a baby update that read the members before it fail instead of missing this one.
        {
          item: {
            Update: {
              TableName: tableName,
              Key: babyProfileKey(babyId),
              UpdateExpression: "ADD #joins :one",
              ...sameVersion,
              ExpressionAttributeNames: { ...sameVersion.ExpressionAttributeNames, "#joins": "joins" },
              ExpressionAttributeValues: { ...sameVersion.ExpressionAttributeValues, ":one": 1 },
            },
          },
          onConditionFailed: (old) =>
            old ? conflict("This baby's details changed at the same moment. Try again.") : invalidLink(),
        },
        {
          item: {
            Put: {
              TableName: tableName,
              Item: membership.user,
              ConditionExpression: "attribute_not_exists(PK)",
            },
          },
          onConditionFailed: () => conflict("You already have access to this baby"),
        },
        {
          item: {
            Put: {
              TableName: tableName,
              Item: membership.baby,
            },
          },
        },
        auditStep(store, actingUserId, babyId, {
          action: "create",
          recordType: "member",
          recordId: actingUserId,
          changes: { role: { after: role } },
        }),
      ]);
      return { babyId, role };
    },

    /** Who has access to a baby, with their display names, a page at a time; any member may look. */
    async members(
      actingUserId: string,
      babyId: string,
      page: { limit: number; cursor?: string | undefined },
    ): Promise<Page<Member>> {
      await requireMember(store, actingUserId, babyId);
      const found = await queryPage(
        store,
        actingUserId,
        `members|${babyId}`,
        {
          KeyConditionExpression: "PK = :pk AND begins_with(SK, :member)",
          ExpressionAttributeValues: { ":pk": keys.baby(babyId), ":member": "MEMBER#" },
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

    /** Pending invitations, a page at a time (expired ones count as gone). Owners only. */
    async invitations(
      actingUserId: string,
      babyId: string,
      page: { limit: number; cursor?: string | undefined },
    ): Promise<Page<Invitation>> {
      await requireOwner(actingUserId, babyId);
      const found = await queryPage(
        store,
        actingUserId,
        `invitations|${babyId}`,
        {
          KeyConditionExpression: "PK = :pk AND begins_with(SK, :invite)",
          ExpressionAttributeValues: { ":pk": keys.baby(babyId), ":invite": "INVITE#" },
          ConsistentRead: true,
        },
        page,
        (i) => i,
      );
      return {
        items: found.items.filter((i) => Number(i.expiresAt) > nowSeconds()).map((i) => toInvitation(i)),
        nextCursor: found.nextCursor,
      };
    },

    async cancelInvitation(actingUserId: string, babyId: string, invitationId: string) {
      await requireOwner(actingUserId, babyId);
      const pointer = await getItem(store, babyInviteKey(babyId, invitationId));
      if (!pointer) throw notFound("Invitation");
      await transact(store, [
        memberCondition(store, actingUserId, babyId, ["owner"]),
        { item: { Delete: { TableName: tableName, Key: babyInviteKey(babyId, invitationId) } } },
        {
          item: { Delete: { TableName: tableName, Key: { PK: `INVITE#${String(pointer.tokenHash)}`, SK: "INVITE" } } },
        },
        auditStep(store, actingUserId, babyId, {
          action: "delete",
          recordType: "invitation",
          recordId: invitationId,
          changes: {},
        }),
      ]);
    },

    /** An owner changes someone's role; the last owner cannot step down. */
    async changeRole(actingUserId: string, input: { babyId: string; userId: string; role: Role }) {
      const { babyId, userId, role } = input;
      await requireOwner(actingUserId, babyId);
      const from = await memberRole(babyId, userId);
      if (from === role) return;
      const self = userId === actingUserId;
      const steps = roleSteps(babyId, userId, from, role);
      // The acting owner's own membership is already one of the changed items when they change themselves.
      const change = [
        ...(self ? [] : [memberCondition(store, actingUserId, babyId, ["owner"])]),
        ...steps,
        auditStep(store, actingUserId, babyId, {
          action: "update",
          recordType: "member",
          recordId: userId,
          changes: { role: { before: from, after: role } },
        }),
      ];
      await withInvitationsCancelled(babyId, userId, from === "owner", change);
    },

    /** An owner revokes someone, or a member leaves (userId = themselves). The last owner cannot leave. */
    async remove(actingUserId: string, input: { babyId: string; userId: string }) {
      const { babyId, userId } = input;
      const self = userId === actingUserId;
      if (!self) await requireOwner(actingUserId, babyId);
      else await requireMember(store, actingUserId, babyId);
      const role = await memberRole(babyId, userId);
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
        auditStep(store, actingUserId, babyId, {
          action: "delete",
          recordType: "member",
          recordId: userId,
          changes: { role: { before: role } },
        }),
      ]);
    },
  };
}
export type CaregiversRepository = ReturnType<typeof caregiversRepository>;
/** Only what the invitee needs to decide, and nothing that identifies the baby or the inviter further. */
export type InvitationPreview = { inviterName: string | null; babyName: string; role: Role };

function toInvitation(i: Record<string, unknown>): Invitation {
  return {
    invitationId: String(i.invitationId),
    babyId: String(i.babyId),
    role: i.role as Role,
    invitedBy: String(i.invitedBy),
    createdAt: String(i.createdAt),
    expiresAt: new Date(Number(i.expiresAt) * 1000).toISOString(),
  };
}
