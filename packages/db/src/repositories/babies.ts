import {
  type Baby,
  type BabySummary,
  baby,
  babySummary,
  type CreateBabyInput,
  type UpdateBabyInput,
} from "@upnest/schemas";
import { ulid } from "ulid";
import { conflict, notFound } from "../core/errors.ts";
import { babyMemberKey, babyProfileKey, keys, prefixes, userMembershipKey, userProfileKey } from "../core/keys.ts";
import { queryPages } from "../core/query-all.ts";
import { deleteKeys, getItem, type Step, type Store, send, transact } from "../core/store.ts";
import {
  type Access,
  accessDenied,
  factsOf,
  factsUpdate,
  membershipItems,
  membersOf,
  requireMember,
  requireRole,
  roleCondition,
  verified,
} from "../guards/access.ts";
import { auditStep, changedFields } from "../guards/audit.ts";
import { idempotencyStep, once } from "../guards/idempotency.ts";
import { type Page, queryPage } from "../guards/pagination.ts";
import { versionedUpdate, versionIs } from "../guards/versions.ts";
import { forgetApiKeys } from "./api-keys.ts";
import { forgetReminders } from "./reminder-schedule.ts";
import { profileName } from "./users.ts";

const PROFILE_FIELDS = [
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

const pick = (record: Record<string, unknown>, fields: readonly string[]) =>
  Object.fromEntries(fields.map((f) => [f, record[f]]));

const staleBaby = (old: Record<string, unknown> | undefined) =>
  old
    ? conflict("This baby's details were changed by someone else. Reload to see the latest and try again.")
    : notFound("Baby");

export function babiesRepository(store: Store) {
  const { tableName } = store;

  const members = (babyId: string) => membersOf(store, babyId);

  async function load(access: Access): Promise<Baby> {
    const { role, babyId } = verified(access);
    const item = await getItem(store, babyProfileKey(babyId));
    if (!item) throw notFound("Baby");
    return baby.parse({ ...item, role });
  }

  return {
    get: load,

    /**
     * The membership check with the baby's facts (date of birth, sex,
     * gestational age, schedule): one read. Its `Access` is what every
     * repository method for the baby's data takes first.
     */
    access: (actingUserId: string, babyId: string): Promise<Access> => requireMember(store, actingUserId, babyId),

    /** Access pattern 1, my babies: Query USER#me, begins_with BABY#, consistent. */
    list(actingUserId: string, page: { limit: number; cursor?: string | undefined }): Promise<Page<BabySummary>> {
      return queryPage(
        store,
        actingUserId,
        "babies",
        {
          KeyConditionExpression: "PK = :pk AND begins_with(SK, :baby)",
          ExpressionAttributeValues: { ":pk": keys.user(actingUserId), ":baby": prefixes.memberships },
          ConsistentRead: true,
        },
        page,
        (item) => babySummary.parse(item),
      );
    },

    /** A new baby with its creator as owner: profile and both membership sides in one transaction. */
    async create(actingUserId: string, input: CreateBabyInput, creatorName?: string): Promise<Baby> {
      const { idempotencyKey, ...fields } = input;
      const babyId = ulid();
      const now = store.now().toISOString();
      const profile = { babyId, ...fields, createdAt: now, updatedAt: now, version: 1, createdBy: actingUserId };
      // The membership carries the creator's name: the caller's, when it has their profile at hand, else read.
      const displayName = creatorName ?? (await profileName(store, actingUserId));
      const member = { userId: actingUserId, babyId, role: "owner" as const, since: now, displayName };
      const membership = membershipItems(member, factsOf(fields));
      // ownerCount lets a transaction refuse to remove the last owner (see caregivers.ts).
      const steps: Step[] = [
        {
          item: {
            Put: {
              TableName: tableName,
              Item: { ...babyProfileKey(babyId), type: "baby", ...profile, ownerCount: 1 },
              ConditionExpression: "attribute_not_exists(PK)",
            },
          },
        },
        {
          item: {
            Put: {
              TableName: tableName,
              Item: membership.user,
            },
          },
        },
        {
          item: {
            Put: {
              TableName: tableName,
              Item: membership.baby,
            },
          },
        },
        // Only a live account creates: a token that outlives its deleted account stores nothing.
        {
          item: {
            ConditionCheck: {
              TableName: tableName,
              Key: userProfileKey(actingUserId),
              ConditionExpression: "attribute_exists(PK)",
            },
          },
          onConditionFailed: () => notFound("Account"),
        },
        auditStep(store, member, babyId, {
          action: "create",
          recordType: "baby",
          recordId: babyId,
          changes: changedFields(undefined, fields),
        }),
      ];
      if (!idempotencyKey) {
        await transact(store, steps);
        return baby.parse({ ...profile, role: "owner" });
      }
      return once(
        fields,
        async () => {
          await transact(store, [...steps, idempotencyStep(store, actingUserId, idempotencyKey, fields, babyId)]);
          return baby.parse({ ...profile, role: "owner" });
        },
        async (firstId) => load(await requireMember(store, actingUserId, firstId)),
      );
    },

    /** Owner or caregiver edits the profile, conditional on the version they saw; every member's list entry follows. */
    async update(access: Access, input: Omit<UpdateBabyInput, "babyId">): Promise<Baby> {
      const { version, patch } = input;
      const { role, babyId, userId: actingUserId } = requireRole(access, "caregiver");
      const item = await getItem(store, babyProfileKey(babyId));
      if (!item) throw notFound("Baby");
      // The members' copies are made from this read, so it must be the version being replaced.
      if (item.version !== version) throw staleBaby(item);
      const before = baby.parse({ ...item, role });
      const now = store.now().toISOString();
      const changes = Object.fromEntries(PROFILE_FIELDS.map((f) => [f, patch[f]]));
      const after: Record<string, unknown> = { ...before };
      for (const [f, v] of Object.entries(changes)) if (v !== undefined) after[f] = v ?? undefined;
      const audit = auditStep(store, access, babyId, {
        action: "update",
        recordType: "baby",
        recordId: babyId,
        changes: changedFields(pick(before, PROFILE_FIELDS), pick(after, PROFILE_FIELDS)),
      });
      // Also conditional on no one having joined since the members were listed below (see caregivers' accept).
      const update = versionedUpdate(changes, version, now);
      const joins = item.joins;
      const profileUpdate: Step = {
        item: {
          Update: {
            TableName: tableName,
            Key: babyProfileKey(babyId),
            ...update,
            ConditionExpression: `${update.ConditionExpression} AND ${joins === undefined ? "attribute_not_exists(#joins)" : "#joins = :joins"}`,
            ExpressionAttributeNames: { ...update.ExpressionAttributeNames, "#joins": "joins" },
            ExpressionAttributeValues: {
              ...update.ExpressionAttributeValues,
              ...(joins === undefined ? {} : { ":joins": joins }),
            },
            ReturnValuesOnConditionCheckFailure: "ALL_OLD",
          },
        },
        onConditionFailed: (old) =>
          old?.version === version
            ? conflict("Who can see this baby changed at the same moment. Try again.")
            : staleBaby(old),
      };
      // Every member's copy of the facts follows, in the same transaction. The acting user's own
      // membership carries the role check (one operation per item in a transaction) and goes first,
      // so access is judged before versions.
      const facts = factsUpdate(after);
      const copyTo = (
        userId: string,
        condition: {
          ConditionExpression: string;
          ExpressionAttributeNames: Record<string, string>;
          ExpressionAttributeValues: Record<string, unknown>;
        },
      ) => ({
        Update: {
          TableName: tableName,
          Key: userMembershipKey(userId, babyId),
          UpdateExpression: facts.UpdateExpression,
          ConditionExpression: condition.ConditionExpression,
          ExpressionAttributeNames: { ...facts.ExpressionAttributeNames, ...condition.ExpressionAttributeNames },
          ExpressionAttributeValues: { ...facts.ExpressionAttributeValues, ...condition.ExpressionAttributeValues },
          ReturnValuesOnConditionCheckFailure: "ALL_OLD" as const,
        },
      });
      const others = (await members(babyId)).filter((m) => m.userId !== actingUserId);
      const exists = {
        ConditionExpression: "attribute_exists(PK)",
        ExpressionAttributeNames: {},
        ExpressionAttributeValues: {},
      };
      const steps: Step[] = [
        { item: copyTo(actingUserId, roleCondition()), onConditionFailed: accessDenied },
        profileUpdate,
        ...others.map((m) => ({
          item: copyTo(m.userId, exists),
          onConditionFailed: () => conflict("Who can see this baby changed at the same moment. Try again."),
        })),
        audit,
      ];
      await transact(store, steps);
      return load(access);
    },

    /**
     * The owner deletes a baby. One transaction removes the profile and every
     * membership, so the baby disappears for everyone at once; its remaining
     * records are then deleted in batches (unreachable already, without a membership).
     */
    async remove(access: Access, input: { version: number }): Promise<void> {
      const { version } = input;
      const { babyId, userId: actingUserId } = verified(access);
      const everyone = await members(babyId);
      if (!everyone.some((m) => m.userId === actingUserId)) throw notFound("Baby");
      await transact(store, [
        {
          item: {
            Delete: { TableName: tableName, Key: userMembershipKey(actingUserId, babyId), ...roleCondition(["owner"]) },
          },
          onConditionFailed: accessDenied,
        },
        {
          item: {
            Delete: {
              TableName: tableName,
              Key: babyProfileKey(babyId),
              ...versionIs(version),
            },
          },
          onConditionFailed: staleBaby,
        },
        ...everyone.flatMap((m) => [
          ...(m.userId === actingUserId
            ? []
            : [{ item: { Delete: { TableName: tableName, Key: userMembershipKey(m.userId, babyId) } } }]),
          { item: { Delete: { TableName: tableName, Key: babyMemberKey(babyId, m.userId) } } },
        ]),
      ]);
      // Its reminders in the schedule's hours and its API keys' lookups (outside its partition), then the partition.
      await forgetReminders(store, babyId);
      await forgetApiKeys(store, babyId);
      await deletePartition(store, babyId);
    },
  };
}
export type BabiesRepository = ReturnType<typeof babiesRepository>;

/** Deletes every item left in a baby's partition. */
async function deletePartition(store: Store, babyId: string) {
  await send(async () => {
    const pages = queryPages(store.db, {
      TableName: store.tableName,
      KeyConditionExpression: "PK = :pk",
      ExpressionAttributeValues: { ":pk": keys.baby(babyId) },
      ProjectionExpression: "PK, SK",
    });
    for await (const items of pages) await deleteKeys(store, items as { PK: string; SK: string }[]);
  });
}
