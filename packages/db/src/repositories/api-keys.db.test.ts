import { createHash } from "node:crypto";
import { diapers } from "@upnest/schemas";
import { describe, expect, inject, it } from "vitest";
import { createAccount, createTestTable, dumpTable, TEST_CURSOR_SECRET } from "../testing/index.ts";
import { createRepositories } from "./index.ts";

async function family() {
  const table = await createTestTable(inject("dynamoEndpoint"));
  const { repos } = table;
  const owner = await createAccount(table);
  const carer = await createAccount(table);
  await repos.users.update(owner.userId, { displayName: "Maria", version: 1 });
  const { babyId } = await repos.babies.create(owner.userId, { name: "Ada", dateOfBirth: "2026-01-10", sex: "female" });
  const ownerAccess = () => repos.babies.access(owner.userId, babyId);
  const { token } = await repos.caregivers.invite(await ownerAccess(), { role: "caregiver", validForHours: 24 });
  await repos.caregivers.accept(carer.userId, token);
  return { table, repos, owner, carer, babyId, ownerAccess };
}
type Family = Awaited<ReturnType<typeof family>>;

const keyOf = async (f: Family, scope: "read" | "read-write" = "read-write") =>
  f.repos.apiKeys.create(await f.ownerAccess(), { name: "Home Assistant", scope });
const diaper = { at: "2026-02-01T10:00:00.000Z", timeZone: "Europe/Madrid", contents: "wet" as const };

describe("API keys in the table", () => {
  it("keeps only the secret's SHA-256, never the secret, and finds the key by it", async () => {
    const f = await family();
    const { key, secret } = await keyOf(f);
    expect(secret).toMatch(/^upn_[0-9A-HJKMNP-TV-Z]{26}_[A-Za-z0-9_-]{43}$/);
    expect(secret.slice(4, 30)).toBe(key.keyId);
    const items = JSON.stringify(await dumpTable(f.table));
    expect(items).not.toContain(secret);
    expect(items).not.toContain(secret.slice(31)); // nor its random part
    const hash = createHash("sha256").update(secret).digest("base64url");
    expect(items).toContain(`APIKEY#${hash}`);
    expect(await f.repos.apiKeys.authenticate(secret)).toEqual({
      keyId: key.keyId,
      babyId: f.babyId,
      name: "Home Assistant",
      scope: "read-write",
      createdBy: f.owner.userId,
    });
  });

  it("refuses a secret that is unknown, altered, of another key's id, or malformed", async () => {
    const f = await family();
    const { secret } = await keyOf(f);
    const other = await keyOf(f);
    const flip = (s: string, at: number) => `${s.slice(0, at)}${s[at] === "A" ? "B" : "A"}${s.slice(at + 1)}`;
    for (const wrong of [
      flip(secret, 40),
      `upn_${other.key.keyId}${secret.slice(30)}`,
      `${secret}x`,
      "upn_garbage",
      "",
    ])
      expect(await f.repos.apiKeys.authenticate(wrong), wrong).toBeNull();
  });

  it("notes the last use at most once a minute", async () => {
    const f = await family();
    let now = new Date("2026-03-01T10:00:00.000Z");
    const { db, tableName } = f.table;
    const repos = createRepositories({ db, tableName, cursorSecret: TEST_CURSOR_SECRET, now: () => now });
    const { key, secret } = await keyOf(f);
    const lastUsed = async () =>
      (await f.repos.apiKeys.list(await f.ownerAccess())).find((k) => k.keyId === key.keyId)?.lastUsedAt;
    expect(await lastUsed()).toBeUndefined();
    await repos.apiKeys.authenticate(secret);
    expect(await lastUsed()).toBe("2026-03-01T10:00:00.000Z");
    now = new Date("2026-03-01T10:00:30.000Z");
    await repos.apiKeys.authenticate(secret);
    expect(await lastUsed()).toBe("2026-03-01T10:00:00.000Z");
    now = new Date("2026-03-01T10:01:05.000Z");
    await repos.apiKeys.authenticate(secret);
    expect(await lastUsed()).toBe("2026-03-01T10:01:05.000Z");
  });

  it("acts as its creator at the lower of their role and its scope, and names itself in the history", async () => {
    const f = await family();
    const write = await f.repos.apiKeys.authenticate((await keyOf(f)).secret);
    const read = await f.repos.apiKeys.authenticate((await keyOf(f, "read")).secret);
    if (!write || !read) throw new Error("keys should work");
    const writer = await f.repos.apiKeys.access(write, f.babyId);
    expect(writer).toMatchObject({ userId: f.owner.userId, role: "caregiver" });
    expect((await f.repos.apiKeys.access(read, f.babyId))?.role).toBe("viewer");
    await f.repos.records(diapers).add(writer as never, diaper);
    const [event] = (await f.repos.audit.list(await f.ownerAccess(), { limit: 1 })).items;
    expect(event).toMatchObject({ actorId: f.owner.userId, actorName: "Maria", actorKeyName: "Home Assistant" });
    await expect(f.repos.apiKeys.access(write, "01ARZ3NDEKTSV4RRFFQ69G5FAV")).rejects.toMatchObject({
      kind: "not-found",
    });
  });

  it("stops working when revoked, when its creator is made a viewer, and with its baby", async () => {
    const f = await family();
    const first = await keyOf(f);
    await f.repos.apiKeys.revoke(await f.ownerAccess(), first.key.keyId);
    expect(await f.repos.apiKeys.authenticate(first.secret)).toBeNull();
    await expect(f.repos.apiKeys.revoke(await f.ownerAccess(), first.key.keyId)).rejects.toMatchObject({
      kind: "conflict",
    });

    // Another owner's key stops when that owner is made a viewer; it is then listed as inactive.
    await f.repos.caregivers.changeRole(await f.ownerAccess(), { userId: f.carer.userId, role: "owner" });
    const carers = await f.repos.apiKeys.create(await f.repos.babies.access(f.carer.userId, f.babyId), {
      name: "Fridge",
      scope: "read",
    });
    await f.repos.caregivers.changeRole(await f.ownerAccess(), { userId: f.carer.userId, role: "viewer" });
    const principal = await f.repos.apiKeys.authenticate(carers.secret);
    expect(principal).not.toBeNull();
    expect(await f.repos.apiKeys.access(principal as never, f.babyId)).toBeNull();
    const listed = await f.repos.apiKeys.list(await f.ownerAccess());
    expect(listed.map((k) => [k.name, k.status])).toEqual([
      ["Fridge", "inactive"],
      ["Home Assistant", "revoked"],
    ]);

    const last = await keyOf(f);
    const { version } = await f.repos.babies.get(await f.ownerAccess());
    await f.repos.babies.remove(await f.ownerAccess(), { version });
    expect(await f.repos.apiKeys.authenticate(last.secret)).toBeNull();
    expect((await dumpTable(f.table)).filter((i) => String(i.PK).startsWith("APIKEY#"))).toEqual([]);
  });

  it("only owners list, make and revoke keys", async () => {
    const f = await family();
    const carer = await f.repos.babies.access(f.carer.userId, f.babyId);
    const refused = { kind: "forbidden", message: "Only the baby's owners can manage its API keys" };
    await expect(f.repos.apiKeys.list(carer)).rejects.toMatchObject(refused);
    await expect(f.repos.apiKeys.create(carer, { name: "Mine", scope: "read" })).rejects.toMatchObject(refused);
    const { key } = await keyOf(f);
    await expect(f.repos.apiKeys.revoke(carer, key.keyId)).rejects.toMatchObject(refused);
  });
});
