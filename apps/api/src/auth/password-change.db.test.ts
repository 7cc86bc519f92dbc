// Changing a password through the issuer's real pages, on the Node version the project runs (20): the answer
// says it worked, and only the new password signs in afterwards.
import { createClient } from "@openauthjs/openauth/client";
import { createTestTable } from "@upnest/db/testing";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { codeIn } from "../mail/inbox.ts";
import { startMailedIssuer } from "../testing/mailed-issuer.ts";
import { signUp } from "../testing/sign-up.ts";
import { WEB_CLIENT_ID } from "./subjects.ts";

const REDIRECT = "http://localhost:5173/auth/callback";
let issuerUrl: string;
let close: () => Promise<void>;
let inbox: Awaited<ReturnType<typeof startMailedIssuer>>["inbox"];

beforeAll(async () => {
  const table = await createTestTable(inject("dynamoEndpoint"));
  const issuer = await startMailedIssuer({ db: table.db, tableName: table.tableName });
  issuerUrl = issuer.url;
  inbox = issuer.inbox;
  close = issuer.close;
});
afterAll(() => close());

/** A browser-like session on the issuer: keeps its cookies, follows redirects only when asked. */
function browser() {
  const cookies = new Map<string, string>();
  const go = async (path: string, fields?: Record<string, string>) => {
    const res = await fetch(new URL(path, issuerUrl), {
      method: fields ? "POST" : "GET",
      redirect: "manual",
      headers: {
        cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join("; "),
        ...(fields ? { "content-type": "application/x-www-form-urlencoded" } : {}),
      },
      body: fields ? new URLSearchParams(fields).toString() : undefined,
    });
    for (const line of res.headers.getSetCookie()) {
      const [name, ...value] = (line.split(";")[0] ?? "").split("=");
      if (name) cookies.set(name.trim(), value.join("="));
    }
    return res;
  };
  return {
    go,
    /** Starts a sign-in as the web app does, landing on the issuer's password page. */
    async start() {
      const { url } = await createClient({ clientID: WEB_CLIENT_ID, issuer: issuerUrl }).authorize(REDIRECT, "code", {
        pkce: true,
        provider: "password",
      });
      let res = await go(url);
      while (res.status >= 300 && res.status < 400) res = await go(res.headers.get("location") ?? "");
      return res;
    },
  };
}

/** Whether this e-mail and password sign in: the issuer sends the browser back to the app with a code. */
async function signsIn(email: string, password: string) {
  const b = browser();
  await b.start();
  let res = await b.go("/password/authorize", { email, password });
  while (res.status >= 300 && res.status < 400) {
    const location = res.headers.get("location") ?? "";
    if (location.startsWith(REDIRECT)) return new URL(location).searchParams.has("code");
    res = await b.go(location);
  }
  return false;
}

describe("changing a password", () => {
  it("on Node 20, the change answers success, and the new password (not the old one) signs in", async () => {
    const email = `change-${Date.now()}@example.com`;
    await signUp(issuerUrl, inbox, email, "old password 123");
    expect(await signsIn(email, "old password 123")).toBe(true);

    const b = browser();
    await b.start();
    await b.go("/password/change");
    const before = inbox.mark();
    expect((await b.go("/password/change", { action: "code", email })).status).toBe(200);
    const code = codeIn(await inbox.waitFor(email, { after: before }));
    expect((await b.go("/password/change", { action: "verify", code })).status).toBe(200);
    const done = await b.go("/password/change", {
      action: "update",
      password: "new password 456",
      repeat: "new password 456",
    });
    // Success sends the browser back to the issuer's sign-in page (303 after a form). On Node 20 it used to send it
    // to the app with "error=server_error&error_description=Array.fromAsync is not a function", though the password
    // had changed.
    expect(done.status).toBe(303);
    const location = new URL(done.headers.get("location") ?? "", issuerUrl);
    expect(location.searchParams.get("error")).toBeNull();
    expect(location.origin).toBe(issuerUrl);

    expect(await signsIn(email, "new password 456")).toBe(true);
    expect(await signsIn(email, "old password 123")).toBe(false);
  });
});
