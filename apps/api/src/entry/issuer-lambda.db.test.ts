import { createTestTable } from "@upnest/db/testing";
import type { Context } from "aws-lambda";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { generateIssuerKeys } from "../auth/keys.ts";
import { ORIGIN_HEADER } from "./origin-check.ts";

const ORIGIN_SECRET = "origin-secret-for-the-issuer-test-0123456789";
const keys = generateIssuerKeys();
let handler: typeof import("./issuer-lambda.ts").handler;

beforeAll(async () => {
  const table = await createTestTable(inject("dynamoEndpoint"));
  Object.assign(process.env, {
    TABLE_NAME: table.tableName,
    DYNAMODB_ENDPOINT: table.endpoint,
    ISSUER_KEYS: JSON.stringify(keys),
    ORIGIN_SECRET,
    MAIL_FROM: "UpNest <sign-in@upnest.example>",
    ISSUER_CLIENTS: JSON.stringify([{ id: "upnest-web", redirectUris: ["https://app.example.com/auth/callback"] }]),
  });
  ({ handler } = await import("./issuer-lambda.ts"));
});

/** A Function URL event as CloudFront forwards it (x-forwarded-host is the site's host). */
type Event = Parameters<typeof handler>[0];
const event = (path: string, headers: Record<string, string>): Event =>
  ({
    version: "2.0",
    routeKey: "$default",
    rawPath: path,
    rawQueryString: "",
    headers: { host: "abc.lambda-url.eu-west-1.on.aws", "x-forwarded-host": "app.example.com", ...headers },
    requestContext: {
      domainName: "abc.lambda-url.eu-west-1.on.aws",
      http: { method: "GET", path, protocol: "HTTP/1.1", sourceIp: "203.0.113.1", userAgent: "test" },
      requestId: "r1",
    },
    isBase64Encoded: false,
  }) as unknown as Event;
const call = (path: string, headers: Record<string, string> = {}) =>
  handler(event(path, headers), { awsRequestId: "r1" } as Context) as Promise<{ statusCode: number; body: string }>;

describe("the issuer Lambda", () => {
  it("publishes exactly the configured signing keys, public halves only", async () => {
    const res = await call("/.well-known/jwks.json", { [ORIGIN_HEADER]: ORIGIN_SECRET });
    expect(res.statusCode).toBe(200);
    const jwks = JSON.parse(res.body) as { keys: Record<string, unknown>[] };
    expect(jwks.keys.map((k) => k.kid)).toEqual([keys.signing[0]!.id]);
    for (const k of jwks.keys) expect(k).not.toHaveProperty("d"); // the private scalar
  });

  it("refuses a request that did not come through CloudFront with a bare 403", async () => {
    const attempts: Record<string, string>[] = [
      {},
      { [ORIGIN_HEADER]: "guess" },
      { [ORIGIN_HEADER]: `${ORIGIN_SECRET}x` },
    ];
    for (const headers of attempts) {
      for (const path of ["/.well-known/jwks.json", "/authorize", "/password/authorize", "/token"]) {
        const res = await call(path, headers);
        expect(res.statusCode).toBe(403);
        expect(res.body).toBe("Forbidden");
      }
    }
  });
});
