import { BatchWriteCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import { type UserProfile, userProfile } from "@upnest/schemas";
import {
  keys,
  prefixes,
  reminderBucket,
  reminderDeliveryKey,
  reminderDueUntil,
  reminderKey,
  reminderPointerKey,
  userProfileKey,
} from "../core/keys.ts";
import { queryPages } from "../core/query-all.ts";
import { deleteKeys, getItem, mapAwsError, type Store, send } from "../core/store.ts";
import { type Access, membersOf, requireMember } from "../guards/access.ts";

/** One reminder of a baby, as the planner makes it: when to send it, and what it is about. */
export type PlannedReminder = {
  reminderId: string;
  topic: "vaccines" | "medicines" | "visits";
  /** When to send it (ISO instant). */
  at: string;
  /** What is due when: a date (a vaccine, an appointment) or an instant (a dose). */
  dueAt: string;
};

/** A schedule item the job found: the reminder, its baby, and the one person it is for when it was deferred. */
export type ScheduledReminder = PlannedReminder & { babyId: string; onlyFor?: string; key: { PK: string; SK: string } };

const HOUR = 3600_000;
/** Items and delivery records outlive their send time by this much (TTL then removes what is left). */
const KEEP_SECONDS = 3 * 24 * 3600;

const expiresAt = (at: string) => Math.floor(Date.parse(at) / 1000) + KEEP_SECONDS;

/**
 * The time-bucketed reminder schedule (`REMIND#<UTC hour>`), what the job reads with one Query per hour, and the
 * delivery records that make a reminder go out once per person and channel however often the job runs.
 */
export function reminderScheduleRepository(store: Store) {
  const itemOf = ({
    reminderId,
    topic,
    at,
    dueAt,
    babyId,
    onlyFor,
  }: PlannedReminder & { babyId: string; onlyFor?: string }) => ({
    ...reminderKey(at, babyId, reminderId, onlyFor),
    type: "reminder",
    reminderId,
    topic,
    at,
    dueAt,
    babyId,
    ...(onlyFor ? { onlyFor } : {}),
    expiresAt: expiresAt(at),
  });
  /** A schedule item and its baby's pointer to it. */
  const pairOf = (item: PlannedReminder & { babyId: string; onlyFor?: string }) => {
    const scheduled = itemOf(item);
    return [
      scheduled,
      {
        ...reminderPointerKey(item.babyId, item.at, item.reminderId, item.onlyFor),
        type: "reminderPointer",
        target: { PK: scheduled.PK, SK: scheduled.SK },
        expiresAt: scheduled.expiresAt,
      },
    ];
  };
  const putAll = async (items: Record<string, unknown>[]) => {
    for (let i = 0; i < items.length; i += 25) {
      let requests = items.slice(i, i + 25).map((Item) => ({ PutRequest: { Item } }));
      for (let attempt = 0; requests.length > 0 && attempt < 5; attempt++) {
        const out = await send(() =>
          store.db.send(new BatchWriteCommand({ RequestItems: { [store.tableName]: requests } })),
        );
        requests = (out.UnprocessedItems?.[store.tableName] ?? []) as typeof requests;
      }
    }
  };

  return {
    /**
     * Writes a baby's planned reminders. The same reminder has the same key, so planning again rewrites it;
     * one no longer planned stays until its hour, when the job checks it against the baby's data and drops it.
     */
    async plan(access: Access, reminders: PlannedReminder[]): Promise<void> {
      await putAll(reminders.flatMap((r) => pairOf({ ...r, babyId: access.babyId })));
    },

    /** Every item due by `now`, from the current hour's bucket and `catchUpHours` before it: a Query per hour. */
    async due(now: Date, catchUpHours: number): Promise<ScheduledReminder[]> {
      const found: ScheduledReminder[] = [];
      for (let h = catchUpHours; h >= 0; h--) {
        const bucket = reminderBucket(new Date(now.getTime() - h * HOUR).toISOString());
        const pages = queryPages(store.db, {
          TableName: store.tableName,
          KeyConditionExpression: "PK = :pk AND SK <= :until",
          ExpressionAttributeValues: { ":pk": bucket, ":until": reminderDueUntil(now.toISOString()) },
          ConsistentRead: true,
        });
        await send(async () => {
          for await (const items of pages)
            for (const i of items) {
              // Past its `expiresAt` an item is absent, whatever TTL did.
              if (Number(i.expiresAt) * 1000 <= now.getTime()) continue;
              found.push({
                reminderId: String(i.reminderId),
                topic: i.topic as PlannedReminder["topic"],
                at: String(i.at),
                dueAt: String(i.dueAt),
                babyId: String(i.babyId),
                ...(typeof i.onlyFor === "string" ? { onlyFor: i.onlyFor } : {}),
                key: { PK: String(i.PK), SK: String(i.SK) },
              });
            }
        });
      }
      return found;
    },

    /** The same reminder again at `at`, for one person only (their quiet hours end then). */
    defer: (item: ScheduledReminder, at: string, userId: string) =>
      putAll(
        pairOf({
          reminderId: item.reminderId,
          topic: item.topic,
          dueAt: item.dueAt,
          babyId: item.babyId,
          at,
          onlyFor: userId,
        }),
      ),

    /** Done with an item (sent, or no longer due). */
    done: (item: ScheduledReminder) => deleteKeys(store, [item.key]),

    /**
     * Claims one delivery before sending it: true for the first claim, false for every other (a retried or
     * concurrent job). The claim is the delivery record.
     */
    async claim(item: ScheduledReminder, userId: string, channel: string): Promise<boolean> {
      const dueAt = item.dueAt.length === 10 ? `${item.dueAt}T00:00:00.000Z` : item.dueAt;
      try {
        await store.db.send(
          new PutCommand({
            TableName: store.tableName,
            Item: {
              ...reminderDeliveryKey(item.babyId, item.reminderId, userId, channel),
              type: "reminderDelivery",
              sentAt: store.now().toISOString(),
              expiresAt: expiresAt(dueAt),
            },
            ConditionExpression: "attribute_not_exists(PK)",
          }),
        );
        return true;
      } catch (error) {
        if ((error as { name?: string }).name === "ConditionalCheckFailedException") return false;
        return mapAwsError(error);
      }
    },

    /** Gives a claim back when the send failed, so the next run tries again. */
    release: (item: ScheduledReminder, userId: string, channel: string) =>
      deleteKeys(store, [reminderDeliveryKey(item.babyId, item.reminderId, userId, channel)]),

    /**
     * Who may be reminded about a baby now: each current member's own membership check (so a caregiver removed a
     * moment ago is not among them), viewers included. Empty when the baby is gone.
     */
    async audience(babyId: string): Promise<Access[]> {
      const members = await membersOf(store, babyId);
      const out: Access[] = [];
      for (const m of members) {
        const access = await requireMember(store, m.userId, babyId).catch(() => undefined);
        if (access) out.push(access);
      }
      return out;
    },

    /** A member's profile: their address, language, zone and notification preferences. */
    async recipient(userId: string): Promise<UserProfile | undefined> {
      const item = await getItem(store, userProfileKey(userId));
      return item ? userProfile.parse(item) : undefined;
    },
  };
}
export type ReminderScheduleRepository = ReturnType<typeof reminderScheduleRepository>;

/** Deletes a baby's items from the schedule (its pointers name them): before its partition goes, with the baby. */
export async function forgetReminders(store: Store, babyId: string): Promise<void> {
  const targets: { PK: string; SK: string }[] = [];
  const pages = queryPages(store.db, {
    TableName: store.tableName,
    KeyConditionExpression: "PK = :pk AND begins_with(SK, :ptr)",
    ExpressionAttributeValues: { ":pk": keys.baby(babyId), ":ptr": prefixes.reminderPointers },
    ConsistentRead: true,
  });
  await send(async () => {
    for await (const items of pages) for (const i of items) targets.push(i.target as { PK: string; SK: string });
  });
  await deleteKeys(store, targets);
}
