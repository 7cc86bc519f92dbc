import { createClient } from "@openauthjs/openauth/client";
import { WEB_CLIENT_ID } from "../auth/subjects.ts";

const REDIRECT = "http://localhost:5173/auth/callback";

/** Codes the issuer "e-mailed", by address: pass `inbox.sendCode` to the issuer. */
export function codeInbox() {
  const codes = new Map<string, string>();
  return {
    sendCode: async (email: string, code: string) => void codes.set(email, code),
    codeFor: (email: string) => codes.get(email),
  };
}

/** A browser-like session: follows nothing automatically and keeps the issuer's cookies. */
export function session(issuerUrl: string) {
  const cookies = new Map<string, string>();
  return async (path: string, init: RequestInit = {}) => {
    const res = await fetch(new URL(path, issuerUrl), {
      ...init,
      redirect: "manual",
      headers: {
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

export const form = (fields: Record<string, string>) => ({
  method: "POST",
  headers: { "content-type": "application/x-www-form-urlencoded" },
  body: new URLSearchParams(fields).toString(),
});

/**
 * Signs a new user up through the issuer's real password flow over HTTP
 * (authorize, register, verify the e-mailed code, exchange the code at /token)
 * and returns the tokens the web app would hold.
 */
export async function signUp(
  issuerUrl: string,
  inbox: ReturnType<typeof codeInbox>,
  email: string,
  password = "correct horse battery",
) {
  const client = createClient({ clientID: WEB_CLIENT_ID, issuer: issuerUrl });
  const { url } = await client.authorize(REDIRECT, "code", { provider: "password" });
  const go = session(issuerUrl);
  let res = await go(url);
  while (res.status >= 300 && res.status < 400) res = await go(res.headers.get("location") ?? "");
  await go("/password/register");
  await go("/password/register", form({ action: "register", email, password, repeat: password }));
  const code = inbox.codeFor(email.toLowerCase());
  if (!code) throw new Error(`no code was sent to ${email}`);
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
  const exchanged = await client.exchange(authCode, REDIRECT);
  if (exchanged.err) throw exchanged.err;
  return exchanged.tokens;
}
