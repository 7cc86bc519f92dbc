import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { dumpTable } from "@upnest/db/testing";
import { babyRecordTypes, feedings, IMPORT_KINDS, MAX_IMPORT_BATCH, valuesOf } from "@upnest/schemas";
import { type BabyBuddyImportInput, type ImportedChild, importBabyBuddy, readBabyBuddyFiles } from "@upnest/transfer";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createHarness, type Harness } from "../testing/harness.ts";

// Baby Buddy's own import-test CSVs (vendored in packages/transfer), read and converted as the web app does, then
// written through imports.babyBuddyRecords in batches of 49 into a real table.

type User = Awaited<ReturnType<Harness["user"]>>;
const fixtures = join(dirname(fileURLToPath(import.meta.resolve("@upnest/transfer"))), "babybuddy", "fixtures");
const files = readBabyBuddyFiles(
  readdirSync(fixtures)
    .filter((f) => f.endsWith(".csv"))
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(fixtures, name))) })),
);
const settings: Omit<BabyBuddyImportInput, "files"> = {
  units: { weight: "lb", length: "in", temperature: "F", volume: "ml" },
  timeZone: "America/New_York",
  temperatureMethod: "axillary",
};
const emily = (units = settings.units) => {
  const [child] = importBabyBuddy({ ...settings, units, files }).children;
  if (!child) throw new Error("no child");
  return child;
};
const recordsOf = (child: ImportedChild) =>
  IMPORT_KINDS.flatMap((kind) =>
    child.records[kind].map((r) => ({ kind, importKey: r.importKey, values: r.values as Record<string, unknown> })),
  );
type Sent = ReturnType<typeof recordsOf>;

/** Every record in batches of 49, as the web page sends them; the answers added up. */
async function importAll(user: User, babyId: string, records: Sent) {
  const total = { created: 0, alreadyImported: 0 };
  for (let i = 0; i < records.length; i += MAX_IMPORT_BATCH) {
    const answer = await user.caller.imports.babyBuddyRecords({
      babyId,
      records: records.slice(i, i + MAX_IMPORT_BATCH),
    });
    total.created += answer.created;
    total.alreadyImported += answer.alreadyImported;
  }
  return total;
}

const failure = (call: Promise<unknown>) =>
  call.then(
    () => null,
    (e: { code: string; message: string; data?: { fieldErrors?: Record<string, string[]> } }) => e,
  );

let h: Harness;
let parent: User;
let babyId: string;
const commands: string[] = [];

beforeAll(async () => {
  h = await createHarness(
    inject("dynamoEndpoint"),
    {},
    { observe: (side, command) => side === "api" && commands.push(command) },
  );
  parent = await h.user("bb-parent");
  babyId = (await parent.caller.babies.create({ name: "Emily", dateOfBirth: "2020-01-17", sex: "female" })).babyId;
});
afterAll(() => h.close());

/** The baby's records of each import kind, as its lists hold them. */
async function stored(id = babyId, user = parent) {
  const access = await h.services.repos.babies.access(user.userId, id);
  const byKind: Record<string, Record<string, unknown>[]> = {};
  for (const kind of IMPORT_KINDS) {
    const definition = babyRecordTypes.find((d) => d.kind === kind);
    if (definition) byKind[kind] = (await h.services.repos.records(definition).all(access)) as never;
  }
  return byKind;
}

describe("importing Baby Buddy's example export into a baby", () => {
  it("writes every record with the right counts per kind, converted from the units confirmed", async () => {
    const child = emily();
    const sent = recordsOf(child);
    expect(sent).toHaveLength(240);
    expect(await importAll(parent, babyId, sent)).toEqual({ created: 240, alreadyImported: 0 });

    const byKind = await stored();
    const counts = Object.fromEntries(Object.entries(byKind).map(([kind, list]) => [kind, list.length]));
    // packages/transfer's own test counts the same files: 28 feedings, 39 sleeps, 75 diapers, ...
    expect(counts).toEqual({
      feedings: 28,
      sleeps: 39,
      diapers: 75,
      pumpings: 23,
      tummyTimes: 36,
      careNotes: 1,
      temperatures: 23,
      medicineDoses: 0,
      measurements: 15,
    });
    // Pounds to kg, inches to cm, °F to °C, at Baby Buddy's local times in New York; tags as labels.
    expect(byKind.measurements?.find((m) => m.measuredOn === "2020-02-14")).toMatchObject({ weightKg: 4.74 });
    expect(byKind.measurements?.find((m) => m.measuredOn === "2022-05-25" && m.lengthCm)).toMatchObject({
      lengthCm: 24,
      lengthMethod: "standing",
    });
    expect(byKind.measurements?.find((m) => m.measuredOn === "2022-05-11" && m.lengthCm)).toMatchObject({
      lengthCm: 23,
      labels: ["you", "everybody", "military", "surface"],
    });
    expect(byKind.temperatures?.map((t) => t.celsius)).toContain(37.9);
    expect(byKind.feedings?.find((f) => f.startedAt === "2020-02-17T08:04:09.000Z")).toMatchObject({
      method: "breast",
      side: "right",
      rightSeconds: 480,
      timeZone: "America/New_York",
    });
    // Each record was written with its audit event, by the person who imported.
    const created = (await dumpTable(h.table)).filter(
      (i) => String(i.SK).startsWith("AUDIT#") && i.action === "create" && i.recordType !== "baby",
    );
    expect(created).toHaveLength(240);
    expect(new Set(created.map((e) => e.actorId))).toEqual(new Set([parent.userId]));
  });

  it("imports nothing new the second time: everything is already there, the baby's records unchanged", async () => {
    const before = await dumpTable(h.table);
    commands.length = 0;
    expect(await importAll(parent, babyId, recordsOf(emily()))).toEqual({ created: 0, alreadyImported: 240 });
    expect(await dumpTable(h.table)).toEqual(before);
    const batches = Math.ceil(240 / MAX_IMPORT_BATCH);
    // Each batch: the membership's Get, one BatchGet of its records' keys and locators, the write limit's counter.
    expect(commands.filter((c) => c === "BatchGetItemCommand")).toHaveLength(batches);
    expect(commands.filter((c) => c === "GetItemCommand")).toHaveLength(batches);
    expect(commands.filter((c) => !["BatchGetItemCommand", "GetItemCommand", "UpdateItemCommand"].includes(c))).toEqual(
      [],
    );
  });

  it("knows a record imported before whose time was edited since (found through its locator)", async () => {
    const sent = recordsOf(emily()).filter((r) => r.kind === "feedings");
    const feeding = (await stored()).feedings?.[0] ?? {};
    // An hour later: the record moves to that instant's key, and a locator says where it went.
    await parent.caller.feedings.update({
      ...(valuesOf(feedings, feeding) as object),
      babyId,
      feedingId: String(feeding.feedingId),
      version: Number(feeding.version),
      startedAt: new Date(Date.parse(String(feeding.startedAt)) + 3_600_000).toISOString(),
    });
    expect((await dumpTable(h.table)).filter((i) => String(i.SK).startsWith("LOC#"))).toHaveLength(1);
    expect(await importAll(parent, babyId, sent)).toEqual({ created: 0, alreadyImported: 28 });
    expect((await stored()).feedings).toHaveLength(28);
  });

  it("converts ounces to millilitres when the person says the amounts were ounces", async () => {
    const other = (await parent.caller.babies.create({ name: "Em", dateOfBirth: "2020-01-17", sex: "female" })).babyId;
    const inOunces = recordsOf(emily({ ...settings.units, volume: "oz" })).filter((r) => r.kind === "feedings");
    expect(await importAll(parent, other, inOunces)).toEqual({ created: 28, alreadyImported: 0 });
    const amounts = (await stored(other)).feedings?.map((f) => f.amountMl).filter(Boolean);
    // 3.4 US fluid ounces (Baby Buddy's example bottle) are 100.55 ml, kept to a tenth.
    expect(amounts).toContain(100.6);
  });
});

describe("who may import, and what is refused", () => {
  const one = () => recordsOf(emily()).slice(0, 3);

  it("a viewer of the baby is refused, and nothing is written", async () => {
    const viewer = await h.user("bb-viewer");
    const { token } = await parent.caller.caregivers.invite({ babyId, role: "viewer" });
    await viewer.caller.caregivers.accept({ token });
    const before = await dumpTable(h.table);
    expect(await failure(viewer.caller.imports.babyBuddyRecords({ babyId, records: one() }))).toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await dumpTable(h.table)).toEqual(before);
  });

  it("another family's baby is NOT_FOUND, as a baby that does not exist", async () => {
    const stranger = await h.user("bb-stranger");
    const before = await dumpTable(h.table);
    const theirs = await failure(stranger.caller.imports.babyBuddyRecords({ babyId, records: one() }));
    const nowhere = await failure(
      stranger.caller.imports.babyBuddyRecords({ babyId: "01ARZ3NDEKTSV4RRFFQ69G5FAV", records: one() }),
    );
    expect(theirs).toMatchObject({ code: "NOT_FOUND" });
    expect(theirs?.message).toBe(nowhere?.message);
    expect(await dumpTable(h.table)).toEqual(before);
  });

  it("a bad record's values are field errors naming its index and field, and none of the batch is written", async () => {
    const baby = (await parent.caller.babies.create({ name: "New", dateOfBirth: "2020-02-01", sex: "male" })).babyId;
    const [first, second, third] = one();
    const before = await dumpTable(h.table);
    const bad = [
      first!,
      { ...second!, values: { ...second!.values, amountMl: 5000 } },
      {
        ...third!,
        kind: "diapers" as const,
        values: { at: "2020-01-20T10:00:00.000Z", timeZone: "UTC", contents: "wet" },
      },
    ];
    const refusal = await failure(parent.client.imports.babyBuddyRecords.mutate({ babyId: baby, records: bad }));
    expect(refusal).toMatchObject({ message: "Some entries cannot be imported: each problem names its entry" });
    expect(refusal?.data?.fieldErrors).toEqual({
      "records.1.amountMl": ["Amount must be between 0 and 1000 ml"],
      "records.2.at": ["Time cannot be before the date of birth (2020-02-01)"],
    });
    expect(await dumpTable(h.table)).toEqual(before);
  });
});

describe("the import budget", () => {
  it("counts each record written; over it, the batch is refused whole with when to go on, and a rerun skips what is there", async () => {
    const small = await createHarness(inject("dynamoEndpoint"), { importRecords: { limit: 60, windowSeconds: 3600 } });
    try {
      const user = await small.user("bb-budget");
      const baby = (await user.caller.babies.create({ name: "Emily", dateOfBirth: "2020-01-17", sex: "female" }))
        .babyId;
      const sent = recordsOf(emily());
      const batch = (from: number) => ({ babyId: baby, records: sent.slice(from, from + MAX_IMPORT_BATCH) });
      expect(await user.caller.imports.babyBuddyRecords(batch(0))).toEqual({ created: 49, alreadyImported: 0 });
      // The same batch again costs nothing: nothing is written.
      expect(await user.caller.imports.babyBuddyRecords(batch(0))).toEqual({ created: 0, alreadyImported: 49 });
      const before = await dumpTable(small.table);
      const refused = await failure(small.httpClient(user.tokens.access).imports.babyBuddyRecords.mutate(batch(49)));
      expect(refused).toMatchObject({ data: { code: "TOO_MANY_REQUESTS" } });
      expect(refused?.message).toMatch(
        /^You have imported as many entries as you can for now \(at most 60 in 60 minutes\)\. Try again in \d+ minutes: the entries already imported are skipped\.$/,
      );
      const spanish = await failure(
        small.httpClient(user.tokens.access, "es").imports.babyBuddyRecords.mutate(batch(49)),
      );
      expect(spanish?.message).toMatch(/^Ya has importado todas las entradas que puedes por ahora \(como máximo 60/);
      expect(await dumpTable(small.table)).toEqual(before);
      // Eleven more fit in the hour.
      expect(await user.caller.imports.babyBuddyRecords({ ...batch(49), records: sent.slice(49, 60) })).toEqual({
        created: 11,
        alreadyImported: 0,
      });
    } finally {
      await small.close();
    }
  });
});
