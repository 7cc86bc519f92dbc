import { DeleteCommand, PutCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { type Session, session } from "@upnest/schemas";
import { DomainError, notFound } from "../core/errors.ts";
import { SESSION_PREFIX, sessionKey } from "../core/keys.ts";
import { queryPages } from "../core/query-all.ts";
import { conditionalWrite, deleteKeys, type Store, send } from "../core/store.ts";

/** Thirty days without a refresh, or ninety from signing in, whichever comes first. */
export const SESSION_IDLE_SECONDS = 30 * 24 * 3600;
export const SESSION_LIFETIME_SECONDS = 90 * 24 * 3600;

export type StartSession = { sessionId: string; device: string; lifetimeSeconds?: number };

const toSession = (item: Record<string, unknown>): Session =>
  session.parse({ ...item, endsAt: new Date(Number(item.expiresAt) * 1000).toISOString() });

/**
 * One record per sign-in (a refresh-token family): the device in plain words
 * and when it signed in and was last used. The issuer starts and touches
 * them; a refresh is refused once its record is gone or past `expiresAt`
 * (the absolute lifetime), so deleting a record signs that device out.
 */
export function sessionsRepository(store: Store) {
  const nowSeconds = () => Math.floor(store.now().getTime() / 1000);
  /** Within its lifetime, and refreshed within the idle limit (after that its refresh token has expired). */
  const live = (item: Record<string, unknown>) =>
    Number(item.expiresAt) > nowSeconds() &&
    Date.parse(String(item.lastUsedAt)) > store.now().getTime() - SESSION_IDLE_SECONDS * 1000;

  function items(userId: string) {
    return send(async () => {
      const all: Record<string, unknown>[] = [];
      const pages = queryPages(store.db, {
        TableName: store.tableName,
        KeyConditionExpression: "PK = :pk AND begins_with(SK, :sk)",
        ExpressionAttributeValues: { ":pk": sessionKey(userId, "").PK, ":sk": SESSION_PREFIX },
        ConsistentRead: true,
      });
      for await (const page of pages) all.push(...page);
      return all;
    });
  }

  return {
    async start(userId: string, { sessionId, device, lifetimeSeconds = SESSION_LIFETIME_SECONDS }: StartSession) {
      const now = store.now().toISOString();
      await send(() =>
        store.db.send(
          new PutCommand({
            TableName: store.tableName,
            Item: {
              ...sessionKey(userId, sessionId),
              type: "session",
              sessionId,
              device: device.slice(0, 80),
              signedInAt: now,
              lastUsedAt: now,
              expiresAt: nowSeconds() + lifetimeSeconds,
            },
            ConditionExpression: "attribute_not_exists(PK)",
          }),
        ),
      );
    },

    /** Marks a refresh; false when the session was ended or has lived its lifetime. */
    async touch(userId: string, sessionId: string): Promise<boolean> {
      const ended = Symbol("ended");
      const out = await conditionalWrite(
        () =>
          store.db.send(
            new UpdateCommand({
              TableName: store.tableName,
              Key: sessionKey(userId, sessionId),
              UpdateExpression: "SET lastUsedAt = :now",
              ConditionExpression: "attribute_exists(PK) AND expiresAt > :nowSeconds",
              ExpressionAttributeValues: { ":now": store.now().toISOString(), ":nowSeconds": nowSeconds() },
            }),
          ),
        () => notFound("Session"),
      ).catch((error: unknown) => {
        if (error instanceof DomainError && error.kind === "not-found") return ended;
        throw error;
      });
      return out !== ended;
    },

    /** The user's live sessions, most recently used first. */
    async list(actingUserId: string): Promise<Session[]> {
      return (await items(actingUserId))
        .filter(live)
        .map(toSession)
        .sort((a, b) => b.lastUsedAt.localeCompare(a.lastUsedAt));
    },

    /** Signs one of the user's own devices out (NOT_FOUND for anyone else's, or one already ended). */
    async end(actingUserId: string, sessionId: string): Promise<void> {
      await conditionalWrite(
        () =>
          store.db.send(
            new DeleteCommand({
              TableName: store.tableName,
              Key: sessionKey(actingUserId, sessionId),
              ConditionExpression: "attribute_exists(PK)",
            }),
          ),
        () => notFound("Session"),
      );
    },

    /** Signs every device out; returns how many sessions ended. */
    async endAll(actingUserId: string): Promise<number> {
      const all = await items(actingUserId);
      await deleteKeys(store, all as { PK: string; SK: string }[]);
      return all.filter(live).length;
    },
  };
}
export type SessionsRepository = ReturnType<typeof sessionsRepository>;
