import { createDocumentClient, createRepositories } from "@upnest/db";
import { TEST_CURSOR_SECRET } from "@upnest/db/testing";
import { exportJWK, generateKeyPair, importPKCS8, SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { appRouter } from "../routers/_app.ts";
import { createHarness, type Harness } from "../testing/harness.ts";
import { createContext, type Services } from "../trpc/context.ts";
import { createCallerFactory } from "../trpc/trpc.ts";
import { WEB_CLIENT_ID } from "./subjects.ts";

/**
 * Tokens an attacker might present. Each is forged with the issuer's own
 * signing key (as someone who stole the secret would) unless the
 * point is a wrong key, so every refusal is the verifier's doing.
 */
let h: Harness;
let services: Services;
let reads = 0;
let signing: { kid: string; key: Awaited<ReturnType<typeof importPKCS8>> };
let user: { userId: string; email: string };

beforeAll(async () => {
  h = await createHarness(inject("dynamoEndpoint"));
  const parent = await h.user("tokens");
  user = { userId: parent.userId, email: parent.email };
  const stored = h.issuerKeys.signing[0]!;
  signing = { kid: stored.id, key: await importPKCS8(stored.privateKey, stored.alg) };
  // The API's data access, counted: a refused token must read nothing.
  const db = createDocumentClient({ tableName: h.table.tableName, endpoint: h.table.endpoint });
  db.middlewareStack.add(
    (next) => async (args) => {
      reads++;
      return next(args);
    },
    { step: "initialize", name: "countReads" },
  );
  services = {
    ...h.services,
    repos: createRepositories({ db, tableName: h.table.tableName, cursorSecret: TEST_CURSOR_SECRET }),
  };
});
afterAll(() => h.close());

const now = () => Math.floor(Date.now() / 1000);
type Claims = Record<string, unknown>;
const claims = (over: Claims = {}): Claims => ({
  mode: "access",
  type: "user",
  properties: { id: user.userId, email: user.email },
  aud: WEB_CLIENT_ID,
  iss: h.issuerUrl,
  sub: `user:${user.userId}`,
  exp: now() + 600,
  ...over,
});
const sign = (c: Claims, key: Parameters<SignJWT["sign"]>[0] = signing.key, kid = signing.kid) =>
  new SignJWT(c).setProtectedHeader({ alg: "ES256", kid, typ: "JWT" }).sign(key);
const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");

async function call(authorization: string | undefined) {
  const ctx = await createContext(services, {
    headers: authorization === undefined ? {} : { authorization },
    requestId: "token-test",
  });
  return createCallerFactory(appRouter)(ctx).babies.list();
}

describe("access tokens", () => {
  it("a correctly signed, current token is accepted (the forging harness is sound)", async () => {
    await expect(call(`Bearer ${await sign(claims())}`)).resolves.toMatchObject({ items: [] });
  });

  const attacks: [string, () => Promise<string | undefined>][] = [
    ["expired", async () => `Bearer ${await sign(claims({ exp: now() - 60 }))}`],
    ["not yet valid", async () => `Bearer ${await sign(claims({ nbf: now() + 3600 }))}`],
    [
      "signed with another key",
      async () => `Bearer ${await sign(claims(), (await generateKeyPair("ES256")).privateKey)}`,
    ],
    ["alg: none", async () => `Bearer ${b64({ alg: "none", typ: "JWT" })}.${b64(claims())}.`],
    ["from another issuer", async () => `Bearer ${await sign(claims({ iss: "https://evil.example.com" }))}`],
    ["for another client", async () => `Bearer ${await sign(claims({ aud: "someone-else" }))}`],
    ["a refresh-mode token", async () => `Bearer ${await sign(claims({ mode: "refresh" }))}`],
    [
      "with a tampered subject",
      async () => {
        const [header, , signature] = (await sign(claims())).split(".");
        return `Bearer ${header}.${b64(claims({ properties: { id: "01ARZ3NDEKTSV4RRFFQ69G5FAV", email: user.email } }))}.${signature}`;
      },
    ],
    [
      "HS256 with the public key as secret",
      async () => {
        const jwk = await exportJWK((await generateKeyPair("ES256")).publicKey);
        return `Bearer ${await new SignJWT(claims()).setProtectedHeader({ alg: "HS256", kid: signing.kid }).sign(new TextEncoder().encode(JSON.stringify(jwk)))}`;
      },
    ],
    ["missing", async () => undefined],
    ["empty bearer", async () => "Bearer "],
    ["not a bearer", async () => `Basic ${Buffer.from("a:b").toString("base64")}`],
    ["malformed", async () => "Bearer not.a.jwt"],
  ];

  for (const [name, token] of attacks) {
    it(`${name} → UNAUTHORIZED, and nothing is read`, async () => {
      const authorization = await token();
      reads = 0;
      await expect(call(authorization)).rejects.toMatchObject({ code: "UNAUTHORIZED" });
      expect(reads).toBe(0);
    });
  }
});
