import { createClient } from "@openauthjs/openauth/client";
import { WEB_CLIENT_ID } from "../auth/subjects.ts";
import type { Mailbox } from "./mailed-issuer.ts";
import { form, session } from "./sign-up.ts";

const REDIRECT = "http://localhost:5173/auth/callback";

export type IssuedTokens = { access: string; refresh: string; expiresIn: number };

/** POST /token as the web app's OpenAuth client sends it, from a browser with this user agent. */
async function token(issuerUrl: string, fields: Record<string, string>, userAgent?: string) {
  const res = await fetch(new URL("/token", issuerUrl), {
    ...form(fields),
    headers: { "content-type": "application/x-www-form-urlencoded", ...(userAgent ? { "user-agent": userAgent } : {}) },
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

/** Uses a refresh token: the new tokens, or the issuer's refusal. */
export async function refresh(issuerUrl: string, refreshToken: string) {
  const { status, body } = await token(issuerUrl, { grant_type: "refresh_token", refresh_token: refreshToken });
  return status === 200
    ? { ok: true as const, access: String(body.access_token), refresh: String(body.refresh_token) }
    : { ok: false as const, status, error: body.error };
}

/** Signs an existing user in with e-mail and password over HTTP, as a browser would; a new session. */
export async function signIn(issuerUrl: string, email: string, password: string, userAgent?: string) {
  const client = createClient({ clientID: WEB_CLIENT_ID, issuer: issuerUrl });
  const { url, challenge } = await client.authorize(REDIRECT, "code", { pkce: true, provider: "password" });
  const go = session(issuerUrl);
  let res = await go(url);
  while (res.status >= 300 && res.status < 400 && !res.headers.get("location")?.startsWith(REDIRECT))
    res = await go(res.headers.get("location") ?? "");
  res = await go("/password/authorize", form({ email, password }));
  let location = res.headers.get("location") ?? "";
  while (!location.startsWith(REDIRECT)) {
    if (!(res.status >= 300 && res.status < 400)) throw new Error(`sign-in did not redirect back (${res.status})`);
    res = await go(location);
    location = res.headers.get("location") ?? "";
  }
  const code = new URL(location).searchParams.get("code") ?? "";
  const { status, body } = await token(
    issuerUrl,
    {
      grant_type: "authorization_code",
      code,
      redirect_uri: REDIRECT,
      client_id: WEB_CLIENT_ID,
      code_verifier: challenge.verifier ?? "",
    },
    userAgent,
  );
  if (status !== 200) throw new Error(`code exchange refused (${status})`);
  return { access: String(body.access_token), refresh: String(body.refresh_token), expiresIn: Number(body.expires_in) };
}

/**
 * "Forgot password" on the issuer's pages: the e-mailed code, then the new
 * password. Returns where the last page sent the browser (an error shows as
 * `error=` in that address).
 */
export async function resetPassword(
  issuerUrl: string,
  inbox: Pick<Mailbox, "codeFor">,
  email: string,
  password: string,
) {
  // As a person would: from the sign-in page the web app sent them to, "Forgot your password?".
  const client = createClient({ clientID: WEB_CLIENT_ID, issuer: issuerUrl });
  const { url } = await client.authorize(REDIRECT, "code", { pkce: true, provider: "password" });
  const go = session(issuerUrl);
  let res = await go(url);
  while (res.status >= 300 && res.status < 400 && !res.headers.get("location")?.startsWith(REDIRECT))
    res = await go(res.headers.get("location") ?? "");
  await go("/password/change");
  await go("/password/change", form({ action: "code", email }));
  const code = inbox.codeFor(email.toLowerCase());
  if (!code) throw new Error(`no code was sent to ${email}`);
  await go("/password/change", form({ action: "verify", code }));
  res = await go("/password/change", form({ action: "update", password, repeat: password }));
  return { status: res.status, location: res.headers.get("location") ?? "" };
}
