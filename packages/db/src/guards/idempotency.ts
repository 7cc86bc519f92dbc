import { createHash } from "node:crypto";
import { conflict, DomainError } from "../core/errors.ts";
import { idempotencyKey } from "../core/keys.ts";
import { getItem, type Step, type Store } from "../core/store.ts";

/** How long a retried create returns the first result instead of a duplicate. */
const IDEMPOTENCY_TTL_SECONDS = 24 * 3600;

/** Thrown by a step when the key was used before; carries the first request's result. */
export class Replayed extends DomainError {
  constructor(
    readonly fingerprint: string,
    readonly resultId: string,
  ) {
    super("conflict", "Request already processed");
  }
}

export function fingerprint(input: unknown): string {
  return createHash("sha256").update(JSON.stringify(input)).digest("base64url");
}

/**
 * An item written in the same transaction as the create it guards. A second
 * request with the same key cancels the transaction, so nothing is written
 * twice; an expired record (whatever TTL has done) counts as absent.
 */
export function idempotencyStep(store: Store, userId: string, key: string, input: unknown, resultId: string): Step {
  const now = Math.floor(store.now().getTime() / 1000);
  return {
    item: {
      Put: {
        TableName: store.tableName,
        Item: {
          ...idempotencyKey(userId, key),
          fingerprint: fingerprint(input),
          resultId,
          expiresAt: now + IDEMPOTENCY_TTL_SECONDS,
        },
        ConditionExpression: "attribute_not_exists(PK) OR expiresAt < :now",
        ExpressionAttributeValues: { ":now": now },
        ReturnValuesOnConditionCheckFailure: "ALL_OLD",
      },
    },
    onConditionFailed: (old) => new Replayed(String(old?.fingerprint ?? ""), String(old?.resultId ?? "")),
  };
}

/** Runs a create; on a replay of the same request returns the first result, on a reused key with other input a conflict. */
export async function once<T>(
  input: unknown,
  create: () => Promise<T>,
  load: (resultId: string) => Promise<T>,
): Promise<T> {
  try {
    return await create();
  } catch (error) {
    if (!(error instanceof Replayed)) throw error;
    if (error.fingerprint !== fingerprint(input))
      throw conflict("This request key was already used for a different change");
    return load(error.resultId);
  }
}

/**
 * The result of an earlier request with this key, read before a change that cannot be tried again once done
 * (a stopped timer is gone): the first result's id for the same request, a conflict for another, none if unused.
 */
export async function previousResult(store: Store, userId: string, key: string, input: unknown) {
  const item = await getItem(store, idempotencyKey(userId, key));
  if (!item || Number(item.expiresAt) < Math.floor(store.now().getTime() / 1000)) return undefined;
  if (item.fingerprint !== fingerprint(input))
    throw conflict("This request key was already used for a different change");
  return String(item.resultId);
}
