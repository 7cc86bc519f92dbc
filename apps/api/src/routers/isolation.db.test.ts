import { dumpTable } from "@upnest/db/testing";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createHarness, type Harness } from "../testing/harness.ts";

let h: Harness;
let alice: Awaited<ReturnType<Harness["user"]>>;
let bob: Awaited<ReturnType<Harness["user"]>>;
let babyId: string;
let measurementId: string;
const MISSING = "01ARZ3NDEKTSV4RRFFQ69G5FAV";
type Caller = Awaited<ReturnType<Harness["user"]>>["caller"];

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
  measurementId = (await alice.caller.measurements.add({ babyId, measuredOn: "2026-02-01", weightKg: 4.1 }))
    .measurementId;
});
afterAll(() => h.close());

/** What Bob tries against Alice's baby, and the same call against ids that exist nowhere. */
const attempts = (baby: string, measurement: string) => ({
  "babies.get": (c: Caller) => c.babies.get({ babyId: baby }),
  "babies.update": (c: Caller) => c.babies.update({ babyId: baby, version: 1, patch: { name: "Mine now" } }),
  "babies.delete": (c: Caller) => c.babies.delete({ babyId: baby, version: 1 }),
  "measurements.list": (c: Caller) => c.measurements.list({ babyId: baby }),
  "measurements.get": (c: Caller) => c.measurements.get({ babyId: baby, measurementId: measurement }),
  "measurements.add": (c: Caller) => c.measurements.add({ babyId: baby, measuredOn: "2026-03-01", weightKg: 5 }),
  "measurements.update": (c: Caller) =>
    c.measurements.update({
      babyId: baby,
      measurementId: measurement,
      version: 1,
      measuredOn: "2026-02-01",
      weightKg: 9,
    }),
  "measurements.delete": (c: Caller) => c.measurements.delete({ babyId: baby, measurementId: measurement, version: 1 }),
});

describe("one family cannot reach another's baby", () => {
  for (const name of Object.keys(attempts("", ""))) {
    it(`${name}: a stranger gets NOT_FOUND, exactly as for ids that do not exist, and nothing changes`, async () => {
      const before = await dumpTable(h.table);
      const onAlices = attempts(babyId, measurementId)[name as keyof ReturnType<typeof attempts>];
      const onNothing = attempts(MISSING, MISSING)[name as keyof ReturnType<typeof attempts>];
      const strangers = await failure(onAlices(bob.caller));
      const missing = await failure(onNothing(bob.caller));
      expect(strangers).toMatchObject({ code: "NOT_FOUND" });
      expect(strangers?.message).toBe(missing?.message);
      expect(await dumpTable(h.table)).toEqual(before);
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
