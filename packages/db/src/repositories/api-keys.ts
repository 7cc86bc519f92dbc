import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { UpdateCommand } from "@aws-sdk/lib-dynamodb";
import {
  API_KEY_PREFIX,
  type ApiKey,
  type ApiKeyScope,
  apiKey,
  apiKeySecretPattern,
  MAX_API_KEYS,
  type Role,
} from "@upnest/schemas";
import { ulid } from "ulid";
import { conflict, DomainError, invalid, notFound } from "../core/errors.ts";
import { apiKeyByHashKey, apiKeyKey, keys, prefixes } from "../core/keys.ts";
import { queryPages } from "../core/query-all.ts";
import { deleteKeys, getItem, type Step, type Store, send, transact } from "../core/store.ts";
import { type Access, memberCondition, membersOf, requireMember, requireRole, WRITE_ROLES } from "../guards/access.ts";
import { auditStep } from "../guards/audit.ts";

const OWNERS_ONLY = "Only the baby's owners can manage its API keys";
/** The last use is written at most this often per key (one small write a minute at most, however busy the key). */
const LAST_USE_EVERY_MS = 60_000;
/** What each scope lets a key do, at most: it never does more than the owner who made it may. */
const SCOPE_ROLE: Record<ApiKeyScope, Role> = { read: "viewer", "read-write": "caregiver" };

/** A key's secret as stored: its SHA-256 (the secret itself is shown once and never kept). */
const hashOf = (secret: string) => createHash("sha256").update(secret).digest();

/** A working key, as a request presents it: which baby it opens, as whom, how far. */
export type ApiKeyPrincipal = {
  keyId: string;
  babyId: string;
  name: string;
  scope: ApiKeyScope;
  /** The owner who made it: the key acts as them. */
  createdBy: string;
};

/**
 * Per-baby API keys for integrations. The table keeps each key twice: in the baby's partition (what owners list
 * and revoke; deleted with the baby) and by its secret's hash (what a request is looked up by). Revoking deletes
 * the lookup and marks the key in one transaction.
 */
export function apiKeysRepository(store: Store) {
  const { tableName } = store;
  const put = (Item: Record<string, unknown>, ConditionExpression?: string): Step => ({
    item: { Put: { TableName: tableName, Item, ...(ConditionExpression ? { ConditionExpression } : {}) } },
  });

  const itemsOf = (babyId: string) => keyItems(store, babyId);

  const present = (item: Record<string, unknown>, writers: Set<string>): ApiKey =>
    apiKey.parse({
      ...item,
      status: item.revokedAt ? "revoked" : writers.has(String(item.createdBy)) ? "active" : "inactive",
    });

  return {
    /** The baby's keys, newest first, with whether each still works; owners only. */
    async list(access: Access): Promise<ApiKey[]> {
      const { babyId } = requireRole(access, "owner", OWNERS_ONLY);
      const [items, members] = await Promise.all([itemsOf(babyId), membersOf(store, babyId)]);
      const writers = new Set(members.filter((m) => WRITE_ROLES.includes(m.role)).map((m) => m.userId));
      return items.map((i) => present(i, writers)).sort((a, b) => b.keyId.localeCompare(a.keyId));
    },

    /** A new key: its secret is returned this once. The owner's membership is a condition of the write. */
    async create(
      access: Access,
      input: { name: string; scope: ApiKeyScope },
    ): Promise<{ key: ApiKey; secret: string }> {
      const { babyId, userId } = requireRole(access, "owner", OWNERS_ONLY);
      const working = (await itemsOf(babyId)).filter((i) => !i.revokedAt);
      if (working.length >= MAX_API_KEYS)
        throw invalid("name", `A baby can have at most ${MAX_API_KEYS} API keys. Revoke one first.`);
      const keyId = ulid();
      const secret = `${API_KEY_PREFIX}${keyId}_${randomBytes(32).toString("base64url")}`;
      const secretHash = hashOf(secret).toString("base64url");
      const now = store.now().toISOString();
      const item = {
        ...apiKeyKey(babyId, keyId),
        type: "apiKey",
        keyId,
        babyId,
        name: input.name,
        scope: input.scope,
        createdBy: userId,
        ...(access.displayName ? { createdByName: access.displayName } : {}),
        createdAt: now,
        secretHash,
      };
      await transact(store, [
        memberCondition(store, userId, babyId, ["owner"]),
        put(item, "attribute_not_exists(PK)"),
        put({ ...apiKeyByHashKey(secretHash), type: "apiKeyLookup", babyId, keyId }, "attribute_not_exists(PK)"),
        auditStep(store, access, babyId, {
          action: "create",
          recordType: "apiKey",
          recordId: keyId,
          changes: { name: { after: input.name }, scope: { after: input.scope } },
        }),
      ]);
      return { key: present(item, new Set([userId])), secret };
    },

    /** The key stops working at once: its lookup is deleted and it is marked revoked, with its audit event. */
    async revoke(access: Access, keyId: string): Promise<ApiKey> {
      const { babyId, userId } = requireRole(access, "owner", OWNERS_ONLY);
      const item = await getItem(store, apiKeyKey(babyId, keyId));
      if (!item) throw notFound("API key");
      if (item.revokedAt) throw conflict("This API key was already revoked");
      const now = store.now().toISOString();
      await transact(store, [
        memberCondition(store, userId, babyId, ["owner"]),
        {
          item: {
            Update: {
              TableName: tableName,
              Key: apiKeyKey(babyId, keyId),
              UpdateExpression: "SET revokedAt = :now",
              ConditionExpression: "attribute_exists(PK) AND attribute_not_exists(revokedAt)",
              ExpressionAttributeValues: { ":now": now },
            },
          },
          onConditionFailed: () => conflict("This API key was already revoked"),
        },
        { item: { Delete: { TableName: tableName, Key: apiKeyByHashKey(String(item.secretHash)) } } },
        auditStep(store, access, babyId, {
          action: "delete",
          recordType: "apiKey",
          recordId: keyId,
          changes: { name: { before: item.name }, scope: { before: item.scope } },
        }),
      ]);
      return present({ ...item, revokedAt: now }, new Set());
    },

    /**
     * The key a secret names, if it is current: the lookup by the secret's hash, then the key's own item, whose
     * stored hash must match (compared in constant time) and which must not be revoked. Its last use is noted
     * at most once a minute. Anything else (malformed, unknown, revoked) is null: the caller answers 401.
     */
    async authenticate(secret: string): Promise<ApiKeyPrincipal | null> {
      const keyId = apiKeySecretPattern.exec(secret)?.[1];
      if (!keyId) return null;
      const hash = hashOf(secret);
      const lookup = await getItem(store, apiKeyByHashKey(hash.toString("base64url")));
      if (typeof lookup?.babyId !== "string" || lookup.keyId !== keyId) return null;
      const item = await getItem(store, apiKeyKey(lookup.babyId, keyId));
      const stored = typeof item?.secretHash === "string" ? Buffer.from(item.secretHash, "base64url") : undefined;
      if (!item || !stored || stored.length !== hash.length || !timingSafeEqual(stored, hash) || item.revokedAt)
        return null;
      const now = store.now();
      const lastUsed = typeof item.lastUsedAt === "string" ? Date.parse(item.lastUsedAt) : 0;
      if (now.getTime() - lastUsed >= LAST_USE_EVERY_MS) await noteUse(store, lookup.babyId, keyId, now);
      return {
        keyId,
        babyId: lookup.babyId,
        name: String(item.name),
        scope: item.scope as ApiKeyScope,
        createdBy: String(item.createdBy),
      };
    },

    /**
     * The membership check for a key: only its own baby (any other is NOT_FOUND, as for a stranger, with nothing
     * read), as its creator, at the lower of their role and the key's scope. Null when the creator is no longer
     * an owner or caregiver of the baby (left, removed, made viewer, account deleted): the key no longer works.
     */
    async access(key: ApiKeyPrincipal, babyId: string): Promise<Access | null> {
      if (babyId !== key.babyId) throw notFound("Baby");
      const via = { keyId: key.keyId, name: key.name, atMost: SCOPE_ROLE[key.scope] };
      return requireMember(store, key.createdBy, babyId, via).catch((error: unknown) => {
        if (error instanceof DomainError && error.kind === "not-found") return null;
        throw error;
      });
    },
  };
}
export type ApiKeysRepository = ReturnType<typeof apiKeysRepository>;

/** A deleted baby's key lookups (outside its partition; the keys themselves go with the partition). */
export async function forgetApiKeys(store: Store, babyId: string): Promise<void> {
  const items = await keyItems(store, babyId);
  await deleteKeys(
    store,
    items.filter((i) => typeof i.secretHash === "string").map((i) => apiKeyByHashKey(String(i.secretHash))),
  );
}

/** The baby's key items, one consistent Query of its partition. */
async function keyItems(store: Store, babyId: string): Promise<Record<string, unknown>[]> {
  const found: Record<string, unknown>[] = [];
  const pages = queryPages(store.db, {
    TableName: store.tableName,
    KeyConditionExpression: "PK = :pk AND begins_with(SK, :key)",
    ExpressionAttributeValues: { ":pk": keys.baby(babyId), ":key": prefixes.apiKeys },
    ConsistentRead: true,
  });
  await send(async () => {
    for await (const items of pages) found.push(...items);
  });
  return found;
}

/** Notes a key's use, unless another request did within the minute (a conditional update; a refusal is fine). */
async function noteUse(store: Store, babyId: string, keyId: string, now: Date) {
  const since = new Date(now.getTime() - LAST_USE_EVERY_MS).toISOString();
  await store.db
    .send(
      new UpdateCommand({
        TableName: store.tableName,
        Key: apiKeyKey(babyId, keyId),
        UpdateExpression: "SET lastUsedAt = :now",
        ConditionExpression:
          "attribute_exists(PK) AND attribute_not_exists(revokedAt) AND (attribute_not_exists(lastUsedAt) OR lastUsedAt < :since)",
        ExpressionAttributeValues: { ":now": now.toISOString(), ":since": since },
      }),
    )
    .catch(() => {});
}
