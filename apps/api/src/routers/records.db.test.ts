import { PutCommand } from "@aws-sdk/lib-dynamodb";
import { createTRPCClient, httpLink, type TRPCClientError } from "@trpc/client";
import { createRepositories } from "@upnest/db";
import { dumpTable, TEST_CURSOR_SECRET } from "@upnest/db/testing";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { startApiServer } from "../entry/server.ts";
import { createHarness, type Harness } from "../testing/harness.ts";
import type { AppRouter } from "./_app.ts";

let h: Harness;
let parent: Awaited<ReturnType<Harness["user"]>>;
const newBaby = () => parent.caller.babies.create({ name: "Ada", dateOfBirth: "2026-01-10", sex: "female" });

beforeAll(async () => {
  h = await createHarness(inject("dynamoEndpoint"));
  parent = await h.user("records");
});
afterAll(() => h.close());

describe("measurements", () => {
  it("two measurements of one baby on the same day are both kept", async () => {
    const { babyId } = await newBaby();
    await parent.caller.measurements.add({ babyId, measuredOn: "2026-03-01", weightKg: 4.5 });
    await parent.caller.measurements.add({ babyId, measuredOn: "2026-03-01", weightKg: 4.6, notes: "after feeding" });
    const { items } = await parent.caller.measurements.list({ babyId });
    expect(items.map((m) => m.weightKg).sort()).toEqual([4.5, 4.6]);
  });

  it("are listed newest first, a page at a time", async () => {
    const { babyId } = await newBaby();
    for (const day of ["2026-02-01", "2026-04-01", "2026-03-01"]) {
      await parent.caller.measurements.add({ babyId, measuredOn: day, headCircumferenceCm: 38 });
    }
    const first = await parent.caller.measurements.list({ babyId, limit: 2 });
    const second = await parent.caller.measurements.list({ babyId, limit: 2, cursor: first.nextCursor ?? "" });
    expect([...first.items, ...second.items].map((m) => m.measuredOn)).toEqual([
      "2026-04-01",
      "2026-03-01",
      "2026-02-01",
    ]);
    const ranged = await parent.caller.measurements.list({ babyId, from: "2026-02-15", to: "2026-03-31" });
    expect(ranged.items.map((m) => m.measuredOn)).toEqual(["2026-03-01"]);
  });

  it("an edit that changes the date keeps the measurement's id and moves it in the list", async () => {
    const { babyId } = await newBaby();
    const m = await parent.caller.measurements.add({
      babyId,
      measuredOn: "2026-02-01",
      lengthCm: 55,
      lengthMethod: "lying",
    });
    const edited = await parent.caller.measurements.update({
      ...m,
      version: m.version,
      measuredOn: "2026-02-03",
      lengthCm: 55.5,
      lengthMethod: "lying",
    });
    expect(edited).toMatchObject({
      measurementId: m.measurementId,
      measuredOn: "2026-02-03",
      lengthCm: 55.5,
      version: 2,
    });
    const { items } = await parent.caller.measurements.list({ babyId });
    expect(items.map((i) => [i.measurementId, i.measuredOn])).toEqual([[m.measurementId, "2026-02-03"]]);
    await expect(
      parent.caller.measurements.update({ ...m, version: 1, measuredOn: "2026-02-04", weightKg: 4 }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await parent.caller.measurements.delete({ babyId, measurementId: m.measurementId, version: 2 });
    expect((await parent.caller.measurements.list({ babyId })).items).toEqual([]);
  });

  it("a double submit with the same idempotency key records one measurement", async () => {
    const { babyId } = await newBaby();
    const input = { babyId, measuredOn: "2026-03-02", weightKg: 4.8, idempotencyKey: "tap-0123456789" };
    const [a, b] = await Promise.all([parent.caller.measurements.add(input), parent.caller.measurements.add(input)]);
    expect(a.measurementId).toBe(b.measurementId);
    expect((await parent.caller.measurements.list({ babyId })).items).toHaveLength(1);
    await expect(parent.caller.measurements.add({ ...input, weightKg: 5 })).rejects.toMatchObject({ code: "CONFLICT" });
  });
});

describe("records written by the previous release", () => {
  it("a measurement stored with its id-index entry and babyId is still read, edited to a new date and deleted", async () => {
    const { babyId } = await newBaby();
    const measurementId = "01JAAAAAAAAAAAAAAAAAAAAAAA";
    const now = "2026-03-01T10:00:00.000Z";
    // The item as the previous release wrote it (RID for the byRecordId index, babyId repeated).
    await h.table.db.send(
      new PutCommand({
        TableName: h.table.tableName,
        Item: {
          PK: `BABY#${babyId}`,
          SK: `MEAS#2026-03-01#${measurementId}`,
          RID: `MEAS#${measurementId}`,
          type: "measurement",
          measurementId,
          babyId,
          measuredOn: "2026-03-01",
          weightKg: 4.4,
          createdBy: parent.userId,
          createdAt: now,
          updatedAt: now,
          version: 1,
        },
      }),
    );
    await parent.caller.measurements.add({ babyId, measuredOn: "2026-03-02", weightKg: 4.5 });
    expect(await parent.caller.measurements.get({ babyId, measurementId })).toMatchObject({
      measurementId,
      babyId,
      weightKg: 4.4,
      version: 1,
    });
    const moved = await parent.caller.measurements.update({
      babyId,
      measurementId,
      version: 1,
      measuredOn: "2026-03-03",
      weightKg: 4.45,
    });
    expect(moved).toMatchObject({ measurementId, babyId, measuredOn: "2026-03-03", version: 2 });
    expect(
      (await parent.caller.measurements.list({ babyId })).items.map((m) => [
        m.measurementId === measurementId,
        m.measuredOn,
      ]),
    ).toEqual([
      [true, "2026-03-03"],
      [false, "2026-03-02"],
    ]);
    await parent.caller.measurements.delete({ babyId, measurementId, version: 2 });
    await expect(parent.caller.measurements.get({ babyId, measurementId })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect((await parent.caller.measurements.list({ babyId })).items).toHaveLength(1);
  });
});

describe("babies", () => {
  it("two concurrent updates with the same version: one wins, the other gets CONFLICT", async () => {
    const baby = await newBaby();
    const results = await Promise.allSettled([
      parent.caller.babies.update({ babyId: baby.babyId, version: 1, patch: { name: "Ada Lovelace" } }),
      parent.caller.babies.update({ babyId: baby.babyId, version: 1, patch: { name: "Ada King" } }),
    ]);
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r) => r.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost[0]?.reason).toMatchObject({ code: "CONFLICT" });
    const saved = await parent.caller.babies.get({ babyId: baby.babyId });
    expect(saved.version).toBe(2);
    expect(saved.name).toBe((won[0] as PromiseFulfilledResult<{ name: string }>).value.name);
    const listed = (await parent.caller.babies.list()).items.find((b) => b.babyId === baby.babyId);
    expect(listed?.name).toBe(saved.name);
  });

  it("an edit can clear gestational age, and a stale edit is a CONFLICT that changes nothing", async () => {
    const baby = await parent.caller.babies.create({
      name: "Bea",
      dateOfBirth: "2026-01-10",
      sex: "female",
      gestationalAgeWeeks: 33,
    });
    const cleared = await parent.caller.babies.update({
      babyId: baby.babyId,
      version: 1,
      patch: { gestationalAgeWeeks: null },
    });
    expect(cleared.gestationalAgeWeeks).toBeUndefined();
    const before = await dumpTable(h.table);
    await expect(
      parent.caller.babies.update({ babyId: baby.babyId, version: 1, patch: { name: "Old" } }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await dumpTable(h.table)).toEqual(before);
  });

  it("an edit moves the family's time zone (a family that moved sees its days on the new clock)", async () => {
    const baby = await parent.caller.babies.create({
      name: "Dee",
      dateOfBirth: "2026-01-10",
      sex: "female",
      timeZone: "Europe/Madrid",
    });
    const moved = await parent.caller.babies.update({
      babyId: baby.babyId,
      version: 1,
      patch: { timeZone: "America/New_York" },
    });
    expect(moved.timeZone).toBe("America/New_York");
    expect((await parent.caller.babies.get({ babyId: baby.babyId })).timeZone).toBe("America/New_York");
  });

  it("a retried create with the same idempotency key creates one baby", async () => {
    const input = { name: "Cy", dateOfBirth: "2026-02-01", sex: "male" as const, idempotencyKey: "create-cy-0001" };
    const a = await parent.caller.babies.create(input);
    const b = await parent.caller.babies.create(input);
    expect(b.babyId).toBe(a.babyId);
    expect((await parent.caller.babies.list()).items.filter((x) => x.name === "Cy")).toHaveLength(1);
  });

  it("deleting a baby removes its profile, memberships and measurements", async () => {
    const baby = await newBaby();
    await parent.caller.measurements.add({ babyId: baby.babyId, measuredOn: "2026-03-01", weightKg: 4 });
    await parent.caller.babies.delete({ babyId: baby.babyId, version: 1 });
    await expect(parent.caller.babies.get({ babyId: baby.babyId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const left = (await dumpTable(h.table)).filter(
      (i) => String(i.PK).includes(baby.babyId) || String(i.SK).includes(baby.babyId),
    );
    expect(left).toEqual([]);
  });
});

describe("profile", () => {
  it("a parent changes units and timezone; a stale version is a CONFLICT", async () => {
    const me = await parent.caller.users.me();
    const updated = await parent.caller.users.updateProfile({
      version: me.version,
      units: "imperial",
      timezone: "Europe/Paris",
    });
    expect(updated).toMatchObject({ units: "imperial", timezone: "Europe/Paris", version: me.version + 1 });
    await expect(parent.caller.users.updateProfile({ version: me.version, displayName: "X" })).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });
});

describe("errors", () => {
  it("an internal failure answers a generic message with a request id, and logs the detail", async () => {
    const broken = createRepositories({ db: h.table.db, tableName: "no-such-table", cursorSecret: TEST_CURSOR_SECRET });
    const server = await startApiServer({ ...h.services, repos: broken }, { origins: [] });
    try {
      const client = createTRPCClient<AppRouter>({
        links: [httpLink({ url: `${server.url}/trpc`, headers: { authorization: `Bearer ${parent.tokens.access}` } })],
      });
      const error = await client.babies.list.query().then(
        () => null,
        (e: TRPCClientError<AppRouter>) => e,
      );
      expect(error?.data?.code).toBe("INTERNAL_SERVER_ERROR");
      expect(error?.message).toBe("Something went wrong on our side. Please try again.");
      expect(JSON.stringify(error?.shape)).not.toMatch(/no-such-table|ResourceNotFound|dynamo|\bat \w+ \(/i);
      const requestId = error?.data?.requestId;
      expect(requestId).toBeTruthy();
      const logged = h.logLines.find((l) => l.requestId === requestId && l.level === "error");
      expect(String(logged?.error)).toMatch(/ResourceNotFound|non-existent table/i);
    } finally {
      await server.close();
    }
  });

  it("a missing baby says so in words, without internals", async () => {
    const error = await parent.client.babies.get.query({ babyId: "01ARZ3NDEKTSV4RRFFQ69G5FAV" }).then(
      () => null,
      (e: TRPCClientError<AppRouter>) => e,
    );
    expect(error?.data?.code).toBe("NOT_FOUND");
    expect(error?.message).toBe("Baby not found");
  });
});
