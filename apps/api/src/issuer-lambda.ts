import { createDocumentClient } from "@upnest/db";
import { handle } from "hono/aws-lambda";
import { createIssuer } from "./auth/issuer.ts";
import { dropOpenAuthStorageOverride, readIssuerEnv } from "./issuer-env.ts";
import { jsonLogger } from "./log.ts";

dropOpenAuthStorageOverride();
const env = readIssuerEnv();
const log = jsonLogger();

/**
 * There is no mail service yet. Outside production (CODE_DELIVERY=log) the
 * code is written to the function's log, for whoever deploys a test stage; in
 * production sign-up fails loudly rather than leak codes into logs.
 */
async function sendCode(email: string, code: string) {
  if (env.CODE_DELIVERY !== "log") throw new Error("E-mail delivery is not configured for this stage");
  log.info("verification code (test stage only)", { email, code });
}
async function sendAccountExists(email: string) {
  if (env.CODE_DELIVERY !== "log") throw new Error("E-mail delivery is not configured for this stage");
  log.info("account-exists mail (test stage only)", { email });
}

export const handler = handle(
  createIssuer({
    db: createDocumentClient({ tableName: env.TABLE_NAME }),
    tableName: env.TABLE_NAME,
    clients: env.clients,
    sendCode,
    sendAccountExists,
    log,
  }),
);
