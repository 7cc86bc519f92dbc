import { Storage, type StorageAdapter } from "@openauthjs/openauth/storage/storage";
import { type DocClient, lookupUserId } from "@upnest/db";

/** What a new password must be; the message finishes "That password cannot be used: …". */
export const validatePassword = (password: string) =>
  password.length < 8 ? "use at least 8 characters" : password.length > 128 ? "use at most 128 characters" : undefined;

/**
 * After a reset: removes every refresh token of the account (filed under
 * `user:<id>`, see issuer.ts), one by one (no Array.fromAsync on Node 20).
 */
export function revokeRefreshTokens(db: DocClient, tableName: string) {
  return async (email: string, storage: StorageAdapter) => {
    const userId = await lookupUserId(db, tableName, email);
    if (!userId) return;
    const keys: string[][] = [];
    for await (const [key] of Storage.scan(storage, ["oauth:refresh", `user:${userId}`])) keys.push(key);
    for (const key of keys) await Storage.remove(storage, key);
  };
}
