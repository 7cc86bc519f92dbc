import { createHash } from "node:crypto";
import { DeleteCommand, GetCommand, PutCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { DocClient } from "../core/client.ts";
import { attemptKey } from "../core/keys.ts";
import { send } from "../core/store.ts";

/** Failures so far and when the last one was (seconds since the epoch). */
export type Failures = { count: number; lastAt: number };

const hashOf = (subject: string) => createHash("sha256").update(subject).digest("base64url").slice(0, 22);
const isConditionFailure = (error: unknown) => (error as { name?: string }).name === "ConditionalCheckFailedException";

/**
 * Counters for the sign-in issuer, in the table so they hold across every
 * Lambda instance: consecutive failures (wrong passwords) and spent
 * allowances (tries of one code, code e-mails per address per hour). Every
 * item expires (`expiresAt`) and counts as absent once past it.
 */
export function attemptCounters(db: DocClient, tableName: string, now: () => Date = () => new Date()) {
  const seconds = () => Math.floor(now().getTime() / 1000);
  const FAILURES = "FAILURES";

  return {
    /** The failures recorded for this subject, if any are still remembered. */
    async failures(kind: string, subject: string): Promise<Failures | undefined> {
      const out = await send(() =>
        db.send(
          new GetCommand({
            TableName: tableName,
            Key: attemptKey(kind, hashOf(subject), FAILURES),
            ConsistentRead: true,
          }),
        ),
      );
      const item = out.Item;
      if (!item || Number(item.expiresAt) < seconds()) return undefined;
      return { count: Number(item.count), lastAt: Number(item.lastAt) };
    },

    /** One more failure, remembered for `keepSeconds` after it; returns the new total. */
    async fail(kind: string, subject: string, keepSeconds: number): Promise<Failures> {
      const at = seconds();
      const Key = attemptKey(kind, hashOf(subject), FAILURES);
      try {
        const out = await db.send(
          new UpdateCommand({
            TableName: tableName,
            Key,
            UpdateExpression: "ADD #count :one SET lastAt = :at, expiresAt = :expires",
            ConditionExpression: "attribute_not_exists(expiresAt) OR expiresAt >= :at",
            ExpressionAttributeNames: { "#count": "count" },
            ExpressionAttributeValues: { ":one": 1, ":at": at, ":expires": at + keepSeconds },
            ReturnValues: "ALL_NEW",
          }),
        );
        return { count: Number(out.Attributes?.count), lastAt: at };
      } catch (error) {
        if (!isConditionFailure(error)) return send(() => Promise.reject(error));
        // The old run of failures had expired (TTL had not removed it yet): this one starts a new run.
        await send(() =>
          db.send(
            new PutCommand({
              TableName: tableName,
              Item: { ...Key, count: 1, lastAt: at, expiresAt: at + keepSeconds },
            }),
          ),
        );
        return { count: 1, lastAt: at };
      }
    },

    /** Forgets the failures (a successful sign-in). */
    async clear(kind: string, subject: string): Promise<void> {
      await send(() =>
        db.send(new DeleteCommand({ TableName: tableName, Key: attemptKey(kind, hashOf(subject), FAILURES) })),
      );
    },

    /**
     * Spends one of `limit` uses of this subject's allowance; false (and
     * nothing spent) once it is used up. One conditional UpdateItem, so
     * concurrent callers can never spend more than `limit` between them.
     * With `windowSeconds` the allowance renews each window (e.g. e-mails per
     * hour); without it, it lasts `keepSeconds` from the first use (e.g. the
     * tries of one code, which is never valid for that long).
     */
    async spend(
      kind: string,
      subject: string,
      allowance: { limit: number; windowSeconds: number } | { limit: number; keepSeconds: number },
    ): Promise<boolean> {
      const at = seconds();
      const windowed = "windowSeconds" in allowance;
      const slot = windowed ? String(at - (at % allowance.windowSeconds)) : "COUNT";
      const expires = windowed
        ? at - (at % allowance.windowSeconds) + allowance.windowSeconds
        : at + allowance.keepSeconds;
      try {
        await db.send(
          new UpdateCommand({
            TableName: tableName,
            Key: attemptKey(kind, hashOf(subject), slot),
            UpdateExpression: "ADD used :one SET expiresAt = if_not_exists(expiresAt, :expires)",
            ConditionExpression: "attribute_not_exists(used) OR used < :limit",
            ExpressionAttributeValues: { ":one": 1, ":limit": allowance.limit, ":expires": expires },
          }),
        );
        return true;
      } catch (error) {
        if (isConditionFailure(error)) return false;
        return send(() => Promise.reject(error));
      }
    },
  };
}
export type AttemptCounters = ReturnType<typeof attemptCounters>;
