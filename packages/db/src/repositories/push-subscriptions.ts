import { createHash } from "node:crypto";
import { PutCommand } from "@aws-sdk/lib-dynamodb";
import type { PushSubscriptionInput } from "@upnest/schemas";
import { keys, prefixes, pushSubscriptionKey } from "../core/keys.ts";
import { queryPages } from "../core/query-all.ts";
import { deleteKeys, type Store, send } from "../core/store.ts";

/** At most this many devices per person; subscribing one more replaces the oldest. */
export const MAX_PUSH_SUBSCRIPTIONS = 10;

export type PushSubscription = {
  endpoint: string;
  keys: { p256dh: string; auth: string };
  device: string | undefined;
  createdAt: string;
};

const endpointHash = (endpoint: string) => createHash("sha256").update(endpoint).digest("base64url");

const toSubscription = (item: Record<string, unknown>): PushSubscription => ({
  endpoint: String(item.endpoint),
  keys: item.keys as PushSubscription["keys"],
  device: typeof item.device === "string" ? item.device : undefined,
  createdAt: String(item.createdAt),
});

/** A person's devices that get Web Push reminders, in their own partition (deleted with the account). */
export function pushSubscriptionsRepository(store: Store) {
  async function items(userId: string) {
    return send(async () => {
      const all: Record<string, unknown>[] = [];
      const pages = queryPages(store.db, {
        TableName: store.tableName,
        KeyConditionExpression: "PK = :pk AND begins_with(SK, :push)",
        ExpressionAttributeValues: { ":pk": keys.user(userId), ":push": prefixes.pushSubscriptions },
        ConsistentRead: true,
      });
      for await (const page of pages) all.push(...page);
      return all;
    });
  }

  return {
    /** The person's devices, oldest first. */
    async list(actingUserId: string): Promise<PushSubscription[]> {
      return (await items(actingUserId)).map(toSubscription).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    },

    /**
     * Turns reminders on for one device: the same endpoint again updates its keys and keeps its place; an 11th
     * device replaces the oldest.
     */
    async subscribe(actingUserId: string, input: PushSubscriptionInput): Promise<PushSubscription> {
      const existing = (await items(actingUserId)).map(toSubscription);
      const same = existing.find((s) => s.endpoint === input.endpoint);
      const subscription: PushSubscription = {
        endpoint: input.endpoint,
        keys: { p256dh: input.keys.p256dh, auth: input.keys.auth },
        device: input.device || undefined,
        createdAt: same?.createdAt ?? store.now().toISOString(),
      };
      await send(() =>
        store.db.send(
          new PutCommand({
            TableName: store.tableName,
            Item: { ...pushSubscriptionKey(actingUserId, endpointHash(input.endpoint)), type: "push", ...subscription },
          }),
        ),
      );
      if (!same && existing.length >= MAX_PUSH_SUBSCRIPTIONS) {
        const oldest = existing.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
        const over = oldest.slice(0, existing.length + 1 - MAX_PUSH_SUBSCRIPTIONS);
        await deleteKeys(
          store,
          over.map((s) => pushSubscriptionKey(actingUserId, endpointHash(s.endpoint))),
        );
      }
      return subscription;
    },

    /** Turns one device off (nothing happens for an endpoint the person does not have). */
    async unsubscribe(actingUserId: string, endpoint: string): Promise<void> {
      await deleteKeys(store, [pushSubscriptionKey(actingUserId, endpointHash(endpoint))]);
    },
  };
}
export type PushSubscriptionsRepository = ReturnType<typeof pushSubscriptionsRepository>;
