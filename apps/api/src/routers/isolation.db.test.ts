import { dumpTable } from "@upnest/db/testing";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { KEY_PROCEDURES } from "../integrations/allowed.ts";
import { createHarness, type Harness } from "../testing/harness.ts";
import {
  HAND_PROCEDURES,
  procedureOf,
  REGISTRY_PROCEDURES,
  type RecordIds,
  seedEveryType,
} from "../testing/registry-procedures.ts";

let h: Harness;
let alice: Awaited<ReturnType<Harness["user"]>>;
let bob: Awaited<ReturnType<Harness["user"]>>;
let babyId: string;
let records: RecordIds;
const MISSING = "01ARZ3NDEKTSV4RRFFQ69G5FAV";
type Caller = Awaited<ReturnType<Harness["user"]>>["caller"];
let keyCaller: Caller;

/** The error a call fails with (or null if it succeeded). */
const failure = (call: Promise<unknown>) =>
  call.then(
    () => null,
    (e: unknown) => e as { code: string; message: string },
  );

beforeAll(async () => {
  h = await createHarness(inject("dynamoEndpoint"));
  alice = await h.user("alice");
  bob = await h.user("bob");
  const baby = await alice.caller.babies.create({ name: "Ada", dateOfBirth: "2026-01-10", sex: "female" });
  babyId = baby.babyId;
  // A record of every registry type and a running feeding timer.
  records = await seedEveryType(h.services.repos, await h.services.repos.babies.access(alice.userId, babyId));
  await alice.caller.timers.start({ babyId, kind: "feeding", timeZone: "Europe/Madrid", side: "left" });
  const aliceKey = await alice.caller.apiKeys.create({ babyId, name: "Alice's hub", scope: "read-write" });
  records.records.apiKey = aliceKey.key.keyId;
  // Carol's own baby and a read-write key of it: a key principal, a stranger to every other baby.
  const carol = await h.user("carol");
  const hers = await carol.caller.babies.create({ name: "Cy", dateOfBirth: "2026-01-01", sex: "male" });
  const key = await carol.caller.apiKeys.create({ babyId: hers.babyId, name: "Carol's hub", scope: "read-write" });
  keyCaller = await h.callerWith(`Bearer ${key.secret}`);
});
afterAll(() => h.close());

/**
 * What Bob tries against Alice's baby, and the same call against ids that exist nowhere: every procedure of the
 * record registry (built from each type's example), and the baby's and the care log's own.
 */
const attempts = (ids: RecordIds): Record<string, (c: Caller) => Promise<unknown>> => ({
  ...Object.fromEntries(
    Object.entries(REGISTRY_PROCEDURES).map(([path, p]) => [path, (c: Caller) => procedureOf(c, path)(p.input(ids))]),
  ),
  ...Object.fromEntries(
    Object.entries(HAND_PROCEDURES).map(([path, p]) => [path, (c: Caller) => procedureOf(c, path)(p.input(ids))]),
  ),
  "babies.get": (c) => c.babies.get({ babyId: ids.babyId }),
  "babies.update": (c) => c.babies.update({ babyId: ids.babyId, version: 1, patch: { name: "Mine now" } }),
  "babies.delete": (c) => c.babies.delete({ babyId: ids.babyId, version: 1 }),
  "care.day": (c) => c.care.day({ babyId: ids.babyId }),
  "care.range": (c) => c.care.range({ babyId: ids.babyId, from: "2026-02-01", to: "2026-02-07" }),
  "care.changes": (c) => c.care.changes({ babyId: ids.babyId }),
  "care.zone": (c) => c.care.zone({ babyId: ids.babyId }),
  "health.overview": (c) => c.health.overview({ babyId: ids.babyId }),
  "vaccinations.status": (c) => c.vaccinations.status({ babyId: ids.babyId }),
  "vaccinations.overview": (c) => c.vaccinations.overview({ babyId: ids.babyId }),
  "vaccinations.addVisit": (c) =>
    c.vaccinations.addVisit({ babyId: ids.babyId, dateGiven: "2026-03-10", doses: [{ cvx: "20" }, { cvx: "10" }] }),
  "timers.list": (c) => c.timers.list({ babyId: ids.babyId }),
  "timers.start": (c) => c.timers.start({ babyId: ids.babyId, kind: "sleep", timeZone: "Europe/Madrid" }),
  "timers.switchSide": (c) => c.timers.switchSide({ babyId: ids.babyId, kind: "feeding", version: 1, side: "right" }),
  "timers.stop": (c) => c.timers.stop({ babyId: ids.babyId, kind: "feeding", version: 1 }),
  "timers.cancel": (c) => c.timers.cancel({ babyId: ids.babyId, kind: "feeding", version: 1 }),
  "report.data": (c) => c.report.data({ babyId: ids.babyId, from: "2026-01-10", to: "2026-12-31" }),
  "reminders.upcoming": (c) => c.reminders.upcoming({ babyId: ids.babyId }),
  // API keys (owners, on the web) and the REST operations an integration calls with one.
  "apiKeys.list": (c) => c.apiKeys.list({ babyId: ids.babyId }),
  "apiKeys.create": (c) => c.apiKeys.create({ babyId: ids.babyId, name: "Mine now", scope: "read-write" }),
  "apiKeys.revoke": (c) => c.apiKeys.revoke({ babyId: ids.babyId, keyId: ids.records.apiKey ?? MISSING }),
  "integrations.addFeeding": (c) =>
    c.integrations.addFeeding({
      babyId: ids.babyId,
      method: "bottle",
      amountMl: 90,
      startedAt: "2026-02-01T10:00:00Z",
    }),
  "integrations.addDiaper": (c) => c.integrations.addDiaper({ babyId: ids.babyId, contents: "wet" }),
  "integrations.addMeasurement": (c) =>
    c.integrations.addMeasurement({ babyId: ids.babyId, measuredOn: "2026-02-01", weightKg: 4 }),
  "integrations.lastFeedings": (c) => c.integrations.lastFeedings({ babyId: ids.babyId, limit: 5 }),
  "integrations.lastDiapers": (c) => c.integrations.lastDiapers({ babyId: ids.babyId, limit: 5 }),
  "integrations.lastSleeps": (c) => c.integrations.lastSleeps({ babyId: ids.babyId, limit: 5 }),
  "integrations.lastMeasurements": (c) => c.integrations.lastMeasurements({ babyId: ids.babyId, limit: 5 }),
});
const nowhere: RecordIds = {
  babyId: MISSING,
  records: Object.fromEntries(Object.values(REGISTRY_PROCEDURES).map((p) => [p.definition.kind, MISSING])),
};

describe("one family cannot reach another's baby", () => {
  for (const name of Object.keys(attempts(nowhere))) {
    it(`${name}: a stranger gets NOT_FOUND, exactly as for ids that do not exist, and nothing changes`, async () => {
      const before = await dumpTable(h.table);
      const onAlices = attempts(records)[name];
      const onNothing = attempts(nowhere)[name];
      if (!onAlices || !onNothing) throw new Error(`no attempt ${name}`);
      const strangers = await failure(onAlices(bob.caller));
      const missing = await failure(onNothing(bob.caller));
      expect(strangers).toMatchObject({ code: "NOT_FOUND" });
      expect(strangers?.message).toBe(missing?.message);
      expect(await dumpTable(h.table)).toEqual(before);
    });
  }

  // A key may call only its allowlist; on any other baby those are NOT_FOUND as for a stranger, the rest FORBIDDEN.
  for (const name of Object.keys(attempts(nowhere))) {
    const want = KEY_PROCEDURES.has(name) ? "NOT_FOUND" : "FORBIDDEN";
    it(`${name}: an API key of another baby gets ${want}, the same as for ids that do not exist, and nothing changes`, async () => {
      // The key's own last use (noted at most once a minute, whatever the answer) is not the family's data.
      const unchanged = async () => (await dumpTable(h.table)).map(({ lastUsedAt: _, ...item }) => item);
      const before = await unchanged();
      const onAlices = attempts(records)[name];
      const onNothing = attempts(nowhere)[name];
      if (!onAlices || !onNothing) throw new Error(`no attempt ${name}`);
      const byKey = await failure(onAlices(keyCaller));
      expect(byKey).toMatchObject({ code: want });
      expect(byKey?.message).toBe((await failure(onNothing(keyCaller)))?.message);
      expect(await unchanged()).toEqual(before);
    });
  }

  it("a stranger's list of babies does not include Alice's baby", async () => {
    expect((await bob.caller.babies.list()).items).toEqual([]);
    expect((await alice.caller.babies.list()).items.map((b) => b.babyId)).toEqual([babyId]);
  });

  it("Alice's cursor is useless to Bob, and a forged cursor is refused", async () => {
    await alice.caller.measurements.add({ babyId, measuredOn: "2026-02-02", weightKg: 4.2 });
    const page = await alice.caller.measurements.list({ babyId, limit: 1 });
    expect(page.nextCursor).toBeTruthy();
    const cursor = page.nextCursor ?? "";
    const bobsBaby = await bob.caller.babies.create({ name: "Bo", dateOfBirth: "2026-01-01", sex: "male" });
    await expect(bob.caller.measurements.list({ babyId: bobsBaby.babyId, cursor })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    // One character in the middle changed (its six bits all count, unlike a last character's padding bits), so the
    // forgery always differs from the sealed cursor.
    const at = Math.floor(cursor.length / 2);
    const forged = `${cursor.slice(0, at)}${cursor[at] === "A" ? "B" : "A"}${cursor.slice(at + 1)}`;
    await expect(alice.caller.measurements.list({ babyId, cursor: forged })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    // The same cursor replayed against another query of Alice's own is refused too.
    await expect(alice.caller.measurements.list({ babyId, cursor, from: "2026-01-01" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    const next = await alice.caller.measurements.list({ babyId, limit: 1, cursor });
    expect(next.items).toHaveLength(1);
  });
});
