import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { BatchWriteItemCommand, ScanCommand, type WriteRequest } from "@aws-sdk/client-dynamodb";
import type { DocClient } from "../core/client.ts";
import { MIGRATION_PARTITION } from "../core/keys.ts";
import { migrations as allMigrations, type Migration, migrate, tableExists } from "../migrations/index.ts";
import { type Item, lineToItem } from "./items.ts";

export type RestoreOptions = {
  db: DocClient;
  tableName: string;
  migrations?: readonly Migration[];
  /** Attempts per batch before giving up on items DynamoDB keeps returning as unprocessed. */
  maxAttempts?: number;
  /** Milliseconds before the first retry; doubles each time (DynamoDB asks for back-off when throttling). */
  baseDelayMs?: number;
};

/** The partition where migrations record themselves: table metadata, not user data. */
const MIGRATION_PK = MIGRATION_PARTITION;
const BATCH = 25; // BatchWriteItem's limit per request

/**
 * Whether the table holds anything besides migration records. A table made
 * by the migrations (here or by `pnpm --filter @upnest/db migrate`) has those,
 * and still counts as empty. One item is enough to say no, so this stops early.
 */
export async function hasData(db: DocClient, tableName: string): Promise<boolean> {
  let ExclusiveStartKey: Item | undefined;
  do {
    const page = await db.send(
      new ScanCommand({
        TableName: tableName,
        FilterExpression: "PK <> :m",
        ExpressionAttributeValues: { ":m": { S: MIGRATION_PK } },
        Limit: 100,
        ExclusiveStartKey,
      }),
    );
    if ((page.Count ?? 0) > 0) return true;
    ExclusiveStartKey = page.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  return false;
}

export class TableNotEmptyError extends Error {
  constructor(tableName: string) {
    super(`Table ${tableName} already holds data; restore only loads into an empty table (nothing was written).`);
    this.name = "TableNotEmptyError";
  }
}

/** Writes one batch, resending what DynamoDB returns as UnprocessedItems with exponential back-off. */
async function writeBatch(db: DocClient, tableName: string, items: Item[], maxAttempts: number, baseDelayMs: number) {
  let requests: WriteRequest[] = items.map((Item) => ({ PutRequest: { Item } }));
  for (let attempt = 1; requests.length > 0; attempt++) {
    if (attempt > maxAttempts)
      throw new Error(`${requests.length} item(s) still unprocessed after ${maxAttempts} attempts`);
    if (attempt > 1) await new Promise((r) => setTimeout(r, baseDelayMs * 2 ** (attempt - 2)));
    const out = await db.send(new BatchWriteItemCommand({ RequestItems: { [tableName]: requests } }));
    requests = out.UnprocessedItems?.[tableName] ?? [];
  }
}

async function* readLines(file: string): AsyncGenerator<Item> {
  let n = 0;
  for await (const line of createInterface({ input: createReadStream(file, "utf8"), crlfDelay: Infinity })) {
    n++;
    if (line.trim() === "") continue;
    try {
      yield lineToItem(line);
    } catch (error) {
      throw new Error(`${file}, line ${n}: ${(error as Error).message}`);
    }
  }
}

/**
 * Loads a backup into an empty table, creating it first through the project's
 * migrations if it does not exist. Refuses a table with data, so a restore can
 * never mix two states of the data. Returns how many items were written.
 */
export async function restoreFromFile(
  options: RestoreOptions & { file: string },
): Promise<{ items: number; createdTable: boolean }> {
  const { db, tableName, file, maxAttempts = 8, baseDelayMs = 50 } = options;
  const createdTable = !(await tableExists({ db, tableName }));
  await migrate({ db, tableName }, options.migrations ?? allMigrations);
  if (await hasData(db, tableName)) throw new TableNotEmptyError(tableName);
  let items = 0;
  let batch: Item[] = [];
  const inFlight = new Set<Promise<void>>();
  const flush = async () => {
    const job = writeBatch(db, tableName, batch, maxAttempts, baseDelayMs).finally(() => inFlight.delete(job));
    job.catch(() => {}); // observed below by race/all; this only stops an early failure crashing the process unreported
    inFlight.add(job);
    batch = [];
    // A few batches at once: faster than one by one, gentle enough for an on-demand table's first minutes.
    if (inFlight.size >= 4) await Promise.race(inFlight);
  };
  for await (const item of readLines(file)) {
    batch.push(item);
    items++;
    if (batch.length === BATCH) await flush();
  }
  if (batch.length > 0) await flush();
  await Promise.all(inFlight);
  return { items, createdTable };
}
