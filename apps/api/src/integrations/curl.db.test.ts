import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { dumpTable } from "@upnest/db/testing";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createHarness, type Harness } from "../testing/harness.ts";

/**
 * What an integration does, with the real `curl` against the running API (DynamoDB Local, the real issuer): an
 * owner makes a key on the web's procedure with their real token; the key adds a diaper and reads the last
 * feeding over REST; it reaches nothing else.
 */
const run = promisify(execFile);
let h: Harness;
let owner: Awaited<ReturnType<Harness["user"]>>;
let stranger: Awaited<ReturnType<Harness["user"]>>;
let babyId: string;
let strangersBaby: string;
let writeKey: string;

/** One curl call: its HTTP status and its JSON body. */
async function curl(path: string, options: { key?: string; method?: string; json?: unknown; raw?: string[] } = {}) {
  const args = ["-sS", "-o", "-", "-w", "\n%{http_code}", "-X", options.method ?? "GET"];
  if (options.key) args.push("-H", `Authorization: Bearer ${options.key}`);
  if (options.json !== undefined) args.push("-H", "Content-Type: application/json", "-d", JSON.stringify(options.json));
  args.push(...(options.raw ?? []), `${h.apiUrl}${path}`);
  const { stdout } = await run("/usr/bin/curl", args);
  const at = stdout.lastIndexOf("\n");
  const text = stdout.slice(0, at);
  return { status: Number(stdout.slice(at + 1)), body: text ? (JSON.parse(text) as Record<string, any>) : {} };
}

beforeAll(async () => {
  h = await createHarness(inject("dynamoEndpoint"));
  owner = await h.user("owner");
  stranger = await h.user("stranger");
  ({ babyId } = await owner.client.babies.create.mutate({
    name: "Ada",
    dateOfBirth: "2026-01-10",
    sex: "female",
    timeZone: "Europe/Madrid",
  }));
  ({ babyId: strangersBaby } = await stranger.client.babies.create.mutate({
    name: "Bo",
    dateOfBirth: "2026-01-01",
    sex: "male",
  }));
  writeKey = (await owner.client.apiKeys.create.mutate({ babyId, name: "Home Assistant", scope: "read-write" })).secret;
});
afterAll(() => h.close());

describe("an API key with curl", () => {
  it("adds a diaper, which the family sees on today's page and in the history under the key's name", async () => {
    const res = await curl(`/api/v1/babies/${babyId}/diapers`, {
      key: writeKey,
      method: "POST",
      json: { contents: "wet" },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ babyId, contents: "wet", timeZone: "Europe/Madrid" });
    const day = await owner.client.care.day.query({ babyId });
    const entries = day.entries as unknown as { kind: string; record: { diaperId?: string } }[];
    expect(entries.map((e) => [e.kind, e.record.diaperId])).toContainEqual(["diapers", res.body.diaperId]);
    const [event] = (await owner.client.babies.history.query({ babyId, limit: 1 })).items;
    expect(event).toMatchObject({ recordType: "diaper", action: "create", actorKeyName: "Home Assistant" });
  });

  it("reads the last feeding, newest first, past the other kinds on the timeline", async () => {
    const at = (minutesAgo: number) => new Date(Date.now() - minutesAgo * 60_000).toISOString();
    await owner.client.feedings.add.mutate({
      babyId,
      startedAt: at(90),
      timeZone: "Europe/Madrid",
      method: "bottle",
      amountMl: 90,
    });
    const newer = await curl(`/api/v1/babies/${babyId}/feedings`, {
      key: writeKey,
      method: "POST",
      json: { startedAt: at(30), method: "bottle", amountMl: 120, milk: "formula" },
    });
    expect(newer.status).toBe(200);
    // Newer than both feedings: a diaper on the shared timeline.
    await curl(`/api/v1/babies/${babyId}/diapers`, { key: writeKey, method: "POST", json: { contents: "dirty" } });
    const res = await curl(`/api/v1/babies/${babyId}/feedings?limit=1`, { key: writeKey });
    expect(res.status).toBe(200);
    expect(res.body.items).toHaveLength(1);
    expect(res.body.items[0]).toMatchObject({ feedingId: newer.body.feedingId, amountMl: 120, milk: "formula" });
    const two = await curl(`/api/v1/babies/${babyId}/feedings?limit=2`, { key: writeKey });
    expect(two.body.items.map((f: { amountMl: number }) => f.amountMl)).toEqual([120, 90]);
  });

  it("adds a measurement and reads it back; a bad value is refused with the field's message and writes nothing", async () => {
    const added = await curl(`/api/v1/babies/${babyId}/measurements`, {
      key: writeKey,
      method: "POST",
      json: { measuredOn: "2026-02-01", weightKg: 4.2 },
    });
    expect(added.status).toBe(200);
    const last = await curl(`/api/v1/babies/${babyId}/measurements?limit=1`, { key: writeKey });
    expect(last.body.items[0]).toMatchObject({ measurementId: added.body.measurementId, weightKg: 4.2 });
    const before = await dumpTable(h.table);
    const bad = await curl(`/api/v1/babies/${babyId}/feedings`, {
      key: writeKey,
      method: "POST",
      json: { method: "bottle", amountMl: 5000 },
    });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ code: "BAD_REQUEST" });
    expect(bad.body.issues).toEqual([{ path: ["amountMl"], message: "Amount must be between 0 and 1000 ml" }]);
    const limit = await curl(`/api/v1/babies/${babyId}/sleeps?limit=500`, { key: writeKey });
    expect(limit.status).toBe(400);
    expect(limit.body.issues).toEqual([{ path: ["limit"], message: "Limit must be 1–100" }]);
    const notJson = await curl(`/api/v1/babies/${babyId}/diapers`, {
      key: writeKey,
      method: "POST",
      raw: ["-d", "contents=wet"],
    });
    expect(notJson).toMatchObject({ status: 415, body: { code: "UNSUPPORTED_MEDIA_TYPE" } });
    expect(await dumpTable(h.table)).toEqual(before);
  });

  it("on another family's baby gets 404, exactly as for a baby that does not exist", async () => {
    const before = await dumpTable(h.table);
    const theirs = await curl(`/api/v1/babies/${strangersBaby}/diapers`, {
      key: writeKey,
      method: "POST",
      json: { contents: "wet" },
    });
    const nowhere = await curl("/api/v1/babies/01ARZ3NDEKTSV4RRFFQ69G5FAV/diapers", {
      key: writeKey,
      method: "POST",
      json: { contents: "wet" },
    });
    expect(theirs).toMatchObject({ status: 404, body: { code: "NOT_FOUND" } });
    expect(theirs.body).toEqual(nowhere.body);
    expect((await curl(`/api/v1/babies/${strangersBaby}/feedings?limit=1`, { key: writeKey })).status).toBe(404);
    expect(await dumpTable(h.table)).toEqual(before);
  });

  it("a read key reads but writing gets 403", async () => {
    const { secret } = await owner.client.apiKeys.create.mutate({ babyId, name: "Wall display", scope: "read" });
    expect((await curl(`/api/v1/babies/${babyId}/diapers?limit=5`, { key: secret })).status).toBe(200);
    const before = await dumpTable(h.table);
    const write = await curl(`/api/v1/babies/${babyId}/diapers`, {
      key: secret,
      method: "POST",
      json: { contents: "wet" },
    });
    expect(write).toMatchObject({ status: 403, body: { code: "FORBIDDEN" } });
    expect(await dumpTable(h.table)).toEqual(before);
  });

  it("reaches nothing outside its allowlist: the account, the keys themselves, other procedures", async () => {
    for (const path of [
      "users.me",
      "account.export",
      "babies.list",
      `apiKeys.list?input=${JSON.stringify({ babyId })}`,
    ]) {
      const res = await curl(`/trpc/${path}`, { key: writeKey });
      expect([path, res.status, res.body.error?.data?.code]).toEqual([path, 403, "FORBIDDEN"]);
    }
    const invite = await curl("/trpc/caregivers.invite", {
      key: writeKey,
      method: "POST",
      json: { babyId, role: "owner" },
    });
    expect(invite.status).toBe(403);
  });

  it("a garbage or unknown key gets 401, and after revoking, the key gets 401", async () => {
    for (const key of ["garbage", "upn_garbage", `upn_01ARZ3NDEKTSV4RRFFQ69G5FAV_${"A".repeat(43)}`]) {
      const res = await curl(`/api/v1/babies/${babyId}/feedings?limit=1`, { key });
      expect([key, res.status, res.body.code]).toEqual([key, 401, "UNAUTHORIZED"]);
    }
    const { key, secret } = await owner.client.apiKeys.create.mutate({ babyId, name: "Old hub", scope: "read-write" });
    expect((await curl(`/api/v1/babies/${babyId}/feedings?limit=1`, { key: secret })).status).toBe(200);
    await owner.client.apiKeys.revoke.mutate({ babyId, keyId: key.keyId });
    const revoked = await curl(`/api/v1/babies/${babyId}/diapers`, {
      key: secret,
      method: "POST",
      json: { contents: "wet" },
    });
    expect(revoked).toMatchObject({ status: 401, body: { code: "UNAUTHORIZED" } });
    expect(revoked.body.message).toBe("This API key is not valid. It may have been revoked.");
  });

  it("is listed with its last use, and no key's secret ever reaches a log line", async () => {
    const listed = await owner.client.apiKeys.list.query({ babyId });
    const ha = listed.find((k) => k.name === "Home Assistant");
    expect(ha).toMatchObject({ scope: "read-write", status: "active", lastUsedAt: expect.any(String) });
    expect(JSON.stringify(listed)).not.toContain(writeKey.slice(31));
    const log = JSON.stringify(h.logLines);
    expect(log).not.toContain(writeKey.slice(31));
    expect(log).not.toContain("upn_");
  });

  it("serves the OpenAPI document, and refuses an oversized body with 413", async () => {
    const doc = await curl("/api/v1/openapi.json");
    expect(doc.status).toBe(200);
    expect(Object.keys(doc.body.paths)).toContain("/babies/{babyId}/diapers");
    const big = await curl(`/api/v1/babies/${babyId}/diapers`, {
      key: writeKey,
      method: "POST",
      json: { contents: "wet", notes: "x".repeat(70_000) },
    });
    expect(big.status).toBe(413);
  });
});
