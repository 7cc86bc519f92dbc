import { z } from "zod";
import { id } from "./common.ts";

/**
 * API keys for integrations (Home Assistant and the like): a key belongs to one baby, is made by one of its owners
 * and acts as that owner, never above its scope (`read`: as a viewer; `read-write`: as a caregiver).
 */
export const apiKeyScope = z.enum(["read", "read-write"], { error: "Scope must be read or read-write" });
export type ApiKeyScope = z.infer<typeof apiKeyScope>;

/** What a key is called on the integrations page and in the history ("Home Assistant"). */
export const apiKeyName = z
  .string({ error: "Name the key" })
  .trim()
  .min(1, { error: "Name the key" })
  .max(60, { error: "A key's name is at most 60 characters" });

/** At most this many working keys per baby. */
export const MAX_API_KEYS = 10;

/** The text every key starts with, so a log scanner or a person can tell one at a glance. */
export const API_KEY_PREFIX = "upn_";
/** A key's secret: `upn_<keyId>_<32 random bytes, base64url>`. */
export const apiKeySecretPattern = /^upn_([0-9A-HJKMNP-TV-Z]{26})_([A-Za-z0-9_-]{43})$/;

/** Whether a key still works: revoked, or its owner is no longer an owner or caregiver of the baby. */
export const apiKeyStatus = z.enum(["active", "revoked", "inactive"]);
export type ApiKeyStatus = z.infer<typeof apiKeyStatus>;

/** A key as its baby's owners see it listed (never its secret). */
export const apiKey = z.object({
  keyId: id,
  babyId: id,
  name: z.string(),
  scope: apiKeyScope,
  createdBy: z.string(),
  /** The owner who made it, by the name they had then. */
  createdByName: z.string().optional(),
  createdAt: z.string(),
  /** Updated at most once a minute. */
  lastUsedAt: z.string().optional(),
  revokedAt: z.string().optional(),
  status: apiKeyStatus,
});
export type ApiKey = z.infer<typeof apiKey>;

export const createApiKeyInput = z.object({ babyId: id, name: apiKeyName, scope: apiKeyScope });
export type CreateApiKeyInput = z.input<typeof createApiKeyInput>;
export const apiKeyRef = z.object({ babyId: id, keyId: id });

/** A new key: shown once with its secret, which is then kept only as a hash. */
export const createdApiKey = z.object({ key: apiKey, secret: z.string() });
