import { createClient } from "@openauthjs/openauth/client";
import type { PasswordHasher } from "@openauthjs/openauth/provider/password";
import { ScryptHasher } from "@openauthjs/openauth/provider/password";
import { createTestTable } from "@upnest/db/testing";
import { createIssuer, type IssuerConfig } from "../auth/issuer.ts";
import { WEB_CLIENT_ID } from "../auth/subjects.ts";
import { startIssuerServer } from "../entry/server.ts";
import { startMailedIssuer } from "../testing/mailed-issuer.ts";
import { type Browser, browser, form } from "../testing/sign-up.ts";
import { memoryLogger } from "../trpc/log.ts";

export const REDIRECT = "http://localhost:5173/auth/callback";
export const PASSWORD = "correct horse battery";

/** Counts what the password hash is asked to do (structural evidence of "the same work"). */
export function watchedHasher() {
  const inner = ScryptHasher() as PasswordHasher<unknown>;
  const calls = { hash: 0, verify: 0 };
  const hasher: PasswordHasher<unknown> = {
    hash: (password) => {
      calls.hash++;
      return inner.hash(password);
    },
    verify: (password, hash) => {
      calls.verify++;
      return inner.verify(password, hash);
    },
  };
  return { hasher, calls };
}

/**
 * Two issuer instances over HTTP sharing one fresh table (as two Lambda
 * instances would), with one inbox, one log and one clock the test can move.
 */
export async function startIssuers(dynamoEndpoint: string, over: Partial<IssuerConfig> = {}) {
  const table = await createTestTable(dynamoEndpoint);
  const { logger, lines } = memoryLogger();
  const clock = { now: new Date() };
  const watched = watchedHasher();
  // Its e-mail goes over SMTP to a real inbox, where the tests read codes as a person would.
  const a = await startMailedIssuer({
    db: table.db,
    tableName: table.tableName,
    log: logger,
    now: () => clock.now,
    hasher: watched.hasher,
    ...over,
  });
  const b = await startIssuerServer(a.mail.serving(createIssuer(a.config)));
  return {
    table,
    inbox: a.inbox,
    logLines: lines,
    clock,
    hashCalls: watched.calls,
    a: a.url,
    b: b.url,
    advance: (seconds: number) => {
      clock.now = new Date(clock.now.getTime() + seconds * 1000);
    },
    close: async () => {
      await b.close();
      await a.close();
    },
  };
}
export type Issuers = Awaited<ReturnType<typeof startIssuers>>;

export { type Browser, browser, form };

/** The web app's own authorize request (code flow, PKCE S256), as a URL on the given instance. */
export async function authorizeUrl(issuerUrl: string) {
  const client = createClient({ clientID: WEB_CLIENT_ID, issuer: issuerUrl });
  const { url, challenge } = await client.authorize(REDIRECT, "code", { pkce: true, provider: "password" });
  return { url, verifier: challenge.verifier ?? "", client };
}

/** Starts a sign-in the way the web app does: ends on the issuer's sign-in page with the authorization cookie set. */
export async function startSignIn(go: Browser, issuerUrl: string) {
  const { url, verifier, client } = await authorizeUrl(issuerUrl);
  let res = await go(url);
  while (res.status >= 300 && res.status < 400) res = await go(new URL(res.headers.get("location") ?? "", issuerUrl));
  return { res, verifier, client };
}

/** Registers `email` up to the code step (the code is in the inbox, or not, for an existing account). */
export async function registerUntilCode(go: Browser, issuerUrl: string, email: string, password = PASSWORD) {
  await go(new URL("/password/register", issuerUrl));
  return go(new URL("/password/register", issuerUrl), form({ action: "register", email, password, repeat: password }));
}

export const location = (res: Response) => res.headers.get("location");
