import { createHash, randomBytes } from "node:crypto";
import { type Invitation, type Role, userProfile } from "@upnest/schemas";
import { ulid } from "ulid";
import { conflict, DomainError, notFound } from "../core/errors.ts";
import {
  babyInvitationKey,
  babyMemberKey,
  babyProfileKey,
  invitationByTokenKey,
  keys,
  prefixes,
  userMembershipKey,
  userProfileKey,
} from "../core/keys.ts";
import { queryPages } from "../core/query-all.ts";
import { getItem, type Step, type Store, transact } from "../core/store.ts";
import {
  type Access,
  factsOf,
  memberCondition,
  membershipItems,
  requireRole,
  roleCondition,
} from "../guards/access.ts";
import { auditStep } from "../guards/audit.ts";
import { type Page, queryPage } from "../guards/pagination.ts";
import { versionIs } from "../guards/versions.ts";
import { profileName } from "./users.ts";

const tokenHash = (token: string) => createHash("sha256").update(token).digest("base64url");
const inviteKey = (token: string) => invitationByTokenKey(tokenHash(token));

const invalidLink = () =>
  new DomainError("not-found", "This invitation link has expired or was already used. Ask for a new one.");
const expiredLink = () => new DomainError("not-found", "This invitation link has expired. Ask for a new one.");
const ownInvitation = () =>
  conflict("You created this invitation. Send the link to the person you want to invite instead.");
export const OWNERS_ONLY = "Only the baby's owners can manage who has access";

/** Invitation links: made by owners, previewed by their holder, accepted once, cancelled with their maker. */
export function invitationsRepository(store: Store) {
  const { tableName } = store;
  const nowSeconds = () => Math.floor(store.now().getTime() / 1000);

  return {
    /** An owner makes a one-time link. Only a hash of its secret is stored. */
    async invite(access: Access, input: { role: "caregiver" | "viewer"; validForHours: number }) {
      const { userId: actingUserId, babyId } = requireRole(access, "owner", OWNERS_ONLY);
      const token = randomBytes(32).toString("base64url");
      const invitationId = ulid();
      const createdAt = store.now().toISOString();
      const expiresAt = nowSeconds() + input.validForHours * 3600;
      const fields = {
        invitationId,
        babyId,
        role: input.role,
        invitedBy: actingUserId,
        createdAt,
        expiresAt,
      };
      await transact(store, [
        memberCondition(store, actingUserId, babyId, ["owner"]),
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
                ...babyInvitationKey(babyId, invitationId),
                type: "invitation",
                tokenHash: tokenHash(token),
                ...fields,
              },
            },
          },
        },
        auditStep(store, access, babyId, {
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
      const member = { userId: actingUserId, babyId, role, since, displayName: await profileName(store, actingUserId) };
      const membership = membershipItems(member, factsOf(baby));
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
        { item: { Delete: { TableName: tableName, Key: babyInvitationKey(babyId, String(invite.invitationId)) } } },
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
        auditStep(store, member, babyId, {
          action: "create",
          recordType: "member",
          recordId: actingUserId,
          subjectName: member.displayName,
          changes: { role: { after: role } },
        }),
      ]);
      return { babyId, role };
    },

    /** Pending invitations, a page at a time (expired ones count as gone). Owners only. */
    async invitations(access: Access, page: { limit: number; cursor?: string | undefined }): Promise<Page<Invitation>> {
      const { userId: actingUserId, babyId } = requireRole(access, "owner", OWNERS_ONLY);
      const found = await queryPage(
        store,
        actingUserId,
        `invitations|${babyId}`,
        {
          KeyConditionExpression: "PK = :pk AND begins_with(SK, :invite)",
          ExpressionAttributeValues: { ":pk": keys.baby(babyId), ":invite": prefixes.invitations },
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

    async cancelInvitation(access: Access, invitationId: string) {
      const { userId: actingUserId, babyId } = requireRole(access, "owner", OWNERS_ONLY);
      const pointer = await getItem(store, babyInvitationKey(babyId, invitationId));
      if (!pointer) throw notFound("Invitation");
      await transact(store, [
        memberCondition(store, actingUserId, babyId, ["owner"]),
        { item: { Delete: { TableName: tableName, Key: babyInvitationKey(babyId, invitationId) } } },
        {
          item: { Delete: { TableName: tableName, Key: invitationByTokenKey(String(pointer.tokenHash)) } },
        },
        auditStep(store, access, babyId, {
          action: "delete",
          recordType: "invitation",
          recordId: invitationId,
          changes: {},
        }),
      ]);
    },
  };
}
export type InvitationsRepository = ReturnType<typeof invitationsRepository>;

/** The pending invitations `userId` created for this baby (expired ones included: they are deleted too). */
export async function invitationsBy(store: Store, babyId: string, userId: string) {
  const found: { invitationId: string; tokenHash: string }[] = [];
  const pages = queryPages(store.db, {
    TableName: store.tableName,
    KeyConditionExpression: "PK = :pk AND begins_with(SK, :invite)",
    FilterExpression: "invitedBy = :by",
    ExpressionAttributeValues: { ":pk": keys.baby(babyId), ":invite": prefixes.invitations, ":by": userId },
    ConsistentRead: true,
  });
  for await (const items of pages)
    for (const i of items) found.push({ invitationId: String(i.invitationId), tokenHash: String(i.tokenHash) });
  return found;
}

/** Deleting both items of each invitation: its link stops working. */
export const cancelSteps = (
  store: Store,
  babyId: string,
  invitations: { invitationId: string; tokenHash: string }[],
): Step[] =>
  invitations.flatMap(({ invitationId, tokenHash }) => [
    { item: { Delete: { TableName: store.tableName, Key: babyInvitationKey(babyId, invitationId) } } },
    { item: { Delete: { TableName: store.tableName, Key: invitationByTokenKey(tokenHash) } } },
  ]);

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
