import { randomBytes } from "node:crypto";
import { createDocumentClient } from "../client.ts";
import { migrate, migrations } from "../migrations/index.ts";
import { createRepositories } from "../repositories/index.ts";

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
