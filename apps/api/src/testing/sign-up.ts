import { createClient } from "@openauthjs/openauth/client";
import { WEB_CLIENT_ID } from "../auth/subjects.ts";
import { codeIn, type Inbox } from "../mail/inbox.ts";

const REDIRECT = "http://localhost:5173/auth/callback";
/** The issuer's allow-list in tests: the web app on its development address. */
export const TEST_CLIENTS = [{ id: WEB_CLIENT_ID, redirectUris: [REDIRECT] }];

/**
 * A browser: one cookie jar (every issuer instance is on localhost), redirects not followed; with a language,
 * it asks for it in Accept-Language as a browser set to that language does.
 */
export function browser(language?: string) {
  const cookies = new Map<string, string>();
  return async (url: string | URL, init: RequestInit = {}) => {
    const res = await fetch(url, {
      ...init,
      redirect: "manual",
      headers: {
        ...(language ? { "accept-language": language } : {}),
        ...(init.headers as Record<string, string>),
        cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join("; "),
      },
    });
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const [name, ...value] = (pair ?? "").split("=");
      if (name) cookies.set(name.trim(), value.join("="));
    }
    return res;
  };
}
export type Browser = ReturnType<typeof browser>;

/** A browser on one issuer: paths are resolved against its URL. */
export function session(issuerUrl: string, language?: string) {
  const go = browser(language);
  return (path: string, init: RequestInit = {}) => go(new URL(path, issuerUrl), init);
}

export const form = (fields: Record<string, string>): RequestInit => ({
  method: "POST",
  headers: { "content-type": "application/x-www-form-urlencoded" },
  body: new URLSearchParams(fields).toString(),
});

/** The name a test's new user gives at sign-up when the test does not choose one. */
export const TEST_NAME = "Sam Tester";

/**
 * Signs a new user up through the issuer's real password flow over HTTP
 * (authorize, register with a name, verify the code read from the e-mail that
 * arrived in the inbox, exchange the code at /token) and returns the tokens
 * the web app would hold. `language` is the browser's Accept-Language.
 */
export async function signUp(
  issuerUrl: string,
  inbox: Pick<Inbox, "mark" | "waitFor">,
  email: string,
  password = "correct horse battery",
  { name = TEST_NAME, language }: { name?: string; language?: string } = {},
) {
  const client = createClient({ clientID: WEB_CLIENT_ID, issuer: issuerUrl });
  const { url, challenge } = await client.authorize(REDIRECT, "code", { pkce: true, provider: "password" });
  const go = session(issuerUrl, language);
  let res = await go(url);
  while (res.status >= 300 && res.status < 400) res = await go(res.headers.get("location") ?? "");
  await go("/password/register");
  const before = inbox.mark();
  await go("/password/register", form({ action: "register", name, email, password, repeat: password }));
  const code = codeIn(await inbox.waitFor(email, { after: before }));
  res = await go("/password/register", form({ action: "verify", code }));
  let location = res.headers.get("location") ?? "";
  while (!location.startsWith(REDIRECT)) {
    if (!(res.status >= 300 && res.status < 400))
      throw new Error(`sign-up did not redirect back (status ${res.status})`);
    res = await go(location);
    location = res.headers.get("location") ?? "";
  }
  const authCode = new URL(location).searchParams.get("code");
  if (!authCode) throw new Error("no authorization code");
  const exchanged = await client.exchange(authCode, REDIRECT, challenge.verifier);
  if (exchanged.err) throw exchanged.err;
  return exchanged.tokens;
}
