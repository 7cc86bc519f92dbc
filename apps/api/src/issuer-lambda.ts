import { createDocumentClient } from "@upnest/db";
import { handle } from "hono/aws-lambda";
import { createIssuer } from "./auth/issuer.ts";
import { issuerEnv } from "./issuer-env.ts";
import { jsonLogger } from "./log.ts";

// Sign-in data stays in the app table (the adapter used locally and in tests,
// covered by that table's backups and deletion protection).
issuerEnv.dropStorageOverride();

const tableName = issuerEnv.tableName();
if (!tableName) throw new Error("Invalid issuer configuration: TABLE_NAME is missing");
const log = jsonLogger();

/**
 * There is no mail service yet. Outside production (CODE_DELIVERY=log) the
 * code is written to the function's log, for whoever deploys a test stage; in
 * production sign-up fails loudly rather than leak codes into logs.
 */
async function sendCode(email: string, code: string) {
  if (issuerEnv.codeDelivery() !== "log") throw new Error("E-mail delivery is not configured for this stage");
  log.info("verification code (test stage only)", { email, code });
}

export const handler = handle(createIssuer({ db: createDocumentClient({ tableName }), tableName, sendCode }));
