import { randomBytes } from "node:crypto";
import { ScanCommand } from "@aws-sdk/lib-dynamodb";
import { createDocumentClient } from "../core/client.ts";
import { RATE_PREFIX } from "../core/keys.ts";
import { migrate, migrations } from "../migrations/index.ts";
import { createRepositories } from "../repositories/index.ts";
import { userIdForEmail } from "../sign-in/auth-storage.ts";

export const TEST_CURSOR_SECRET = "test-cursor-secret-0123456789abcdef";

/**
 * A fresh table, created by the project's own migrations, on the run's
 * DynamoDB Local. Each test file gets its own, so files never see each other's data.
 */
export async function createTestTable(endpoint: string) {
  const tableName = `upnest-test-${randomBytes(6).toString("hex")}`;
  const db = createDocumentClient({ tableName, endpoint });
  await migrate({ db, tableName }, migrations);
  const repos = createRepositories({ db, tableName, cursorSecret: TEST_CURSOR_SECRET });
  return { db, tableName, endpoint, repos };
}
export type TestTable = Awaited<ReturnType<typeof createTestTable>>;

declare module "vitest" {
  /** Set by the global setup: the run's one DynamoDB Local. */
  export interface ProvidedContext {
    dynamoEndpoint: string;
  }
}

/**
 * Every item of a test table, sorted: to prove a refused request changed
 * nothing. Rate-limit counters (`RATE#`, not anyone's data: a refused request
 * still counts against its sender) are left out. Tests only (a Scan).
 */
export async function dumpTable(table: { db: TestTable["db"]; tableName: string }) {
  const items: Record<string, unknown>[] = [];
  let ExclusiveStartKey: Record<string, unknown> | undefined;
  do {
    const page = await table.db.send(
      new ScanCommand({ TableName: table.tableName, ConsistentRead: true, ExclusiveStartKey }),
    );
    items.push(...(page.Items ?? []));
    ExclusiveStartKey = page.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  return items
    .filter((i) => !String(i.PK).startsWith(RATE_PREFIX))
    .sort((a, b) => `${a.PK}|${a.SK}`.localeCompare(`${b.PK}|${b.SK}`));
}

/** A signed-up user with a profile, as the API makes one on first sign-in; creating a baby needs a live account. */
export async function createAccount(table: { db: TestTable["db"]; tableName: string }, email?: string) {
  const address = email ?? `parent-${randomBytes(4).toString("hex")}@example.com`;
  const userId = await userIdForEmail(table.db, table.tableName, address);
  const repos = createRepositories({ db: table.db, tableName: table.tableName, cursorSecret: TEST_CURSOR_SECRET });
  await repos.users.getOrCreate(userId, address);
  return { userId, email: address };
}
