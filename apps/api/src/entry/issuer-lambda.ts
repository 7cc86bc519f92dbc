import { Hono } from "hono";
import { handle } from "hono/aws-lambda";
import { issuerFromEnv } from "./issuer-app.ts";
import { readIssuerEnv } from "./issuer-env.ts";
import { fromCloudFront } from "./origin-check.ts";

const env = readIssuerEnv();

// Requests that did not come through CloudFront (the Function URL called directly) get a bare 403.
const app = new Hono()
  .use(async (c, next) => (fromCloudFront(c.req.header(), env.ORIGIN_SECRET) ? next() : c.text("Forbidden", 403)))
  .route("/", issuerFromEnv(env));

export const handler = handle(app);
