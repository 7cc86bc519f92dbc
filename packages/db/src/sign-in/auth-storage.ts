import { DeleteCommand, GetCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import { ulid } from "ulid";
import type { DocClient } from "../core/client.ts";
import {
  authKey,
  authKeyParts,
  authScanKey,
  emailAuthKey,
  refreshTokensPartition,
  userIdByEmailKey,
} from "../core/keys.ts";
import { queryPages } from "../core/query-all.ts";

/** The shape of OpenAuth's StorageAdapter, restated so the data layer does not depend on the sign-in library. */
export type AuthStorage = {
  get(key: string[]): Promise<Record<string, unknown> | undefined>;
  set(key: string[], value: unknown, expiry?: Date): Promise<void>;
  remove(key: string[]): Promise<void>;
  scan(prefix: string[]): AsyncIterable<[string[], unknown]>;
};

/**
 * OpenAuth's storage (signing keys, password hashes, refresh tokens) in the
 * app's own table under `AUTH#…` partitions, through the same DocumentClient
 * as everything else, so it works on DynamoDB Local and on AWS alike. Keys are
 * split like OpenAuth's own DynamoStorage: two parts → (pk, sk), more → first
 * two joined as pk. Expired items count as absent whatever TTL has done.
 */
export function authStorage(db: DocClient, tableName: string): AuthStorage {
  const split = authKey;
  const live = (item: Record<string, unknown> | undefined) =>
    item && !(typeof item.expiresAt === "number" && item.expiresAt < Date.now() / 1000) ? item : undefined;

  return {
    async get(key) {
      const out = await db.send(new GetCommand({ TableName: tableName, Key: split(key), ConsistentRead: true }));
      return live(out.Item)?.value as Record<string, unknown> | undefined;
    },
    async set(key, value, expiry) {
      const expiresAt = expiry ? Math.floor(expiry.getTime() / 1000) : undefined;
      await db.send(new PutCommand({ TableName: tableName, Item: { ...split(key), value, expiresAt } }));
    },
    async remove(key) {
      await db.send(new DeleteCommand({ TableName: tableName, Key: split(key) }));
    },
    async *scan(prefix) {
      const { PK, skPrefix } = authScanKey(prefix);
      const pages = queryPages(db, {
        TableName: tableName,
        KeyConditionExpression: skPrefix ? "PK = :pk AND begins_with(SK, :sk)" : "PK = :pk",
        ExpressionAttributeValues: { ":pk": PK, ...(skPrefix ? { ":sk": skPrefix } : {}) },
        ConsistentRead: true,
      });
      for await (const items of pages) {
        for (const item of items) {
          if (live(item)) yield [authKeyParts(item), item.value];
        }
      }
    },
  };
}

/** What a new account's person chose at sign-up: the name the family sees and the sign-up page's language. */
export type NewAccount = { displayName: string; language: string };

/**
 * The user id for an e-mail address, created once. A conditional Put makes
 * two first sign-ins at the same moment agree on one id. A sign-up's chosen
 * name and language are kept with it (the issuer cannot write the profile:
 * its role reaches no `USER#` item); the API's first profile reads them.
 */
export async function userIdForEmail(
  db: DocClient,
  tableName: string,
  email: string,
  newAccount?: NewAccount,
): Promise<string> {
  const Key = userIdByEmailKey(email);
  const existing = await db.send(new GetCommand({ TableName: tableName, Key, ConsistentRead: true }));
  if (existing.Item) return String(existing.Item.userId);
  const userId = ulid();
  try {
    await db.send(
      new PutCommand({
        TableName: tableName,
        Item: { ...Key, userId, ...newAccount },
        ConditionExpression: "attribute_not_exists(PK)",
      }),
    );
    return userId;
  } catch (error) {
    if ((error as Error).name !== "ConditionalCheckFailedException") throw error;
    const winner = await db.send(new GetCommand({ TableName: tableName, Key, ConsistentRead: true }));
    return String(winner.Item?.userId);
  }
}

/** The account an e-mail signs in as, if it still exists, with what its person chose at sign-up (if anything). */
export async function signInAccount(
  db: DocClient,
  tableName: string,
  email: string,
): Promise<{ userId: string; displayName?: unknown; language?: unknown } | undefined> {
  const out = await db.send(
    new GetCommand({ TableName: tableName, Key: userIdByEmailKey(email), ConsistentRead: true }),
  );
  if (!out.Item) return undefined;
  return { userId: String(out.Item.userId), displayName: out.Item.displayName, language: out.Item.language };
}

/** The user id an e-mail signs in as, if the account still exists. */
export async function lookupUserId(db: DocClient, tableName: string, email: string): Promise<string | undefined> {
  return (await signInAccount(db, tableName, email))?.userId;
}

/**
 * Removes a person's sign-in: the e-mail → id mapping, the password hash and
 * every refresh token (the issuer files them under `user:<id>`), so the
 * account cannot be signed into again.
 */
export async function deleteIdentity(db: DocClient, tableName: string, userId: string, email: string): Promise<void> {
  const keys: { PK: string; SK: string }[] = [
    userIdByEmailKey(email),
    emailAuthKey(email, "password"),
    emailAuthKey(email, "subject"),
  ];
  const refreshTokens = queryPages(db, {
    TableName: tableName,
    KeyConditionExpression: "PK = :pk",
    ExpressionAttributeValues: { ":pk": refreshTokensPartition(userId) },
    ProjectionExpression: "PK, SK",
    ConsistentRead: true,
  });
  for await (const items of refreshTokens) keys.push(...items.map((i) => ({ PK: String(i.PK), SK: String(i.SK) })));
  for (const Key of keys) await db.send(new DeleteCommand({ TableName: tableName, Key }));
}
