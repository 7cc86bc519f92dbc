import { describe, expect, it } from "vitest";
import { readIssuerEnv } from "../entry/issuer-env.ts";
import { parseClients } from "./allow.ts";
import { lockedFor, policy } from "./attempt-policy.ts";

const web = (redirectUris: string[]) => JSON.stringify([{ id: "upnest-web", redirectUris }]);

describe("the issuer's client allow-list (ISSUER_CLIENTS)", () => {
  it("takes exact https redirect URIs, and http only on localhost", () => {
    expect(
      parseClients(web(["https://d1.cloudfront.net/auth/callback", "http://localhost:5173/auth/callback"])),
    ).toEqual([
      {
        id: "upnest-web",
        redirectUris: ["https://d1.cloudfront.net/auth/callback", "http://localhost:5173/auth/callback"],
      },
    ]);
  });

  const bad: [string, string, RegExp][] = [
    ["not JSON", "upnest-web=https://x", /not JSON/],
    ["no clients", "[]", /at least one client/],
    ["plain http on the internet", web(["http://upnest.example/auth/callback"]), /https/],
    ["a fragment", web(["https://upnest.example/auth/callback#x"]), /fragment/],
    ["a javascript: URI", web(["javascript:alert(1)"]), /https/],
    ["no redirect URIs", web([]), /ISSUER_CLIENTS/],
  ];
  for (const [name, json, message] of bad)
    it(`refuses ${name}, saying why`, () => expect(() => parseClients(json)).toThrow(message));

  it("the issuer Lambda will not start without it", () => {
    expect(() => readIssuerEnv({ TABLE_NAME: "upnest" })).toThrow(/Invalid issuer configuration: ISSUER_CLIENTS/);
    const rest = { ISSUER_KEYS: "{}", ORIGIN_SECRET: "o".repeat(40), MAIL_FROM: "UpNest <sign-in@upnest.example>" };
    expect(
      readIssuerEnv({ TABLE_NAME: "upnest", ISSUER_CLIENTS: web(["https://a.example/cb"]), ...rest }).clients,
    ).toHaveLength(1);
  });
});

describe("the password back-off schedule", () => {
  const at = 1_000_000;
  it("is free for the first failures, then 1, 2, 4 … minutes after the last one, at most an hour", () => {
    const free = policy.account.freeFailures;
    expect(lockedFor(undefined, free, at)).toBe(0);
    expect(lockedFor({ count: free - 1, lastAt: at }, free, at)).toBe(0);
    expect(lockedFor({ count: free, lastAt: at }, free, at)).toBe(60);
    expect(lockedFor({ count: free + 1, lastAt: at }, free, at)).toBe(120);
    expect(lockedFor({ count: free + 3, lastAt: at }, free, at)).toBe(480);
    expect(lockedFor({ count: free + 40, lastAt: at }, free, at)).toBe(3600);
    expect(lockedFor({ count: free, lastAt: at }, free, at + 61)).toBe(0);
  });
});
