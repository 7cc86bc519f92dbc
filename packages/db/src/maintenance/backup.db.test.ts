import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PutItemCommand, ScanCommand } from "@aws-sdk/client-dynamodb";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { createDocumentClient, type DocClient } from "../core/client.ts";
import { createRepositories, type Repositories } from "../repositories/index.ts";
import { authStorage, userIdForEmail } from "../sign-in/auth-storage.ts";
import { createTestTable, TEST_CURSOR_SECRET, type TestTable } from "../testing/index.ts";
import { backupToFile } from "./backup.ts";
import { restoreFromFile, TableNotEmptyError } from "./restore.ts";

const dir = mkdtempSync(join(tmpdir(), "upnest-backup-"));
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
type People = { userId: string; email: string }[];

/** Two families' worth of data written through the repositories, plus one raw item with a binary and a set. */
async function populate(table: TestTable): Promise<{ people: People; babyIds: string[] }> {
  const { repos, db, tableName } = table;
  const people: People = [];
  for (const name of ["ada", "ben"]) {
    const email = `${name}-${randomBytes(3).toString("hex")}@example.com`;
    const userId = await userIdForEmail(db, tableName, email);
    await repos.users.getOrCreate(userId, email);
    people.push({ userId, email });
  }
  const [ada, ben] = people as [People[0], People[0]];
  const first = await repos.babies.create(ada.userId, { name: "Noa", dateOfBirth: daysAgo(300), sex: "female" });
  const second = await repos.babies.create(ada.userId, { name: "Eli", dateOfBirth: daysAgo(30), sex: "male" });
  const third = await repos.babies.create(ben.userId, { name: "Mia", dateOfBirth: daysAgo(100), sex: "female" });
  const adaFirst = await repos.babies.access(ada.userId, first.babyId);
  for (let i = 0; i < 40; i++) {
    await repos.measurements.add(adaFirst, {
      measuredOn: daysAgo(290 - i * 7),
      weightKg: 3.4 + i * 0.15,
      lengthCm: 50 + i * 0.5,
      lengthMethod: "lying",
    });
  }
  await repos.measurements.add(await repos.babies.access(ben.userId, third.babyId), {
    measuredOn: daysAgo(50),
    headCircumferenceCm: 38.5,
    notes: "clinic visit",
  });
  await repos.vaccinations.add(adaFirst, {
    dateGiven: daysAgo(240),
    cvx: "20",
    lotNumber: "A1",
  });
  await repos.vaccinations.add(adaFirst, { dateGiven: daysAgo(180), cvx: "110" });
  await repos.milestones.mark(adaFirst, { milestoneId: "m2-smiles", achievedOn: daysAgo(230) });
  await repos.milestones.addCustom(adaFirst, { title: "First swim", achievedOn: daysAgo(20) });
  const invite = await repos.caregivers.invite(adaFirst, {
    role: "caregiver",
    validForHours: 48,
  });
  await repos.caregivers.accept(ben.userId, invite.token);
  await repos.caregivers.invite(await repos.babies.access(ada.userId, second.babyId), {
    role: "viewer",
    validForHours: 48,
  }); // stays pending
  await db.send(
    new PutItemCommand({
      TableName: tableName,
      Item: {
        PK: { S: "RAW#1" },
        SK: { S: "RAW" },
        bytes: { B: new Uint8Array([0, 1, 254, 255]) },
        tags: { SS: ["a", "b"] },
        big: { N: "12345678901234567890.5" },
      },
    }),
  );
  return { people, babyIds: [first.babyId, second.babyId, third.babyId] };
}

/** Every repository read each person can make, pages followed to the end; cursors (sealed with a random IV) reduced to "there is more". */
async function everyRead(repos: Repositories, { people, babyIds }: { people: People; babyIds: string[] }) {
  const all = async <T>(read: (cursor?: string) => Promise<{ items: T[]; nextCursor: string | null }>) => {
    const items: T[] = [];
    let cursor: string | undefined;
    do {
      const page = await read(cursor);
      items.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return items;
  };
  const settle = <T>(p: Promise<T>) =>
    p.then(
      (value) => ({ value }),
      (error: Error) => ({ error: error.message }),
    );
  const out: Record<string, unknown> = {};
  for (const { userId, email } of people) {
    out[`${userId} profile`] = await repos.users.getOrCreate(userId, email);
    out[`${userId} babies`] = await all((cursor) => repos.babies.list(userId, { limit: 1, cursor }));
    for (const babyId of babyIds) {
      // Every read of a baby's data takes the membership check's Access (a stranger's fails there).
      const access = () => repos.babies.access(userId, babyId);
      out[`${userId} ${babyId}`] = {
        baby: await settle(access().then((a) => repos.babies.get(a))),
        measurements: await settle(
          access().then((a) => all((cursor) => repos.measurements.list(a, { limit: 7, cursor }))),
        ),
        measurementsInRange: await settle(
          access()
            .then((a) => repos.measurements.list(a, { from: daysAgo(200), to: daysAgo(100), limit: 100 }))
            .then((p) => p.items),
        ),
        members: await settle(access().then((a) => repos.caregivers.members(a, { limit: 50 }))),
        invitations: await settle(access().then((a) => repos.caregivers.invitations(a, { limit: 50 }))),
        vaccinations: await settle(access().then((a) => repos.vaccinations.all(a))),
        milestones: await settle(access().then((a) => repos.milestones.all(a))),
        audit: await settle(access().then((a) => all((cursor) => repos.audit.list(a, { limit: 10, cursor })))),
      };
    }
  }
  return out;
}

async function rawItems(db: DocClient, tableName: string) {
  const out = await db.send(new ScanCommand({ TableName: tableName, ConsistentRead: true }));
  return (out.Items ?? []).sort((a, b) => `${a.PK?.S}|${a.SK?.S}`.localeCompare(`${b.PK?.S}|${b.SK?.S}`));
}

/** A fresh table name on the same engine; the restore creates it through the migrations. */
function emptyTarget(options: Parameters<typeof createDocumentClient>[1] = {}) {
  const tableName = `upnest-restore-${randomBytes(6).toString("hex")}`;
  const db = createDocumentClient({ tableName, endpoint: inject("dynamoEndpoint") }, options);
  // A profile re-created on read (instead of restored) would show a later createdAt.
  return { tableName, db, repos: createRepositories({ db, tableName, cursorSecret: TEST_CURSOR_SECRET }) };
}

describe("backup and restore", () => {
  let source: TestTable;
  let seeded: Awaited<ReturnType<typeof populate>>;
  let file: string;
  let backedUp: number;

  beforeAll(async () => {
    source = await createTestTable(inject("dynamoEndpoint"));
    seeded = await populate(source);
    file = join(dir, "source.jsonl");
    // Small pages and several segments, so the backup crosses page and segment boundaries.
    backedUp = (await backupToFile({ db: source.db, tableName: source.tableName, file, totalSegments: 3, pageSize: 7 }))
      .items;
  });

  it("writes every item of the table, one JSON line each", async () => {
    const lines = readFileSync(file, "utf8").trim().split("\n");
    expect(lines.length).toBe((await rawItems(source.db, source.tableName)).length);
    expect(backedUp).toBe(lines.length);
    expect(backedUp).toBeGreaterThan(100); // 40+ measurements, their audit events, profiles, memberships, sign-in ids
  });

  it("restores into a new table so that every repository read answers as before", async () => {
    const target = emptyTarget();
    const result = await restoreFromFile({ db: target.db, tableName: target.tableName, file });
    expect(result).toEqual({ items: backedUp, createdTable: true });
    const before = await everyRead(source.repos, seeded);
    expect(before[`${seeded.people[0]?.userId} ${seeded.babyIds[0]}`]).toMatchObject({
      measurements: { value: expect.arrayContaining([expect.anything()]) },
    });
    expect(await everyRead(target.repos, seeded)).toEqual(before);
    // Byte for byte, including a binary, a string set and a number beyond double precision.
    expect(await rawItems(target.db, target.tableName)).toEqual(await rawItems(source.db, source.tableName));
  });

  it("resends the items DynamoDB leaves unprocessed", async () => {
    let throttled = 0;
    const target = emptyTarget();
    // Fault injection in front of the real engine: each batch's first attempt gets only half its items through.
    const seen = new WeakSet<object>();
    target.db.middlewareStack.add(
      (next) => async (args) => {
        // Only BatchWriteItem inputs have RequestItems; a batch already cut once (a retry) goes through whole.
        const input = args.input as { RequestItems?: Record<string, unknown[]> };
        const requests = input.RequestItems?.[target.tableName];
        if (!requests || requests.length < 2 || seen.has(requests)) return next(args);
        const kept = requests.slice(0, Math.ceil(requests.length / 2));
        const dropped = requests.slice(kept.length);
        seen.add(dropped);
        throttled += dropped.length;
        const result = await next({ ...args, input: { ...input, RequestItems: { [target.tableName]: kept } } });
        (result.output as { UnprocessedItems?: unknown }).UnprocessedItems = { [target.tableName]: dropped };
        return result;
      },
      { step: "initialize", name: "dropHalfOnce" },
    );
    await restoreFromFile({ db: target.db, tableName: target.tableName, file, baseDelayMs: 1 });
    expect(throttled).toBeGreaterThan(0);
    expect(await rawItems(target.db, target.tableName)).toEqual(await rawItems(source.db, source.tableName));
  });

  it("refuses a table that already holds data, and writes nothing to it", async () => {
    const other = await createTestTable(inject("dynamoEndpoint"));
    const email = "someone@example.com";
    await other.repos.users.getOrCreate(await userIdForEmail(other.db, other.tableName, email), email);
    const itemsBefore = await rawItems(other.db, other.tableName);
    await expect(restoreFromFile({ db: other.db, tableName: other.tableName, file })).rejects.toBeInstanceOf(
      TableNotEmptyError,
    );
    expect(await rawItems(other.db, other.tableName)).toEqual(itemsBefore);
    // A table the migrations made (and nothing else wrote to) is still empty, and takes the restore.
    const migratedOnly = await createTestTable(inject("dynamoEndpoint"));
    await expect(
      restoreFromFile({ db: migratedOnly.db, tableName: migratedOnly.tableName, file }),
    ).resolves.toMatchObject({ items: backedUp, createdTable: false });
  });
});

describe("a backup carries no sign-in secrets", () => {
  it("leaves out keys, refresh tokens and authorization codes; keeps password hashes so accounts restore", async () => {
    const table = await createTestTable(inject("dynamoEndpoint"));
    const email = `kim-${randomBytes(3).toString("hex")}@example.com`;
    const userId = await userIdForEmail(table.db, table.tableName, email);
    await table.repos.users.getOrCreate(userId, email);
    // What OpenAuth writes (keys only in a table from before they came from configuration).
    const storage = authStorage(table.db, table.tableName);
    const key = { id: "k1", alg: "ES256", publicKey: "pub", privateKey: "-----BEGIN PRIVATE KEY-----x", created: 1 };
    await storage.set(["signing:key", "k1"], key);
    await storage.set(["encryption:key", "e1"], { ...key, id: "e1" });
    await storage.set(["oauth:key", "old"], { ...key, id: "old" });
    await storage.set(["oauth:refresh", `user:${userId}`, "refresh-token-secret"], { subject: `user:${userId}` });
    await storage.set(["oauth:code", "authorization-code-secret"], { redirectURI: "https://app.example.com" });
    await storage.set(["email", email, "password"], { hash: "scrypt-hash", salt: "salt" });
    await storage.set(["email", email, "subject"], `user:${userId}`);

    const file = join(dir, "secrets.jsonl");
    const result = await backupToFile({ db: table.db, tableName: table.tableName, file });
    const text = readFileSync(file, "utf8");
    expect(result.skippedSecrets).toBe(5);
    for (const secret of ["PRIVATE KEY", "refresh-token-secret", "authorization-code-secret", "signing:key"])
      expect(text).not.toContain(secret);
    expect(text).toContain("scrypt-hash");
    expect(result.items).toBe(text.trim().split("\n").length);

    const target = emptyTarget();
    await restoreFromFile({ db: target.db, tableName: target.tableName, file });
    const restored = authStorage(target.db, target.tableName);
    expect(await restored.get(["email", email, "password"])).toEqual({ hash: "scrypt-hash", salt: "salt" });
    expect(await restored.get(["oauth:refresh", `user:${userId}`, "refresh-token-secret"])).toBeUndefined();
    expect(await target.repos.users.getOrCreate(userId, email)).toMatchObject({ userId, email });
  });
});
