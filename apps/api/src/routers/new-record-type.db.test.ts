/**
 * A record type defined here and nowhere else (a nap: dated by an instant and a time zone, as the care log's
 * types will be) gets, from its definition alone, the router's procedures with a typed caller, isolation,
 * the role guard, audit, versioning, idempotency, lookups by id after its date is edited, and export,
 * import and CSV.
 */
import { dumpTable } from "@upnest/db/testing";
import { babyRecordTypes, defineBabyRecord, notBeforeBirth } from "@upnest/schemas";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { z } from "zod";
import { CARE_SAMPLES } from "../testing/care-samples.ts";
import { createHarness, type Harness } from "../testing/harness.ts";
import { HEALTH_SAMPLES } from "../testing/health-samples.ts";
import { importCsvRows } from "../transfer/import.ts";
import { createContext } from "../trpc/context.ts";
import { createCallerFactory } from "../trpc/trpc.ts";
import { createAppRouter } from "./_app.ts";

const naps = defineBabyRecord({
  kind: "naps",
  recordType: "nap",
  label: "Nap",
  prefix: "NAP",
  idField: "napId",
  dated: { by: "instant", field: "startedAt", zoneField: "timeZone" },
  values: z.object({
    startedAt: z.iso.datetime(),
    timeZone: z.string().min(1),
    endedAt: z.iso.datetime().optional(),
    notes: z.string().max(200).optional(),
  }),
  record: z.object({
    napId: z.string(),
    babyId: z.string(),
    startedAt: z.string(),
    timeZone: z.string(),
    endedAt: z.string().optional(),
    notes: z.string().optional(),
    createdBy: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number(),
  }),
  csv: ["startedAt", "timeZone", "endedAt", "notes"],
  example: { startedAt: "2026-03-01T09:12:00.000Z", timeZone: "America/Chicago", endedAt: "2026-03-01T10:00:00.000Z" },
  exportLimit: { max: 100, message: "At most 100 naps per baby" },
  check: notBeforeBirth("startedAt", "Start"),
});
const registry = [...babyRecordTypes, naps] as const;
const testRouter = createAppRouter(registry);
const createCaller = createCallerFactory(testRouter);

let h: Harness;
let n = 0;
const userOf = async (name: string) => {
  const user = await h.user(name);
  const headers = { authorization: `Bearer ${user.tokens.access}` };
  return { ...user, api: createCaller(await createContext(h.services, { headers, requestId: `nap-${++n}` })) };
};
let owner: Awaited<ReturnType<typeof userOf>>;
let stranger: Awaited<ReturnType<typeof userOf>>;
let viewer: Awaited<ReturnType<typeof userOf>>;
let babyId: string;
const failure = (call: Promise<unknown>) =>
  call.then(
    () => null,
    (e: { code?: string; message?: string }) => e,
  );

beforeAll(async () => {
  h = await createHarness(inject("dynamoEndpoint"));
  owner = await userOf("nap-owner");
  stranger = await userOf("nap-stranger");
  viewer = await userOf("nap-viewer");
  ({ babyId } = await owner.api.babies.create({ name: "Ada", dateOfBirth: "2026-01-10", sex: "female" }));
  const { token } = await owner.api.caregivers.invite({ babyId, role: "viewer" });
  await viewer.api.caregivers.accept({ token });
});
afterAll(() => h.close());

describe("a record type from its definition alone", () => {
  it("is added once per idempotency key, listed by instant range, stopped later, versioned, moved and deleted by id", async () => {
    const start = { babyId, startedAt: "2026-03-01T09:12:00.000Z", timeZone: "America/Chicago" };
    const [a, b] = await Promise.all([
      owner.api.naps.add({ ...start, idempotencyKey: "nap-key-0001" }),
      owner.api.naps.add({ ...start, idempotencyKey: "nap-key-0001" }),
    ]);
    expect(a.napId).toBe(b.napId);
    const other = await owner.api.naps.add({ babyId, startedAt: "2026-03-02T13:00:00.000Z", timeZone: "UTC" });
    const day = await owner.api.naps.list({ babyId, from: "2026-03-01T00:00:00.000Z", to: "2026-03-01T23:59:59.999Z" });
    expect(day.items.map((x) => x.napId)).toEqual([a.napId]);

    // A timer stopped later is an update; a stale one is a CONFLICT.
    const stopped = await owner.api.naps.update({
      ...start,
      napId: a.napId,
      version: 1,
      endedAt: "2026-03-01T10:02:00.000Z",
    });
    expect(stopped).toMatchObject({ napId: a.napId, version: 2, endedAt: "2026-03-01T10:02:00.000Z" });
    expect(await failure(owner.api.naps.update({ ...start, napId: a.napId, version: 1 }))).toMatchObject({
      code: "CONFLICT",
    });

    // Its start edited: the same id still finds it, and the list follows.
    const moved = await owner.api.naps.update({
      ...start,
      napId: a.napId,
      version: 2,
      startedAt: "2026-03-03T08:00:00.000Z",
    });
    expect(await owner.api.naps.get({ babyId, napId: a.napId })).toMatchObject({
      startedAt: "2026-03-03T08:00:00.000Z",
      version: 3,
    });
    expect((await owner.api.naps.list({ babyId })).items.map((x) => x.napId)).toEqual([a.napId, other.napId]);
    await owner.api.naps.delete({ babyId, napId: a.napId, version: moved.version });
    expect(await failure(owner.api.naps.get({ babyId, napId: a.napId }))).toMatchObject({
      code: "NOT_FOUND",
      message: "Nap not found",
    });
    expect((await dumpTable(h.table)).filter((i) => String(i.SK).startsWith("LOC#"))).toEqual([]);

    // Every change is in the history, in the definition's words.
    const history = (await owner.api.babies.history({ babyId, limit: 50 })).items.filter((e) => e.recordType === "nap");
    expect(history.filter((e) => e.recordId === a.napId).map((e) => e.action)).toEqual([
      "delete",
      "update",
      "update",
      "create",
    ]);
  });

  it("a stranger gets NOT_FOUND from every procedure, a viewer may read but not write, and nothing changes", async () => {
    const nap = await owner.api.naps.add({ babyId, startedAt: "2026-03-05T09:00:00.000Z", timeZone: "UTC" });
    const ref = { babyId, napId: nap.napId };
    const before = await dumpTable(h.table);
    const change = { ...ref, version: 1, startedAt: "2026-03-05T09:00:00.000Z", timeZone: "UTC" };
    const strangers = [
      () => stranger.api.naps.list({ babyId }),
      () => stranger.api.naps.get(ref),
      () => stranger.api.naps.add({ babyId, startedAt: "2026-03-05T09:00:00.000Z", timeZone: "UTC" }),
      () => stranger.api.naps.update(change),
      () => stranger.api.naps.delete({ ...ref, version: 1 }),
    ];
    for (const call of strangers)
      expect(await failure(call())).toMatchObject({ code: "NOT_FOUND", message: "Baby not found" });
    expect((await viewer.api.naps.get(ref)).napId).toBe(nap.napId);
    for (const call of [() => viewer.api.naps.update(change), () => viewer.api.naps.delete({ ...ref, version: 1 })])
      expect(await failure(call())).toMatchObject({ code: "FORBIDDEN" });
    expect(await dumpTable(h.table)).toEqual(before);
    expect(
      await failure(owner.api.naps.add({ babyId, startedAt: "2025-01-01T00:00:00.000Z", timeZone: "UTC" })),
    ).toMatchObject({
      code: "BAD_REQUEST",
      message: "Start cannot be before the date of birth (2026-01-10)",
    });
  });
});

/** Values of each type, for a round trip. A type added to the registry without samples here fails the first test. */
const SAMPLES: Record<string, Record<string, unknown>[]> = {
  measurements: [
    { measuredOn: "2026-02-01", weightKg: 4.1, lengthCm: 54, lengthMethod: "lying", notes: "clinic" },
    { measuredOn: "2026-03-01", headCircumferenceCm: 38.5 },
  ],
  vaccinations: [
    { dateGiven: "2026-01-10", cvx: "08", lotNumber: "A1", clinic: "Riverside", givenAbroad: true },
    { dateGiven: "2026-03-10", cvx: "20" },
  ],
  milestones: [
    { milestoneId: "m02-social-calms-when-spoken-to", achievedOn: "2026-02-01" },
    { title: "First swim", achievedOn: "2026-03-01", notes: "warm pool" },
  ],
  naps: [
    { startedAt: "2026-03-01T09:12:00.000Z", timeZone: "America/Chicago", endedAt: "2026-03-01T10:00:00.000Z" },
    { startedAt: "2026-03-02T14:00:00.000Z", timeZone: "Europe/Paris", notes: "in the pram" },
  ],
  ...CARE_SAMPLES,
  ...HEALTH_SAMPLES,
};
const withoutIds = (document: { babies: Record<string, unknown>[] }) => document.babies;

describe("every type of the registry round-trips", () => {
  it("every type has samples here", () => {
    expect(Object.keys(SAMPLES).sort()).toEqual(registry.map((d) => d.kind).sort());
  });

  it("through export → import into another account, and through its CSV and back", async () => {
    const family = await userOf("round-trip");
    const { babyId: id } = await family.api.babies.create({ name: "Bo", dateOfBirth: "2026-01-01", sex: "male" });
    const access = await h.services.repos.babies.access(family.userId, id);
    for (const definition of registry)
      for (const values of SAMPLES[definition.kind] ?? [])
        await h.services.repos.records(definition).add(access, values as never);
    const exported = await family.api.account.export();
    for (const definition of registry)
      expect(exported.babies[0]?.[definition.kind as keyof (typeof exported.babies)[0]]).toHaveLength(
        SAMPLES[definition.kind]?.length ?? 0,
      );

    const other = await userOf("round-trip-import");
    await other.api.account.import({ document: exported, idempotencyKey: "round-trip-0001" });
    expect(withoutIds(await other.api.account.export())).toEqual(withoutIds(exported));

    const { babyId: copy } = await family.api.babies.create({ name: "Copy", dateOfBirth: "2026-01-01", sex: "male" });
    const copyAccess = await h.services.repos.babies.access(family.userId, copy);
    for (const definition of registry) {
      const { csv } = await family.api.account.csv({ babyId: id, kind: definition.kind, form: "machine" });
      const rows = Papa.parse<Record<string, unknown>>(csv, { header: true, skipEmptyLines: true }).data;
      expect(Object.keys(rows[0] ?? {})).toEqual([...definition.csv]);
      const report = await importCsvRows(
        h.services.repos,
        definition,
        copyAccess,
        { rows, dryRun: false },
        {
          limit: 1000,
          windowSeconds: 60,
        },
      );
      expect(report).toMatchObject({ created: SAMPLES[definition.kind]?.length, invalid: 0 });
    }
    const copied = await family.api.account.export();
    const byName = (name: string) => copied.babies.find((b) => b.baby.name === name);
    const { baby: _a, ...records } = byName("Bo") ?? {};
    const { baby: _b, ...copiedRecords } = byName("Copy") ?? {};
    expect(copiedRecords).toEqual(records);
  });
});
