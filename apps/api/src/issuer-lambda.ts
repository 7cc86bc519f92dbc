import { handle } from "hono/aws-lambda";
import { issuerFromEnv } from "./issuer-app.ts";
import { readIssuerEnv } from "./issuer-env.ts";

export const handler = handle(issuerFromEnv(readIssuerEnv()));
