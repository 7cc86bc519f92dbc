/**
 * Usage (from the repo root):
 *   TABLE_NAME=upnest-dev DYNAMODB_ENDPOINT=http://127.0.0.1:8000 pnpm db:backup <file.jsonl>
 *   TABLE_NAME=upnest-copy DYNAMODB_ENDPOINT=http://127.0.0.1:8000 pnpm db:restore <file.jsonl>
 * Without DYNAMODB_ENDPOINT the SDK talks to AWS with the usual credentials and AWS_REGION.
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { z } from "zod";
import { createDocumentClient } from "../core/client.ts";
import { dbEnv } from "../env.ts";
import { backupToFile } from "./backup.ts";
import { restoreFromFile, TableNotEmptyError } from "./restore.ts";

const USAGE = `Usage:
  TABLE_NAME=<table> [DYNAMODB_ENDPOINT=<url>] [BACKUP_SEGMENTS=4] pnpm db:backup <file.jsonl>
  TABLE_NAME=<table> [DYNAMODB_ENDPOINT=<url>] pnpm db:restore <file.jsonl>
backup writes every item of the table but sign-in secrets (keys, refresh tokens, codes) as JSON Lines ({"Item": ...} per line, DynamoDB JSON);
restore loads such a file into an empty table, creating it through the migrations if it does not exist.`;

const env = z.object({
  TABLE_NAME: z.string().min(3, { error: "TABLE_NAME must name the table (at least 3 characters)" }),
  DYNAMODB_ENDPOINT: z.url({ error: "DYNAMODB_ENDPOINT must be a URL, e.g. http://127.0.0.1:8000" }).optional(),
  BACKUP_SEGMENTS: z.coerce.number().int().min(1).max(1_000_000).default(4),
});
const args = z.tuple([z.enum(["backup", "restore"]), z.string().min(1, { error: "give the backup file's path" })]);

function fail(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

const parsedArgs = args.safeParse(process.argv.slice(2));
if (!parsedArgs.success)
  fail(
    process.argv.length === 3
      ? "Missing the backup file's path."
      : `Expected a command and a file path, got: ${process.argv.slice(2).join(" ") || "(nothing)"}`,
  );
const parsedEnv = env.safeParse(dbEnv.cli());
if (!parsedEnv.success) fail(parsedEnv.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("\n"));

const [command, fileArg] = parsedArgs.data;
const file = resolve(dbEnv.workingDirectory(), fileArg);
const { TABLE_NAME: tableName, DYNAMODB_ENDPOINT: endpoint, BACKUP_SEGMENTS: totalSegments } = parsedEnv.data;
const db = createDocumentClient({ tableName, endpoint });
const started = performance.now();
const seconds = () => ((performance.now() - started) / 1000).toFixed(1);

try {
  if (command === "backup") {
    const { items, skippedSecrets } = await backupToFile({ db, tableName, file, totalSegments });
    console.log(
      `backed up ${items} item(s) of ${tableName} to ${file} in ${seconds()} s (left out ${skippedSecrets} sign-in secret(s): keys, refresh tokens, codes)`,
    );
  } else {
    if (!existsSync(file)) fail(`No such file: ${file}`);
    const { items, createdTable } = await restoreFromFile({ db, tableName, file });
    console.log(
      `${createdTable ? "created table and " : ""}restored ${items} item(s) into ${tableName} from ${file} in ${seconds()} s`,
    );
  }
} catch (error) {
  if (error instanceof TableNotEmptyError) console.error(error.message);
  else console.error(`${command} failed: ${(error as Error).message}`);
  process.exit(1);
}
