import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import { DomainError } from "./errors.ts";

/**
 * Pagination cursors: the DynamoDB LastEvaluatedKey sealed with AES-256-GCM.
 * The acting user and the query's scope are the associated data, so a cursor
 * cannot be read, forged, or replayed by another user or against another query.
 */
export class CursorSealer {
  readonly #key: Buffer;

  constructor(secret: string) {
    if (secret.length < 32) throw new Error("Cursor secret must be at least 32 characters");
    this.#key = createHash("sha256").update(secret).digest();
  }

  seal(lastKey: Record<string, unknown>, userId: string, scope: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv("aes-256-gcm", this.#key, iv);
    cipher.setAAD(Buffer.from(`${userId}\u0000${scope}`));
    const body = Buffer.concat([cipher.update(JSON.stringify(lastKey), "utf8"), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64url");
  }

  open(cursor: string, userId: string, scope: string): Record<string, unknown> {
    try {
      const raw = Buffer.from(cursor, "base64url");
      const decipher = createDecipheriv("aes-256-gcm", this.#key, raw.subarray(0, 12));
      decipher.setAAD(Buffer.from(`${userId}\u0000${scope}`));
      decipher.setAuthTag(raw.subarray(12, 28));
      const json = Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString("utf8");
      const parsed: unknown = JSON.parse(json);
      if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) throw new Error("not an object");
      return parsed as Record<string, unknown>;
    } catch (cause) {
      throw new DomainError("invalid", "This page link is not valid. Start from the first page.", {
        cause,
        fieldErrors: { cursor: ["Invalid cursor"] },
      });
    }
  }
}
