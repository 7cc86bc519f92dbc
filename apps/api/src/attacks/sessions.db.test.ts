import { UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { authStorage, sessionKey } from "@upnest/db";
import { dumpTable } from "@upnest/db/testing";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createIssuer } from "../auth/issuer.ts";
import { startIssuerServer } from "../entry/server.ts";
import { createHarness, type Harness } from "../testing/harness.ts";
import { refresh, resetPassword, signIn } from "../testing/sessions.ts";

/**
 * Sessions that end, tried as the holder of a stolen refresh or access token
 * would: the real issuer and the API over HTTP, real tokens, DynamoDB Local.
 */
let h: Harness;
beforeAll(async () => {
  h = await createHarness(inject("dynamoEndpoint"));
});
afterAll(() => h.close());

const PASSWORD = "correct horse battery";
const ANDROID =
  "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36";
const IPHONE =
  "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";
const code = (error: unknown) => (error as { data?: { code?: string } }).data?.code;
const refused = { ok: false, status: 400, error: "invalid_grant" };
const first = async <T>(items: AsyncIterable<T>) => {
  for await (const item of items) return item;
  return undefined;
};

describe("refresh-token rotation", () => {
  it("a refresh gives a new refresh token, and the new one works", async () => {
    const parent = await h.user("rotate");
    const first = await refresh(h.issuerUrl, parent.tokens.refresh);
    expect(first.ok && first.refresh).not.toBe(parent.tokens.refresh);
    const second = await refresh(h.issuerUrl, first.ok ? first.refresh : "");
    expect(second.ok).toBe(true);
  });

  it("reusing a rotated token ends that whole session: the thief's copy and the family's newer token both stop", async () => {
    const parent = await h.user("reuse");
    const stolen = parent.tokens.refresh;
    const rotated = await refresh(h.issuerUrl, stolen);
    if (!rotated.ok) throw new Error("first refresh refused");
    expect(await refresh(h.issuerUrl, stolen)).toEqual(refused);
    expect(await refresh(h.issuerUrl, rotated.refresh)).toEqual(refused);
    expect(await h.httpClient(rotated.access).sessions.list.query()).toEqual([]);
  });

  it("two tabs refreshing with the same token a moment apart both get the same new token (the grace), and it works", async () => {
    // The issuer as deployed: a used token presented again within seconds is a second tab, not a thief.
    const issuer = await startIssuerServer(
      h.issuerMail.serving(createIssuer({ ...h.issuerConfig, refreshReuseGraceSeconds: undefined })),
    );
    try {
      const parent = await h.user("tabs");
      const tokens = await signIn(issuer.url, parent.email, PASSWORD);
      const first = await refresh(issuer.url, tokens.refresh);
      const second = await refresh(issuer.url, tokens.refresh);
      expect(first.ok && second.ok).toBe(true);
      expect(second.ok && second.refresh).toBe(first.ok && first.refresh);
      expect(await refresh(issuer.url, first.ok ? first.refresh : "")).toMatchObject({ ok: true });
    } finally {
      await issuer.close();
    }
  });

  it("reuse ends only the session it belongs to: the same person's other device stays signed in", async () => {
    const parent = await h.user("family");
    const phone = await signIn(h.issuerUrl, parent.email, PASSWORD, ANDROID);
    const rotated = await refresh(h.issuerUrl, parent.tokens.refresh);
    expect(rotated.ok).toBe(true);
    await refresh(h.issuerUrl, parent.tokens.refresh); // reuse
    expect(await refresh(h.issuerUrl, phone.refresh)).toMatchObject({ ok: true });
  });

  it("a session past its absolute lifetime is refused even with a fresh refresh token", async () => {
    const parent = await h.user("lifetime");
    const [current] = await parent.client.sessions.list.query();
    // Ninety days on: the session's end, as the issuer wrote it at sign-in, has passed.
    await h.table.db.send(
      new UpdateCommand({
        TableName: h.table.tableName,
        Key: sessionKey(parent.userId, current?.sessionId ?? ""),
        UpdateExpression: "SET expiresAt = :past",
        ExpressionAttributeValues: { ":past": Math.floor(Date.now() / 1000) - 1 },
      }),
    );
    expect(await refresh(h.issuerUrl, parent.tokens.refresh)).toEqual(refused);
  });

  it("a session idle for longer than its refresh token lives is no longer listed", async () => {
    const parent = await h.user("idle");
    const phone = await signIn(h.issuerUrl, parent.email, PASSWORD, ANDROID);
    const listed = await h.httpClient(phone.access).sessions.list.query();
    const other = listed.find((s) => !s.current);
    await h.table.db.send(
      new UpdateCommand({
        TableName: h.table.tableName,
        Key: sessionKey(parent.userId, other?.sessionId ?? ""),
        UpdateExpression: "SET lastUsedAt = :then",
        ExpressionAttributeValues: { ":then": new Date(Date.now() - 31 * 86_400_000).toISOString() },
      }),
    );
    expect((await h.httpClient(phone.access).sessions.list.query()).map((s) => s.device)).toEqual([
      "Chrome on Android",
    ]);
  });

  it("a refresh token from before sessions had ids is refused", async () => {
    const parent = await h.user("legacy");
    const storage = authStorage(h.table.db, h.table.tableName);
    const [key, value] = (await first(storage.scan(["oauth:refresh", `user:${parent.userId}`]))) ?? [];
    const old = value as { properties: Record<string, unknown> };
    const legacy = ["oauth:refresh", `user:${parent.userId}`, "legacy-token"];
    await storage.set(legacy, { ...old, properties: { id: parent.userId, email: parent.email } });
    expect(key).toBeDefined();
    expect(await refresh(h.issuerUrl, `user:${parent.userId}:legacy-token`)).toEqual(refused);
  });

  it("access tokens live a minute, so an ended session's last one dies soon", async () => {
    const parent = await h.user("short");
    expect(parent.tokens.expiresIn).toBeGreaterThan(0);
    expect(parent.tokens.expiresIn).toBeLessThanOrEqual(60);
  });
});

describe("password change or reset", () => {
  it("ends every session: refresh tokens from before the reset no longer work, and the reset says it succeeded", async () => {
    const parent = await h.user("reset");
    const phone = await signIn(h.issuerUrl, parent.email, PASSWORD, ANDROID);
    const reset = await resetPassword(h.issuerUrl, h.inbox, parent.email, "a brand new passphrase");
    // Success sends the browser back to the sign-in page, saying the password changed (auth/password/change.ts).
    expect(reset.status).toBe(303);
    expect(reset.location).toContain("changed=1");
    expect(reset.location).not.toContain("error");
    expect(await refresh(h.issuerUrl, parent.tokens.refresh)).toEqual(refused);
    expect(await refresh(h.issuerUrl, phone.refresh)).toEqual(refused);
    // The new password signs in; the old one does not.
    const after = await signIn(h.issuerUrl, parent.email, "a brand new passphrase");
    expect(await refresh(h.issuerUrl, after.refresh)).toMatchObject({ ok: true });
    await expect(signIn(h.issuerUrl, parent.email, PASSWORD)).rejects.toThrow();
  });
});

describe("signing out", () => {
  it("sign-out ends the session on the server: its refresh token is refused afterwards", async () => {
    const parent = await h.user("signout");
    const [current] = await parent.client.sessions.list.query();
    expect(current?.current).toBe(true);
    await expect(parent.client.sessions.end.mutate({ sessionId: current?.sessionId ?? "" })).resolves.toEqual({
      ended: 1,
    });
    // Refused, in a way the web app can read (and sign out) rather than a cross-origin failure.
    const res = await fetch(`${h.issuerUrl}/token`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: "http://localhost:5173" },
      body: new URLSearchParams({ grant_type: "refresh_token", refresh_token: parent.tokens.refresh }),
    });
    expect(res.status).toBe(400);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(await res.json()).toMatchObject({ error: "invalid_grant" });
    expect(await refresh(h.issuerUrl, parent.tokens.refresh)).toEqual(refused);
  });

  it("the account page lists each device in plain words, marks this one, and signs another out", async () => {
    const parent = await h.user("devices");
    const phone = await signIn(h.issuerUrl, parent.email, PASSWORD, ANDROID);
    const tablet = await signIn(h.issuerUrl, parent.email, PASSWORD, IPHONE);
    const client = h.httpClient(phone.access);
    const listed = await client.sessions.list.query();
    expect(listed.map((s) => [s.device, s.current]).sort()).toEqual(
      [
        ["Chrome on Android", true],
        ["Safari on iOS", false],
        ["Unknown device", false],
      ].sort(),
    );
    for (const s of listed) {
      expect(Date.parse(s.signedInAt)).not.toBeNaN();
      expect(Date.parse(s.lastUsedAt)).toBeGreaterThanOrEqual(Date.parse(s.signedInAt));
      expect(Object.keys(s).sort()).toEqual(["current", "device", "endsAt", "lastUsedAt", "sessionId", "signedInAt"]);
    }
    const iphone = listed.find((s) => s.device === "Safari on iOS");
    await client.sessions.end.mutate({ sessionId: iphone?.sessionId ?? "" });
    expect(await refresh(h.issuerUrl, tablet.refresh)).toEqual(refused);
    expect(await refresh(h.issuerUrl, phone.refresh)).toMatchObject({ ok: true });
    expect((await client.sessions.list.query()).map((s) => s.device).sort()).toEqual([
      "Chrome on Android",
      "Unknown device",
    ]);
  });

  it("sign out everywhere ends every session, this one included", async () => {
    const parent = await h.user("everywhere");
    const phone = await signIn(h.issuerUrl, parent.email, PASSWORD, ANDROID);
    await expect(parent.client.sessions.endAll.mutate({ confirm: "everywhere" })).resolves.toEqual({ ended: 2 });
    expect(await refresh(h.issuerUrl, parent.tokens.refresh)).toEqual(refused);
    expect(await refresh(h.issuerUrl, phone.refresh)).toEqual(refused);
    expect(await h.httpClient(phone.access).sessions.list.query()).toEqual([]);
  });

  it("nobody can see or end another person's session", async () => {
    const parent = await h.user("victim");
    const stranger = await h.user("stranger");
    const [victimSession] = await parent.client.sessions.list.query();
    const theirs = await stranger.client.sessions.list.query();
    expect(theirs.map((s) => s.sessionId)).not.toContain(victimSession?.sessionId);
    const error = await stranger.client.sessions.end
      .mutate({ sessionId: victimSession?.sessionId ?? "" })
      .catch((e) => e);
    expect(code(error)).toBe("NOT_FOUND");
    expect(await refresh(h.issuerUrl, parent.tokens.refresh)).toMatchObject({ ok: true });
  });

  it("a malformed session id gets a field error and ends nothing", async () => {
    const parent = await h.user("malformed");
    const error = await parent.client.sessions.end.mutate({ sessionId: "../PROFILE" }).catch((e) => e);
    expect(code(error)).toBe("BAD_REQUEST");
    expect((error as { data?: { fieldErrors?: unknown } }).data?.fieldErrors).toEqual({
      sessionId: ["Unknown session"],
    });
    expect(await parent.client.sessions.list.query()).toHaveLength(1);
  });
});

describe("a deleted account", () => {
  it("stores nothing its still-unexpired access token sends after deletion", async () => {
    const parent = await h.user("deleted");
    await parent.client.account.delete.mutate({ confirm: "DELETE" });
    const error = await parent.client.babies.create
      .mutate({ name: "Ghost", dateOfBirth: "2026-01-01", sex: "female" })
      .catch((e) => e);
    expect(code(error)).toBe("NOT_FOUND");
    const left = (await dumpTable(h.table)).filter(
      (i) => String(i.PK) === `USER#${parent.userId}` || i.createdBy === parent.userId || i.name === "Ghost",
    );
    expect(left).toEqual([]);
    expect(await refresh(h.issuerUrl, parent.tokens.refresh)).toEqual(refused);
  });
});
