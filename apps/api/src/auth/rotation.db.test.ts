import { createTestTable, dumpTable, type TestTable } from "@upnest/db/testing";
import { decodeProtectedHeader } from "jose";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type Running, startIssuerServer } from "../entry/server.ts";
import { codeMail } from "../mail/code-mail.ts";
import { type Inbox, startInbox } from "../mail/inbox.ts";
import { smtpMailer } from "../mail/smtp.ts";
import { signUp, TEST_CLIENTS } from "../testing/sign-up.ts";
import { createIssuer } from "./issuer.ts";
import { addSigningKey, type ConfiguredKeys, dropPreviousKeys, generateIssuerKeys, parseIssuerKeys } from "./keys.ts";
import { createTokenVerifier } from "./verify.ts";

/**
 * Rotating the signing key (README, "Rotating the signing key"): one issuer
 * URL whose deployment is replaced with a new key set, as `sst secret set` +
 * `sst deploy` would. Each phase verifies with a fresh API verifier, as a new
 * Lambda container (or an expired JWKS cache) would.
 */
let table: TestTable;
let server: Running;
let current: ReturnType<typeof createIssuer>;
let inbox: Inbox;
let mailer: ReturnType<typeof smtpMailer>;
const deploy = (keys: ConfiguredKeys) => {
  const mail = codeMail(mailer);
  current = mail.serving(
    createIssuer({
      db: table.db,
      tableName: table.tableName,
      signingKeys: parseIssuerKeys(JSON.stringify(keys)),
      clients: TEST_CLIENTS,
      sendCode: mail.sendCode,
      sendAccountExists: mail.accountExists("http://localhost:5173"),
    }),
  );
};
let n = 0;
const newToken = async () => (await signUp(server.url, inbox, `rotate-${++n}-${Date.now()}@example.com`)).access;
const kidOf = (token: string) => decodeProtectedHeader(token).kid;
const published = async () =>
  ((await (await fetch(`${server.url}/.well-known/jwks.json`)).json()) as { keys: { kid: string }[] }).keys.map(
    (k) => k.kid,
  );
/** A fresh verifier: a new API container, or one whose key cache has expired. */
const verifies = async (token: string, verify = createTokenVerifier(server.url)) =>
  (await verify(`Bearer ${token}`)) !== null;
/** One verifier kept across the deploys, as a warm API container keeps its cached keys. */
let warm: ReturnType<typeof createTokenVerifier>;

beforeAll(async () => {
  table = await createTestTable(inject("dynamoEndpoint"));
  inbox = await startInbox();
  mailer = smtpMailer({ url: inbox.smtpUrl, from: "UpNest <sign-in@upnest.localhost>" });
  server = await startIssuerServer({ fetch: (req) => current.fetch(req) });
  warm = createTokenVerifier(server.url);
});
afterAll(async () => {
  await server.close();
  mailer.close();
  await inbox.close();
});

describe("signing-key rotation", () => {
  const first = generateIssuerKeys();
  const rotated = addSigningKey(first);
  const final = dropPreviousKeys(rotated);
  const [oldKid, newKid] = [first.signing[0]!.id, rotated.signing[0]!.id];
  let oldToken: string;

  it("before: the one configured key signs, and is the only one published", async () => {
    deploy(first);
    oldToken = await newToken();
    expect(kidOf(oldToken)).toBe(oldKid);
    expect(await published()).toEqual([oldKid]);
    expect(await verifies(oldToken)).toBe(true);
    expect(await verifies(oldToken, warm)).toBe(true);
  });

  it("during: both keys are published; the new one signs and a token from the previous one still verifies", async () => {
    deploy(rotated);
    expect(await published()).toEqual([newKid, oldKid]);
    const token = await newToken();
    expect(kidOf(token)).toBe(newKid);
    expect(await verifies(token)).toBe(true);
    expect(await verifies(oldToken)).toBe(true);
    // The API is not redeployed (the secret is the issuer's alone): a warm container meets a key id it has
    // not seen, fetches the keys again and accepts the token.
    expect(await verifies(token, warm)).toBe(true);
    expect(await verifies(oldToken, warm)).toBe(true);
  });

  it("after the previous key is dropped: a token it signed is refused, the new key's still verify", async () => {
    deploy(final);
    expect(await published()).toEqual([newKid]);
    expect(await verifies(oldToken)).toBe(false);
    expect(await verifies(await newToken())).toBe(true);
  });

  it("no signing or encryption key ever reached the table", async () => {
    const pks = (await dumpTable(table)).map((i) => String(i.PK));
    expect(pks.some((pk) => pk.startsWith("AUTH#email"))).toBe(true); // sign-ups did write there
    expect(pks.filter((pk) => /^AUTH#(signing:key|encryption:key|oauth:key)/.test(pk))).toEqual([]);
    const everything = JSON.stringify(await dumpTable(table));
    expect(everything).not.toContain("PRIVATE KEY");
  });
});
