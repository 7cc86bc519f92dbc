import { describe, expect, it } from "vitest";
import { isExpired, sessionIdOf, tokenStore, tokensFrom } from "./tokens.ts";

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    removeItem: (k: string) => void items.delete(k),
    items,
  };
}

describe("token storage", () => {
  it("keeps the tokens until sign-out clears them", () => {
    const storage = memoryStorage();
    const store = tokenStore(storage);
    expect(store.read()).toBeNull();
    store.save({ access: "a", refresh: "r", expiresAt: 1000 });
    expect(tokenStore(storage).read()).toEqual({ access: "a", refresh: "r", expiresAt: 1000 });
    store.clear();
    expect(store.read()).toBeNull();
    expect(storage.items.size).toBe(0);
  });

  it("treats corrupt or partial stored data as signed out", () => {
    const storage = memoryStorage();
    const store = tokenStore(storage);
    storage.setItem("upnest.tokens", "{not json");
    expect(store.read()).toBeNull();
    storage.setItem("upnest.tokens", JSON.stringify({ access: "a" }));
    expect(store.read()).toBeNull();
  });

  it("computes expiry from the issuer's expires_in (a minute) and refreshes 10 s early", () => {
    const tokens = tokensFrom({ access: "a", refresh: "r", expiresIn: 60 }, 1_000_000);
    expect(tokens.expiresAt).toBe(1_060_000);
    expect(isExpired(tokens, 1_000_000)).toBe(false);
    expect(isExpired(tokens, 1_049_999)).toBe(false);
    expect(isExpired(tokens, 1_050_000)).toBe(true);
  });
});

describe("sessionIdOf", () => {
  const jwt = (payload: unknown) =>
    `e30.${btoa(JSON.stringify(payload)).replaceAll("+", "-").replaceAll("/", "_").replaceAll("=", "")}.sig`;
  it("reads the session id the issuer put in the access token", () => {
    expect(sessionIdOf(jwt({ properties: { id: "u", sid: "01J0000000000000000000000A" } }))).toBe(
      "01J0000000000000000000000A",
    );
  });
  it("is undefined for a token without one, or not a token at all", () => {
    expect(sessionIdOf(jwt({ properties: { id: "u" } }))).toBeUndefined();
    expect(sessionIdOf("not a token")).toBeUndefined();
    expect(sessionIdOf("a.%%%.b")).toBeUndefined();
  });
});
