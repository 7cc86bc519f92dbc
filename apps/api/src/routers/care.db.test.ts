/**
 * The care log through the API: shared timers between two caregivers, the family's day in its own zone
 * (across daylight-saving changes, and for a caregiver whose phone is elsewhere), the shared timeline's types
 * kept apart, and the cheap change marker a live page polls.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createHarness, type Harness } from "../testing/harness.ts";

let h: Harness;
type User = Awaited<ReturnType<Harness["user"]>>;
let mum: User;
let dad: User;
let nan: User;
let babyId: string;
const failure = (call: Promise<unknown>) =>
  call.then(
    () => null,
    (e: { code?: string; message?: string; data?: unknown }) => e,
  );
const ago = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();
const NY = "America/New_York";

beforeAll(async () => {
  h = await createHarness(inject("dynamoEndpoint"));
  [mum, dad, nan] = await Promise.all([h.user("care-mum"), h.user("care-dad"), h.user("care-nan")]);
  ({ babyId } = await mum.caller.babies.create({
    name: "Ivy",
    dateOfBirth: "2026-01-05",
    sex: "female",
    timeZone: NY,
  }));
  const asCaregiver = await mum.caller.caregivers.invite({ babyId, role: "caregiver" });
  await dad.caller.caregivers.accept({ token: asCaregiver.token });
  const asViewer = await mum.caller.caregivers.invite({ babyId, role: "viewer" });
  await nan.caller.caregivers.accept({ token: asViewer.token });
});
afterAll(() => h.close());

describe("shared timers", () => {
  it("one caregiver starts a feeding, the other sees it, switches side and stops it: one feeding is recorded", async () => {
    const started = await mum.caller.timers.start({
      babyId,
      kind: "feeding",
      timeZone: NY,
      side: "left",
      startedAt: ago(20),
    });
    expect(
      await failure(dad.caller.timers.start({ babyId, kind: "feeding", timeZone: NY, side: "right" })),
    ).toMatchObject({
      code: "CONFLICT",
      message: "A feeding timer is already running",
    });
    const seen = await dad.caller.care.day({ babyId });
    expect(seen.timers).toEqual([expect.objectContaining({ kind: "feeding", side: "left", startedBy: mum.userId })]);
    expect(await failure(nan.caller.timers.stop({ babyId, kind: "feeding", version: 1 }))).toMatchObject({
      code: "FORBIDDEN",
    });

    const switched = await dad.caller.timers.switchSide({
      babyId,
      kind: "feeding",
      version: started.version,
      side: "right",
    });
    expect(switched.leftSeconds).toBeGreaterThanOrEqual(20 * 60 - 5);
    // Mum's phone still shows version 1: her stop is refused, not applied twice.
    expect(await failure(mum.caller.timers.stop({ babyId, kind: "feeding", version: 1 }))).toMatchObject({
      code: "CONFLICT",
    });
    const stop = { babyId, kind: "feeding" as const, version: switched.version, idempotencyKey: "stop-feeding-1" };
    const [a, b] = [await dad.caller.timers.stop(stop), await dad.caller.timers.stop(stop)];
    expect(a).toEqual(b);
    expect(a).toMatchObject({
      kind: "feedings",
      record: { method: "breast", side: "both", lastSide: "right", timeZone: NY },
    });
    const feeding = a.record as { leftSeconds: number; rightSeconds: number; feedingId: string };
    expect(feeding.leftSeconds).toBeGreaterThanOrEqual(20 * 60 - 5);
    expect(feeding.rightSeconds).toBeLessThan(60);

    const after = await mum.caller.care.day({ babyId });
    expect(after.timers).toEqual([]);
    expect(after.entries.filter((e) => e.kind === "feedings")).toHaveLength(1);
    expect(await mum.caller.feedings.get({ babyId, feedingId: feeding.feedingId })).toMatchObject({ side: "both" });
  });

  it("a timer left running far longer than its kind lasts is not saved with now as its end", async () => {
    const running = await mum.caller.timers.start({ babyId, kind: "tummyTime", timeZone: NY, startedAt: ago(5 * 60) });
    const refused = await failure(dad.caller.timers.stop({ babyId, kind: "tummyTime", version: running.version }));
    expect(refused).toMatchObject({
      code: "BAD_REQUEST",
      message: "This timer ran much longer than usual: enter when it ended",
    });
    const saved = await dad.caller.timers.stop({
      babyId,
      kind: "tummyTime",
      version: running.version,
      endedAt: ago(5 * 60 - 15),
    });
    expect(saved.record).toMatchObject({ durationSeconds: 15 * 60 });
    const discard = await mum.caller.timers.start({ babyId, kind: "pumping", timeZone: NY });
    await dad.caller.timers.cancel({ babyId, kind: "pumping", version: discard.version });
    expect(await mum.caller.timers.list({ babyId })).toEqual([]);
  });

  it("a sleep timer records a nap or the night's sleep from the family's clock", async () => {
    const sleep = await dad.caller.timers.start({ babyId, kind: "sleep", timeZone: NY, startedAt: ago(90) });
    const entry = await mum.caller.timers.stop({ babyId, kind: "sleep", version: sleep.version, sleepKind: "nap" });
    expect(entry).toMatchObject({ kind: "sleeps", record: { kind: "nap", startedAt: sleep.startedAt } });
  });
});

describe("the family's day", () => {
  let dst: string;
  beforeAll(async () => {
    ({ babyId: dst } = await mum.caller.babies.create({
      name: "Ned",
      dateOfBirth: "2026-02-01",
      sex: "male",
      timeZone: NY,
    }));
    // Clocks in New York go from 02:00 to 03:00 on 8 March 2026: 01:00–04:00 on the clock is 2 real hours.
    await mum.caller.sleeps.add({
      babyId: dst,
      startedAt: "2026-03-08T06:00:00.000Z",
      endedAt: "2026-03-08T08:00:00.000Z",
      timeZone: NY,
      kind: "night",
    });
    // 23:30 on 7 March in New York is already 8 March in UTC; 23:30 on 8 March is 9 March in UTC.
    await mum.caller.diapers.add({ babyId: dst, at: "2026-03-08T04:30:00.000Z", timeZone: NY, contents: "wet" });
    await mum.caller.diapers.add({ babyId: dst, at: "2026-03-09T03:30:00.000Z", timeZone: NY, contents: "dirty" });
    await mum.caller.careNotes.add({ babyId: dst, at: "2026-03-09T04:30:00.000Z", timeZone: NY, text: "Next day" });
  });

  it("is a day on the baby's clocks, 23 hours long when they spring forward, with the evening before", async () => {
    const day = await mum.caller.care.day({ babyId: dst, day: "2026-03-08" });
    expect(day).toMatchObject({
      day: "2026-03-08",
      timeZone: NY,
      start: "2026-03-08T05:00:00.000Z",
      end: "2026-03-09T04:00:00.000Z",
    });
    expect(day.entries.map((e) => e.kind)).toEqual(["diapers", "sleeps", "diapers"]);
    const [late, sleep, evening] = day.entries.map((e) => e.record as unknown as Record<string, string>);
    expect(late?.contents).toBe("dirty");
    expect(Date.parse(String(sleep?.endedAt)) - Date.parse(String(sleep?.startedAt))).toBe(2 * 3600_000);
    expect(evening?.at).toBe("2026-03-08T04:30:00.000Z");
  });

  it("is the family's day for a caregiver whose own profile is in another zone", async () => {
    const me = await dad.caller.users.me();
    await dad.caller.users.updateProfile({ version: me.version, timezone: "Asia/Tokyo" });
    const seen = await dad.caller.care.day({ babyId, day: "2026-03-08" });
    expect(seen).toMatchObject({ timeZone: NY, start: "2026-03-08T05:00:00.000Z" });
  });

  it("pages a range of days, and each type's list and lookups see only that type", async () => {
    const first = await mum.caller.care.range({ babyId: dst, from: "2026-03-08", to: "2026-03-09", limit: 2 });
    expect(first.items).toHaveLength(2);
    const rest = await mum.caller.care.range({
      babyId: dst,
      from: "2026-03-08",
      to: "2026-03-09",
      limit: 2,
      cursor: first.nextCursor ?? "",
    });
    expect([...first.items, ...rest.items].map((e) => e.kind)).toEqual(["careNotes", "diapers", "sleeps"]);
    const diapers = await mum.caller.diapers.list({ babyId: dst });
    expect(diapers.items.map((d) => d.contents)).toEqual(["dirty", "wet"]);
    const sleepId = String((rest.items.at(-1)?.record as { sleepId?: string } | undefined)?.sleepId);
    expect(await failure(mum.caller.diapers.get({ babyId: dst, diaperId: sleepId }))).toMatchObject({
      code: "NOT_FOUND",
      message: "Diaper not found",
    });
  });
});

describe("live pages", () => {
  it("learn from one small read whether anything changed", async () => {
    const { latest } = await dad.caller.care.changes({ babyId });
    expect(await dad.caller.care.changes({ babyId, since: latest ?? undefined })).toMatchObject({ changed: false });
    await mum.caller.diapers.add({ babyId, at: ago(1), timeZone: NY, contents: "both" });
    const next = await dad.caller.care.changes({ babyId, since: latest ?? undefined });
    expect(next.changed).toBe(true);
    expect(next.latest).not.toBe(latest);
    expect((await nan.caller.care.changes({ babyId })).latest).toBe(next.latest);
  });
});
