// Usage: TABLE_NAME=upnest-dev DYNAMODB_ENDPOINT=http://127.0.0.1:8000 pnpm --filter @upnest/db migrate
import { createDocumentClient } from "../core/client.ts";
import { dbEnv } from "../env.ts";
import { migrate, migrations } from "./index.ts";

const { TABLE_NAME: tableName, DYNAMODB_ENDPOINT: endpoint } = dbEnv.cli();
if (!tableName) {
  console.error("TABLE_NAME is required (and DYNAMODB_ENDPOINT for DynamoDB Local)");
  process.exit(1);
}
const db = createDocumentClient({ tableName, endpoint });
const result = await migrate({ db, tableName }, migrations, console.log);
console.log(`${result.ran.length} migration(s) applied, ${result.alreadyApplied.length} already recorded`);
