import { dumpTable } from "@upnest/db/testing";
import type { APIGatewayProxyEventV2, Context } from "aws-lambda";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createHarness, type Harness } from "../testing/harness.ts";
import { ORIGIN_HEADER } from "./origin-check.ts";

let h: Harness;
let token: string;
let handler: typeof import("./lambda.ts").handler;
const ORIGIN = "https://app.example.com";
/** What CloudFront adds to every request it forwards; the tests' requests come "through CloudFront" unless they say not. */
const ORIGIN_SECRET = "origin-secret-for-the-lambda-test-0123456789";

beforeAll(async () => {
  h = await createHarness(inject("dynamoEndpoint"));
  token = (await h.user("lambda")).tokens.access;
  Object.assign(process.env, {
    TABLE_NAME: h.table.tableName,
    DYNAMODB_ENDPOINT: h.table.endpoint,
    ISSUER_URL: h.issuerUrl,
    CURSOR_SECRET: "lambda-test-cursor-secret-0123456789abcdef",
    WEB_ORIGINS: ORIGIN,
    ORIGIN_SECRET,
  });
  ({ handler } = await import("./lambda.ts"));
});
afterAll(() => h.close());

const context = { awsRequestId: "aws-req-1", functionName: "api" } as Context;

/** An API Gateway HTTP API (payload 2.0) event; a Function URL event has the same shape with its own domain. */
function event(
  method: string,
  path: string,
  opts: { query?: string; body?: unknown; headers?: Record<string, string>; functionUrl?: boolean } = {},
): APIGatewayProxyEventV2 {
  const domainName = opts.functionUrl
    ? "abc123.lambda-url.eu-west-1.on.aws"
    : "xyz.execute-api.eu-west-1.amazonaws.com";
  return {
    version: "2.0",
    routeKey: opts.functionUrl ? "$default" : "ANY /trpc/{proxy+}",
    rawPath: path,
    rawQueryString: opts.query ?? "",
    headers: {
      host: domainName,
      origin: ORIGIN,
      "content-type": "application/json",
      [ORIGIN_HEADER]: ORIGIN_SECRET,
      ...opts.headers,
    },
    ...(opts.functionUrl ? {} : { pathParameters: { proxy: path.replace(/^\/trpc\//, "") } }),
    queryStringParameters: opts.query ? Object.fromEntries(new URLSearchParams(opts.query)) : undefined,
    requestContext: {
      accountId: "123456789012",
      apiId: "xyz",
      domainName,
      domainPrefix: domainName.split(".")[0] ?? "",
      http: { method, path, protocol: "HTTP/1.1", sourceIp: "203.0.113.1", userAgent: "test" },
      requestId: "gw-req-1",
      routeKey: "$default",
      stage: "$default",
      time: "23/Nov/2026:12:00:00 +0000",
      timeEpoch: 1795003200000,
    },
    body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
    isBase64Encoded: false,
  } as APIGatewayProxyEventV2;
}

const auth = () => ({ authorization: `Bearer ${token}` });

describe("the Lambda handler", () => {
  for (const functionUrl of [false, true]) {
    const format = functionUrl ? "Function URL" : "HTTP API v2";
    it(`${format}: creates a baby and lists it, with CORS for the web origin`, async () => {
      const created = await handler(
        event("POST", "/trpc/babies.create", {
          body: { name: `L${functionUrl}`, dateOfBirth: "2026-01-01", sex: "male" },
          headers: auth(),
          functionUrl,
        }),
        context,
      );
      expect(created.statusCode).toBe(200);
      expect(created.headers?.["access-control-allow-origin"]).toBe(ORIGIN);
      const listed = await handler(event("GET", "/trpc/babies.list", { headers: auth(), functionUrl }), context);
      expect(listed.statusCode).toBe(200);
      const names = JSON.parse(String(listed.body)).result.data.items.map((b: { name: string }) => b.name);
      expect(names).toContain(`L${functionUrl}`);
    });
  }

  it("answers a batched call with one result per procedure", async () => {
    const input = encodeURIComponent(JSON.stringify({ 0: {}, 1: {} }));
    const res = await handler(
      event("GET", "/trpc/users.me,babies.list", { query: `batch=1&input=${input}`, headers: auth() }),
      context,
    );
    expect(res.statusCode).toBe(200);
    const body = JSON.parse(String(res.body));
    expect(body).toHaveLength(2);
    expect(body[0].result.data.email).toMatch(/@example.com$/);
  });

  it("answers a CORS preflight without touching data", async () => {
    const res = await handler(
      event("OPTIONS", "/trpc/babies.list", { headers: { "access-control-request-method": "GET" } }),
      context,
    );
    expect(res.statusCode).toBe(204);
    expect(res.headers?.["access-control-allow-headers"]).toMatch(/authorization/);
  });

  it("refuses a missing or invalid token with 401", async () => {
    const attempts: Record<string, string>[] = [
      {},
      { authorization: "Bearer nope" },
      { authorization: `Bearer ${token}x` },
    ];
    for (const headers of attempts) {
      const res = await handler(event("GET", "/trpc/babies.list", { headers }), context);
      expect(res.statusCode).toBe(401);
      expect(res.body).not.toMatch(/stack|dynamo/i);
    }
  });

  it("answers 404 outside /trpc/", async () => {
    expect((await handler(event("GET", "/admin", { headers: auth() }), context)).statusCode).toBe(404);
  });

  it("serves the calendar feed at /calendar/<secret>.ics, and a bare 404 for a secret revoked or unknown", async () => {
    const caller = await h.callerWith(`Bearer ${token}`);
    const { url } = await caller.reminders.createCalendar({ confirm: "new-url" });
    const path = new URL(url).pathname;
    const feed = await handler(event("GET", path, { headers: {} }), context);
    expect(feed.statusCode).toBe(200);
    expect(feed.headers).toMatchObject({
      "content-type": "text/calendar; charset=utf-8",
      "cache-control": "private, max-age=300",
    });
    expect(String(feed.body)).toMatch(/^BEGIN:VCALENDAR/);
    await caller.reminders.revokeCalendar();
    for (const gone of [path, `/calendar/${"B".repeat(43)}.ics`]) {
      const res = await handler(event("GET", gone, { headers: {} }), context);
      expect([res.statusCode, res.body]).toEqual([404, ""]);
    }
  });

  it("does not grant CORS to other origins", async () => {
    const res = await handler(
      event("GET", "/trpc/babies.list", { headers: { ...auth(), origin: "https://evil.example" } }),
      context,
    );
    expect(res.headers?.["access-control-allow-origin"]).toBeUndefined();
  });

  it("refuses a call around CloudFront (no or a wrong origin secret) with a bare 403, and stores nothing", async () => {
    const before = await dumpTable(h.table);
    for (const sent of [undefined, "", "guess", `${ORIGIN_SECRET}x`, ORIGIN_SECRET.slice(0, -1)]) {
      const around = (e: APIGatewayProxyEventV2) => {
        if (sent === undefined) delete e.headers[ORIGIN_HEADER];
        else e.headers[ORIGIN_HEADER] = sent;
        return e;
      };
      const body = { name: "Around", dateOfBirth: "2026-01-01", sex: "male" };
      const headers = auth();
      for (const res of [
        await handler(around(event("POST", "/trpc/babies.create", { body, headers, functionUrl: true })), context),
        await handler(around(event("GET", "/trpc/babies.list", { headers, functionUrl: true })), context),
        await handler(around(event("OPTIONS", "/trpc/babies.list", { headers, functionUrl: true })), context),
      ]) {
        expect(res.statusCode).toBe(403);
        expect(res.body).toBe("Forbidden");
        expect(res.headers?.["access-control-allow-origin"]).toBeUndefined();
      }
    }
    expect(await dumpTable(h.table)).toEqual(before);
  });

  it("sends the security headers on every answer, whichever path it takes", async () => {
    const answers = await Promise.all([
      handler(event("GET", "/trpc/users.me", { headers: auth() }), context),
      handler(event("GET", "/trpc/babies.list"), context),
      handler(event("OPTIONS", "/trpc/babies.list"), context),
      handler(event("GET", "/admin"), context),
      handler(event("POST", "/trpc/babies.create", { body: { pad: "x".repeat(70_000) }, headers: auth() }), context),
    ]);
    expect(answers.map((a) => a.statusCode)).toEqual([200, 401, 204, 404, 413]);
    for (const answer of answers)
      expect(answer.headers).toMatchObject({
        "cache-control": "no-store",
        "x-content-type-options": "nosniff",
        "referrer-policy": "no-referrer",
        "content-security-policy": "default-src 'none'; frame-ancestors 'none'",
      });
  });

  it("refuses a body over the route's limit with 413 before reading it, also when base64-encoded", async () => {
    const before = (await h.httpClient(token).babies.list.query({})).items.length;
    const create = { name: "Huge", dateOfBirth: "2026-01-01", sex: "male", pad: "x".repeat(70_000) };
    const plain = await handler(event("POST", "/trpc/babies.create", { body: create, headers: auth() }), context);
    const encoded = event("POST", "/trpc/babies.create", { headers: auth() });
    encoded.body = Buffer.from(JSON.stringify(create)).toString("base64");
    encoded.isBase64Encoded = true;
    const base64 = await handler(encoded, context);
    for (const answer of [plain, base64]) {
      expect(answer.statusCode).toBe(413);
      expect(JSON.parse(String(answer.body)).error.message).toMatch(/too large \(the limit is 64 KiB\)/);
    }
    expect((await h.httpClient(token).babies.list.query({})).items).toHaveLength(before);
    // The import takes a larger document: past the normal cap it reaches validation (400), not the cap.
    const doc = { document: { format: "nope", pad: "x".repeat(200_000) }, idempotencyKey: "k-123456" };
    const imported = await handler(event("POST", "/trpc/account.import", { body: doc, headers: auth() }), context);
    expect(imported.statusCode).toBe(400);
  });

  it("serves integrations' REST at /api/v1 with an API key, and its OpenAPI document", async () => {
    const owner = h.httpClient(token);
    const { babyId } = await owner.babies.create.mutate({ name: "Rest", dateOfBirth: "2026-01-01", sex: "female" });
    const { key, secret } = await owner.apiKeys.create.mutate({ babyId, name: "Hub", scope: "read-write" });
    const withKey = { authorization: `Bearer ${secret}` };
    const added = await handler(
      event("POST", `/api/v1/babies/${babyId}/diapers`, {
        body: { contents: "both" },
        headers: withKey,
        functionUrl: true,
      }),
      context,
    );
    expect(added.statusCode).toBe(200);
    const diaperId = JSON.parse(String(added.body)).diaperId as string;
    const read = await handler(
      event("GET", `/api/v1/babies/${babyId}/diapers`, { query: "limit=1", headers: withKey, functionUrl: true }),
      context,
    );
    expect(read.statusCode).toBe(200);
    expect(JSON.parse(String(read.body)).items.map((d: { diaperId: string }) => d.diaperId)).toEqual([diaperId]);
    expect(read.headers).toMatchObject({ "cache-control": "no-store", "x-content-type-options": "nosniff" });
    const doc = await handler(event("GET", "/api/v1/openapi.json", { functionUrl: true }), context);
    expect(JSON.parse(String(doc.body)).openapi).toBe("3.1.0");
    // The key's refusals in the language asked for; around CloudFront, a bare 403 before anything is read.
    await owner.apiKeys.revoke.mutate({ babyId, keyId: key.keyId });
    const revoked = await handler(
      event("GET", `/api/v1/babies/${babyId}/diapers`, { headers: { ...withKey, "accept-language": "es" } }),
      context,
    );
    expect(revoked.statusCode).toBe(401);
    expect(JSON.parse(String(revoked.body)).message).toBe(
      "Esta clave de API no es válida. Puede que la hayan revocado.",
    );
    const around = event("GET", `/api/v1/babies/${babyId}/diapers`, { headers: withKey });
    delete around.headers[ORIGIN_HEADER];
    expect((await handler(around, context)).statusCode).toBe(403);
    const big = { contents: "wet", notes: "x".repeat(70_000) };
    const tooLarge = await handler(
      event("POST", `/api/v1/babies/${babyId}/diapers`, { body: big, headers: withKey }),
      context,
    );
    expect(tooLarge.statusCode).toBe(413);
  });
});
