import { createDocumentClient } from "@upnest/db";
import { Hono } from "hono";
import { handle } from "hono/aws-lambda";
import { createIssuer } from "./auth/issuer.ts";
import { parseIssuerKeys } from "./auth/keys.ts";
import { readIssuerEnv } from "./issuer-env.ts";
import { fromCloudFront } from "./origin-check.ts";

const env = readIssuerEnv();
const tableName = env.TABLE_NAME;

/** Sign-in codes go by e-mail only (never to a log); until the mailer is wired here, sending fails loudly. */
async function sendCode(_email: string, _code: string) {
  throw new Error("E-mail delivery is not configured for this stage");
}

const issuer = createIssuer({
  db: createDocumentClient({ tableName, endpoint: env.DYNAMODB_ENDPOINT }),
  tableName,
  signingKeys: parseIssuerKeys(env.ISSUER_KEYS),
  sendCode,
});

// Requests that did not come through CloudFront (the Function URL called directly) get a bare 403.
const app = new Hono()
  .use(async (c, next) => (fromCloudFront(c.req.header(), env.ORIGIN_SECRET) ? next() : c.text("Forbidden", 403)))
  .route("/", issuer);

export const handler = handle(app);
