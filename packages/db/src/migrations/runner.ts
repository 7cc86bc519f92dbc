import { DescribeTableCommand, ResourceNotFoundException } from "@aws-sdk/client-dynamodb";
import { PutCommand } from "@aws-sdk/lib-dynamodb";
import type { DocClient } from "../core/client.ts";
import { MIGRATION_PARTITION, migrationKey } from "../core/keys.ts";
import { queryPages } from "../core/query-all.ts";

export type MigrationContext = { db: DocClient; tableName: string };

export type Migration = {
  /** Sortable and unique: `0001-create-table`. Never renamed once shipped. */
  id: string;
  description: string;
  /** Must be safe to run again: a crash between `up` and the record re-runs it. */
  up: (ctx: MigrationContext) => Promise<void>;
};

const RECORD_PK = MIGRATION_PARTITION;

/** Whether the table exists (a table that does not is no error: it has nothing applied yet). */
export async function tableExists({ db, tableName }: MigrationContext) {
  try {
    await db.send(new DescribeTableCommand({ TableName: tableName }));
    return true;
  } catch (error) {
    if (error instanceof ResourceNotFoundException) return false;
    throw error;
  }
}

/** Ids of the migrations recorded in the table (none while the table does not exist). */
export async function appliedMigrations(ctx: MigrationContext): Promise<Set<string>> {
  if (!(await tableExists(ctx))) return new Set();
  const ids = new Set<string>();
  const pages = queryPages(ctx.db, {
    TableName: ctx.tableName,
    KeyConditionExpression: "PK = :pk",
    ExpressionAttributeValues: { ":pk": RECORD_PK },
    ConsistentRead: true,
  });
  for await (const items of pages) for (const item of items) ids.add(String(item.SK));
  return ids;
}

/**
 * Applies, in id order, every migration not yet recorded, and records each one
 * in the table right after it succeeds. Running it twice changes nothing.
 */
export async function migrate(
  ctx: MigrationContext,
  migrations: readonly Migration[],
  log: (line: string) => void = () => {},
) {
  const ordered = [...migrations].sort((a, b) => a.id.localeCompare(b.id));
  if (new Set(ordered.map((m) => m.id)).size !== ordered.length) throw new Error("Duplicate migration id");
  const applied = await appliedMigrations(ctx);
  const ran: string[] = [];
  for (const migration of ordered) {
    if (applied.has(migration.id)) continue;
    log(`migrating ${migration.id}: ${migration.description}`);
    await migration.up(ctx);
    await ctx.db.send(
      new PutCommand({
        TableName: ctx.tableName,
        Item: {
          ...migrationKey(migration.id),
          description: migration.description,
          appliedAt: new Date().toISOString(),
        },
      }),
    );
    ran.push(migration.id);
  }
  return { ran, alreadyApplied: [...applied] };
}
