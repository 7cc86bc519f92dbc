/** The tokens the web app holds for the signed-in person. */
export type Tokens = { access: string; refresh: string /** epoch ms */; expiresAt: number };

const KEY = "upnest.tokens";
/** Refresh a little before the issuer's expiry (access tokens live a minute) so a request never carries a token that dies in flight. */
export const EXPIRY_MARGIN_MS = 10_000;

/**
 * Tokens kept in Web Storage (localStorage in the browser). Anything unreadable
 * counts as signed out rather than crashing the app.
 */
export function tokenStore(storage: Pick<Storage, "getItem" | "setItem" | "removeItem">) {
  return {
    read(): Tokens | null {
      try {
        const value = JSON.parse(storage.getItem(KEY) ?? "null") as Partial<Tokens> | null;
        if (
          typeof value?.access !== "string" ||
          typeof value.refresh !== "string" ||
          typeof value.expiresAt !== "number"
        )
          return null;
        return { access: value.access, refresh: value.refresh, expiresAt: value.expiresAt };
      } catch {
        return null;
      }
    },
    save(tokens: Tokens) {
      storage.setItem(KEY, JSON.stringify(tokens));
    },
    clear() {
      storage.removeItem(KEY);
    },
  };
}

export type TokenStore = ReturnType<typeof tokenStore>;

/** The issuer answers `expires_in` in seconds. */
export const tokensFrom = (t: { access: string; refresh: string; expiresIn: number }, now = Date.now()): Tokens => ({
  access: t.access,
  refresh: t.refresh,
  expiresAt: now + t.expiresIn * 1000,
});

export const isExpired = (tokens: Tokens, now = Date.now()) => tokens.expiresAt - EXPIRY_MARGIN_MS <= now;

/** The sign-in session an access token belongs to (the issuer's `sid`), to sign this device out on the server. */
export function sessionIdOf(access: string): string | undefined {
  try {
    const payload = access.split(".")[1] ?? "";
    const json = atob(payload.replaceAll("-", "+").replaceAll("_", "/"));
    const sid = (JSON.parse(json) as { properties?: { sid?: unknown } }).properties?.sid;
    return typeof sid === "string" ? sid : undefined;
  } catch {
    return undefined;
  }
}
