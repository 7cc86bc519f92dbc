import { createClient } from "@openauthjs/openauth/client";
import { env } from "../config/env.ts";
import { t } from "../i18n/i18n.ts";
import { isExpired, sessionIdOf, type Tokens, tokenStore, tokensFrom } from "./tokens.ts";

/** The OAuth client id the API accepts (apps/api/src/auth/subjects.ts). */
const CLIENT_ID = "upnest-web";
/** What survives the trip to the issuer and back in this tab: the PKCE verifier and where to return. */
const PENDING_KEY = "upnest.sign-in";

const client = createClient({ clientID: CLIENT_ID, issuer: env.issuerUrl });
const store = tokenStore(localStorage);
const redirectUri = () => `${window.location.origin}/auth/callback`;

// Signed-in state as an external store for useSyncExternalStore; other tabs signing in or out count too.
const listeners = new Set<() => void>();
const notify = () => {
  for (const listener of listeners) listener();
};
window.addEventListener("storage", (event) => {
  if (event.key === null || event.key.startsWith("upnest.")) notify();
});
export const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => void listeners.delete(listener);
};
export const isSignedIn = () => store.read() !== null;

/** Sends the person to the issuer's e-mail + password pages (sign in, or create an account there). */
export async function signIn(returnTo = "/") {
  const { url, challenge } = await client.authorize(redirectUri(), "code", { pkce: true, provider: "password" });
  sessionStorage.setItem(
    PENDING_KEY,
    JSON.stringify({ state: challenge.state, verifier: challenge.verifier, returnTo }),
  );
  window.location.assign(url);
}

const exchanges = new Map<string, Promise<string>>();

/** Finishes sign-in on the callback page; resolves to the path to go back to. Safe to call twice for one code. */
export function completeSignIn(params: URLSearchParams): Promise<string> {
  const code = params.get("code");
  if (!code) return Promise.reject(new Error(params.get("error_description") ?? t("auth.notCompleted")));
  let exchange = exchanges.get(code);
  if (!exchange) {
    exchange = (async () => {
      const pending = JSON.parse(sessionStorage.getItem(PENDING_KEY) ?? "null") as {
        state: string;
        verifier?: string;
        returnTo?: string;
      } | null;
      // Back on an old callback address (browser history) while signed in: nothing to finish.
      if (!pending && isSignedIn()) return "/";
      if (!pending || pending.state !== params.get("state")) throw new Error(t("auth.expired"));
      const result = await client.exchange(code, redirectUri(), pending.verifier);
      if (result.err) throw new Error(t("auth.failed"));
      sessionStorage.removeItem(PENDING_KEY);
      store.save(tokensFrom(result.tokens));
      notify();
      return pending.returnTo?.startsWith("/") ? pending.returnTo : "/";
    })();
    exchanges.set(code, exchange);
  }
  return exchange;
}

/** The session this device is signed in with, if its token names one. */
export const currentSessionId = () => {
  const tokens = store.read();
  return tokens ? sessionIdOf(tokens.access) : undefined;
};

/** Forgets the tokens on this device. */
export function signOut() {
  store.clear();
  notify();
}

let refreshing: Promise<Tokens | null> | null = null;
let stale = false;

/** One refresh at a time, however many requests need it. A refresh token the issuer refuses signs the person out. */
function refresh(): Promise<Tokens | null> {
  refreshing ??= (async () => {
    const tokens = store.read();
    if (!tokens) return null;
    const result = await client.refresh(tokens.refresh);
    if (result.err || !result.tokens) {
      signOut();
      return null;
    }
    const next = tokensFrom(result.tokens);
    store.save(next);
    stale = false;
    return next;
  })().finally(() => {
    refreshing = null;
  });
  return refreshing;
}

/** The access token for the next request, refreshed first when it has expired or the API refused it. */
export async function accessToken(): Promise<string | null> {
  const tokens = store.read();
  if (!tokens) return null;
  if (!stale && !isExpired(tokens)) return tokens.access;
  return (await refresh())?.access ?? null;
}

/** The API answered UNAUTHORIZED: the next request refreshes the token first. */
export function markTokenRejected() {
  stale = true;
}
