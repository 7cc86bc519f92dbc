import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { ScanCommand } from "@aws-sdk/client-dynamodb";
import type { DocClient } from "../core/client.ts";
import { type Item, itemToLine } from "./items.ts";
import { isSecretItem } from "./secrets.ts";

export type BackupOptions = {
  db: DocClient;
  tableName: string;
  /** Parallel Scan segments: more finish a large table sooner, at the same total read cost. */
  totalSegments?: number;
  /** Items per Scan page (Limit); absent = DynamoDB's 1 MB pages. Tests set it small to cross page boundaries. */
  pageSize?: number;
};

/**
 * Every item of the table, via a parallel Scan (one worker per segment).
 * A maintenance command only: nothing in a request path Scans. Reads are
 * strongly consistent per page; the result is not a point-in-time snapshot of
 * a table being written to (on AWS, PITR or an on-demand backup is that).
 */
export async function* scanTable({ db, tableName, totalSegments = 4, pageSize }: BackupOptions): AsyncGenerator<Item> {
  const pending = new Map<
    number,
    Promise<{ segment: number; items: Item[]; next: Record<string, unknown> | undefined }>
  >();
  const scan = (segment: number, start?: Record<string, unknown>) =>
    db
      .send(
        new ScanCommand({
          TableName: tableName,
          Segment: segment,
          TotalSegments: totalSegments,
          ConsistentRead: true,
          Limit: pageSize,
          ExclusiveStartKey: start as Item | undefined,
        }),
      )
      .then((page) => ({ segment, items: page.Items ?? [], next: page.LastEvaluatedKey }));
  for (let segment = 0; segment < totalSegments; segment++) pending.set(segment, scan(segment));
  while (pending.size > 0) {
    // Whichever segment answers first; its next page is requested before its items are handed on.
    const { segment, items, next } = await Promise.race(pending.values());
    if (next) pending.set(segment, scan(segment, next));
    else pending.delete(segment);
    yield* items;
  }
}

/** Writes every item but the secret ones (secrets.ts) as one JSON line; returns how many, and how many were left out. */
export async function backupToFile(
  options: BackupOptions & { file: string },
): Promise<{ items: number; skippedSecrets: number }> {
  const out = createWriteStream(options.file, { encoding: "utf8" });
  const closed = once(out, "close");
  closed.catch(() => {}); // a write error surfaces from write/drain; this only avoids an unhandled rejection
  let items = 0;
  let skippedSecrets = 0;
  try {
    for await (const item of scanTable(options)) {
      if (isSecretItem(item)) {
        skippedSecrets++;
        continue;
      }
      // Respect back-pressure so a large table does not pile up in memory.
      if (!out.write(`${itemToLine(item)}\n`)) await once(out, "drain");
      items++;
    }
  } finally {
    out.end();
  }
  await closed;
  return { items, skippedSecrets };
}
