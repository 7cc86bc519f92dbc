import { TransactionCanceledException } from "@aws-sdk/client-dynamodb";
import {
  BatchWriteCommand,
  GetCommand,
  TransactWriteCommand,
  type TransactWriteCommandInput,
} from "@aws-sdk/lib-dynamodb";
import type { DocClient } from "./client.ts";
import type { CursorSealer } from "./cursor.ts";
import { DomainError, unavailable } from "./errors.ts";

export type Store = {
  db: DocClient;
  tableName: string;
  cursors: CursorSealer;
  now: () => Date;
};

type TransactItem = NonNullable<TransactWriteCommandInput["TransactItems"]>[number];

/** What a failed condition on one item of a transaction means to the user. */
export type OnConditionFailed = (oldItem: Record<string, unknown> | undefined) => DomainError;

export type Step = { item: TransactItem; onConditionFailed?: OnConditionFailed };

const THROTTLED = new Set([
  "ProvisionedThroughputExceededException",
  "ThrottlingException",
  "RequestLimitExceeded",
  "InternalServerError",
  "ServiceUnavailable",
  "TimeoutError",
]);

/** Turns the SDK's transient failures into `unavailable`; everything else stays as it is (a bug, logged by the API). */
export function mapAwsError(error: unknown): never {
  if (error instanceof DomainError) throw error;
  const name = (error as { name?: string }).name ?? "";
  const code = (error as { code?: string }).code ?? "";
  if (THROTTLED.has(name) || ["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT"].includes(code)) throw unavailable(error);
  throw error;
}

export async function send<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    return mapAwsError(error);
  }
}

/**
 * One all-or-nothing write. Each step may say what its failed condition means;
 * DynamoDB reports cancellation reasons in step order, so the first failed
 * condition names the domain error (not found, forbidden, conflict).
 */
export async function transact(store: Store, steps: Step[]): Promise<void> {
  try {
    await store.db.send(new TransactWriteCommand({ TransactItems: steps.map((s) => s.item) }));
  } catch (error) {
    if (error instanceof TransactionCanceledException) {
      const reasons = error.CancellationReasons ?? [];
      for (const [index, reason] of reasons.entries()) {
        if (reason.Code !== "ConditionalCheckFailed") continue;
        const step = steps[index];
        if (step?.onConditionFailed)
          throw step.onConditionFailed(reason.Item ? unmarshallLoose(reason.Item) : undefined);
      }
      if (reasons.some((r) => r.Code === "TransactionConflict")) {
        throw new DomainError("conflict", "Someone else changed this at the same moment. Reload and try again.", {
          cause: error,
        });
      }
      if (reasons.some((r) => r.Code === "ThrottlingError" || r.Code === "ProvisionedThroughputExceeded"))
        throw unavailable(error);
    }
    mapAwsError(error);
  }
}

/** Reads one item with a strongly consistent Get. */
export async function getItem(store: Store, key: { PK: string; SK: string }) {
  const out = await send(() =>
    store.db.send(new GetCommand({ TableName: store.tableName, Key: key, ConsistentRead: true })),
  );
  return out.Item;
}

// Cancellation reasons carry raw attribute values; only the few scalar fields we read are needed.
function unmarshallLoose(item: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(item)) {
    const v = value as { S?: string; N?: string; BOOL?: boolean };
    out[name] = v.S ?? (v.N !== undefined ? Number(v.N) : v.BOOL);
  }
  return out;
}

/** A single-item conditional write (Put/Update/Delete command) whose failed condition means `onConditionFailed`. */
export async function conditionalWrite<T>(run: () => Promise<T>, onConditionFailed: OnConditionFailed): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if ((error as { name?: string }).name === "ConditionalCheckFailedException") {
      const item = (error as { Item?: Record<string, unknown> }).Item;
      throw onConditionFailed(item ? unmarshallLoose(item) : undefined);
    }
    return mapAwsError(error);
  }
}

/** Deletes items by key, 25 per BatchWrite, retrying what DynamoDB leaves unprocessed (a few times). */
export async function deleteKeys(store: Store, keys: { PK: unknown; SK: unknown }[]): Promise<void> {
  for (let i = 0; i < keys.length; i += 25) {
    let requests = keys.slice(i, i + 25).map(({ PK, SK }) => ({ DeleteRequest: { Key: { PK, SK } } }));
    for (let attempt = 0; requests.length > 0 && attempt < 5; attempt++) {
      const out = await send(() =>
        store.db.send(new BatchWriteCommand({ RequestItems: { [store.tableName]: requests } })),
      );
      requests = (out.UnprocessedItems?.[store.tableName] ?? []) as typeof requests;
    }
  }
}
