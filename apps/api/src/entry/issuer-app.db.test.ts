import { createTestTable, type TestTable } from "@upnest/db/testing";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { generateIssuerKeys } from "../auth/keys.ts";
import { codeIn, type Inbox, startInbox } from "../mail/inbox.ts";
import { capturePrinted } from "../testing/printed.ts";
import { form, session, signUp, TEST_CLIENTS } from "../testing/sign-up.ts";
import { issuerFromEnv } from "./issuer-app.ts";
import { type Running, startIssuerServer } from "./server.ts";

/**
 * The issuer exactly as the Lambda builds it from its configuration, with
 * SMTP_URL pointing at a local inbox: codes arrive by e-mail from MAIL_FROM,
 * reset codes get the reset message, and nothing the issuer prints holds a
 * code or an address.
 */
let table: TestTable;
let inbox: Inbox;
let issuer: Running;
let printed: ReturnType<typeof capturePrinted>;
const MAIL_FROM = "UpNest <sign-in@upnest.example>";

beforeAll(async () => {
  table = await createTestTable(inject("dynamoEndpoint"));
  inbox = await startInbox();
  issuer = await startIssuerServer(
    issuerFromEnv({
      TABLE_NAME: table.tableName,
      MAIL_FROM,
      SMTP_URL: inbox.smtpUrl,
      DYNAMODB_ENDPOINT: table.endpoint,
      ISSUER_KEYS: JSON.stringify(generateIssuerKeys()),
      ORIGIN_SECRET: "origin-secret-for-the-issuer-app-test-0123",
      clients: TEST_CLIENTS,
    }),
  );
});
afterAll(async () => {
  await issuer.close();
  await inbox.close();
});

// Everything written to the console or the process's output while the issuer works.
beforeEach(() => {
  printed = capturePrinted();
});
afterEach(() => printed.restore());

describe("the issuer Lambda's e-mail", () => {
  it("sign-up: the verification code arrives from MAIL_FROM, works, and is printed nowhere", async () => {
    const email = "lambda-parent@example.com";
    const tokens = await signUp(issuer.url, inbox, email);
    expect(tokens.access).toEqual(expect.any(String));
    const mail = inbox.latest(email);
    expect(mail).toMatchObject({ from: "sign-in@upnest.example", subject: "Your UpNest verification code" });
    const code = codeIn(mail ?? { text: "" });
    const output = printed.text();
    expect(output).not.toContain(code);
    expect(output).not.toContain(email);
  });

  it("password reset: the reset message, with its code, and it is printed nowhere", async () => {
    const email = "lambda-parent@example.com";
    const go = session(issuer.url);
    await go("/password/change");
    const after = inbox.mark();
    const res = await go("/password/change", form({ action: "code", email }));
    expect(res.status).toBe(200);
    const mail = await inbox.waitFor(email, { after });
    expect(mail.subject).toBe("Your UpNest password reset code");
    const code = codeIn(mail);
    const verified = await go("/password/change", form({ action: "verify", code }));
    expect(await verified.text(), "the e-mailed code opens the new-password step").toContain('name="repeat"');
    const output = printed.text();
    expect(output).not.toContain(code);
    expect(output).not.toContain(email);
  });
});
