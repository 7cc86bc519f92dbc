import type { AuthStorage } from "./auth-storage.ts";

/** A key as OpenAuth 0.4.3 keeps it in storage (src/keys.ts): PEM strings, newest `created` first. */
export type StoredKey = { id: string; alg: string; publicKey: string; privateKey: string; created: number };

/**
 * The issuer's key material, from configuration (a deploy-time secret on AWS).
 * `signing[0]` signs; every signing key is published in the JWKS, so a token
 * signed by the previous key still verifies while both are listed.
 */
export type IssuerKeyMaterial = { signing: StoredKey[]; encryption: StoredKey[] };

/** OpenAuth's storage prefixes for its keys; `oauth:key` is its pre-0.4 (RS512) location. */
const KEY_PREFIXES = { "signing:key": "signing", "encryption:key": "encryption", "oauth:key": undefined } as const;
type KeyPrefix = keyof typeof KEY_PREFIXES;
const isKeyPrefix = (part: string | undefined): part is KeyPrefix => part !== undefined && part in KEY_PREFIXES;

export class KeyStorageRefused extends Error {
  constructor(action: "store" | "delete") {
    super(`The issuer's keys come from configuration; refusing to ${action} one in the table`);
    this.name = "KeyStorageRefused";
  }
}

/**
 * OpenAuth's storage with its signing and encryption keys answered from
 * configured material instead of the table: reads of `signing:key`,
 * `encryption:key` (and the legacy `oauth:key`) never reach DynamoDB, and an
 * attempt to write or delete one throws, so no private key is ever stored
 * where the API's role or a backup could read it. Everything else passes through.
 */
export function withConfiguredKeys(storage: AuthStorage, material: IssuerKeyMaterial): AuthStorage {
  if (material.signing.length === 0 || material.encryption.length === 0)
    throw new Error("The issuer needs at least one signing key and one encryption key");
  const listed = (prefix: KeyPrefix) => {
    const kind = KEY_PREFIXES[prefix];
    return kind ? material[kind] : [];
  };
  return {
    async get(key) {
      if (!isKeyPrefix(key[0])) return storage.get(key);
      return listed(key[0]).find((k) => k.id === key[1]);
    },
    async set(key, value, expiry) {
      if (isKeyPrefix(key[0])) throw new KeyStorageRefused("store");
      return storage.set(key, value, expiry);
    },
    async remove(key) {
      if (isKeyPrefix(key[0])) throw new KeyStorageRefused("delete");
      return storage.remove(key);
    },
    async *scan(prefix) {
      if (!isKeyPrefix(prefix[0])) return yield* storage.scan(prefix);
      for (const k of listed(prefix[0])) yield [[prefix[0], k.id], k];
    },
  };
}
