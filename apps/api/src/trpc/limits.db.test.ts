import { dumpTable } from "@upnest/db/testing";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createHarness, type Harness } from "../testing/harness.ts";

let h: Harness;
// Hour-long windows, so a test never straddles a window boundary.
beforeAll(async () => {
  h = await createHarness(inject("dynamoEndpoint"), {
    writes: { limit: 5, windowSeconds: 3600 },
    reads: { limit: 8, windowSeconds: 3600 },
  });
});
afterAll(() => h.close());

describe("rate limits per user", () => {
  it("a burst of changes gets TOO_MANY_REQUESTS with Retry-After, and does not limit another user", async () => {
    const busy = await h.user("burst");
    const calm = await h.user("calm");
    const outcomes = [];
    for (let i = 0; i < 7; i++) {
      outcomes.push(
        await busy.client.babies.create.mutate({ name: `B${i}`, dateOfBirth: "2026-01-01", sex: "male" }).then(
          () => "ok",
          (e: { data?: { code: string; retryAfterSeconds: number } }) => e.data,
        ),
      );
    }
    expect(outcomes.slice(0, 5)).toEqual(["ok", "ok", "ok", "ok", "ok"]);
    expect(outcomes[5]).toMatchObject({ code: "TOO_MANY_REQUESTS", retryAfterSeconds: expect.any(Number) });
    // Nothing was created by the refused calls.
    expect((await busy.caller.babies.list()).items).toHaveLength(5);
    // Another user is not affected.
    await expect(
      calm.client.babies.create.mutate({ name: "C", dateOfBirth: "2026-01-01", sex: "female" }),
    ).resolves.toMatchObject({ name: "C" });
    const raw = await fetch(`${h.apiUrl}/trpc/babies.create`, {
      method: "POST",
      headers: { authorization: `Bearer ${busy.tokens.access}`, "content-type": "application/json" },
      body: JSON.stringify({ name: "X", dateOfBirth: "2026-01-01", sex: "male" }),
    });
    expect(raw.status).toBe(429);
    expect(Number(raw.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("the change limit is kept in the table, so it holds across API instances", async () => {
    const user = await h.user("instances");
    // Two callers with separate contexts share only the table, like two Lambda instances.
    const a = await h.callerWith(`Bearer ${user.tokens.access}`);
    const b = await h.callerWith(`Bearer ${user.tokens.access}`);
    const results = [];
    for (let i = 0; i < 6; i++) {
      const caller = i % 2 ? a : b;
      results.push(
        await caller.babies.create({ name: `I${i}`, dateOfBirth: "2026-01-01", sex: "male" }).then(
          () => "ok",
          (e: { code: string }) => e.code,
        ),
      );
    }
    expect(results).toEqual(["ok", "ok", "ok", "ok", "ok", "TOO_MANY_REQUESTS"]);
  });

  it("over the limit, a change that reads first (its membership check runs beside the counter) still writes nothing", async () => {
    const parent = await h.user("reads-first");
    const { babyId } = await parent.caller.babies.create({ name: "R", dateOfBirth: "2026-01-01", sex: "female" });
    for (let i = 0; i < 4; i++)
      await parent.caller.measurements.add({ babyId, measuredOn: "2026-02-01", weightKg: 4 + i / 10 });
    const before = await dumpTable(h.table);
    await expect(
      parent.caller.measurements.add({ babyId, measuredOn: "2026-02-02", weightKg: 5 }),
    ).rejects.toMatchObject({ code: "TOO_MANY_REQUESTS" });
    await expect(
      parent.caller.measurements.update({
        babyId,
        measurementId: (await parent.caller.measurements.list({ babyId })).items[0]!.measurementId,
        version: 1,
        measuredOn: "2026-02-03",
        weightKg: 6,
      }),
    ).rejects.toMatchObject({ code: "TOO_MANY_REQUESTS" });
    expect(await dumpTable(h.table)).toEqual(before);
  });

  it("a flood of reads is refused too", async () => {
    const reader = await h.user("reader");
    const codes = [];
    for (let i = 0; i < 12; i++)
      codes.push(
        await reader.caller.babies.list().then(
          () => "ok",
          (e: { code: string }) => e.code,
        ),
      );
    expect(codes.filter((c) => c === "TOO_MANY_REQUESTS").length).toBeGreaterThan(0);
    expect(codes.slice(0, 7).every((c) => c === "ok")).toBe(true);
  });
});
