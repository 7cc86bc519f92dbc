/**
 * Three years of a care log (25 entries a day, 27 000 entries) export whole: no page cap on the way cuts any
 * kind short. The entries are seeded with BatchWrite as copies of items the API itself wrote (the test only).
 */
import { BatchWriteCommand } from "@aws-sdk/lib-dynamodb";
import { type LocalEngine, startLocalEngine } from "@upnest/db/local";
import { dumpTable } from "@upnest/db/testing";
import { careRecordTypes } from "@upnest/schemas";
import Papa from "papaparse";
import { monotonicFactory } from "ulid";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createHarness, type Harness } from "../testing/harness.ts";

let h: Harness;
let engine: LocalEngine;
// An engine of its own: 27 000 items written and read back take under a minute alone, and several minutes on the
// suite's shared engine late in a run, when every other file's tables are in it too.
beforeAll(async () => {
  engine = await startLocalEngine();
  h = await createHarness(engine.endpoint);
}, 120_000);
afterAll(async () => {
  await h.close();
  await engine.stop();
});

/** A day of the log: how many entries of each kind (25 in all). */
const PER_DAY: Record<string, number> = {
  feedings: 8,
  sleeps: 3,
  diapers: 7,
  pumpings: 2,
  tummyTimes: 2,
  careNotes: 1,
  customEntries: 2,
};
const DAYS = 1080;
const FIRST_DAY = Date.UTC(2023, 1, 1);

it("a baby with 27 000 care entries exports every one of them, and a kind's CSV every one of its own", async () => {
  const family = await h.user("care-scale");
  const { babyId } = await family.caller.babies.create({
    name: "Robin",
    dateOfBirth: "2023-02-01",
    sex: "male",
    timeZone: "America/Chicago",
  });
  const caller = family.caller as unknown as Record<string, { add: (input: object) => Promise<unknown> }>;
  for (const definition of careRecordTypes) await caller[definition.kind]?.add({ babyId, ...definition.example });
  // Each kind's item as the repository stored it: the copies differ only in their instant and id.
  const stored = (await dumpTable(h.table)).filter((i) => String(i.SK).startsWith("CARE#2"));
  const nextId = monotonicFactory();
  const copies: Record<string, unknown>[] = [];
  for (let day = 0; day < DAYS; day++)
    for (const definition of careRecordTypes) {
      const item = stored.find((i) => i.type === definition.recordType);
      if (!item || definition.dated.by !== "instant") throw new Error(`no stored ${definition.kind}`);
      for (let n = 0; n < (PER_DAY[definition.kind] ?? 0); n++) {
        const at = FIRST_DAY + day * 86_400_000 + (copies.length % 25) * 3_456_000;
        const id = nextId(at);
        const instant = new Date(at).toISOString();
        copies.push({
          ...item,
          SK: `CARE#${instant}#${id}`,
          [definition.idField]: id,
          [definition.dated.field]: instant,
          ...(definition.kind === "sleeps" ? { endedAt: new Date(at + 3_000_000).toISOString() } : {}),
        });
      }
    }
  expect(copies).toHaveLength(27_000);
  const batches = Array.from({ length: Math.ceil(copies.length / 25) }, (_, i) => copies.slice(i * 25, i * 25 + 25));
  for (let i = 0; i < batches.length; i += 8)
    await Promise.all(
      batches.slice(i, i + 8).map(async (batch) => {
        let unprocessed: Record<string, unknown>[] | undefined = batch.map((Item) => ({ PutRequest: { Item } }));
        while (unprocessed?.length) {
          const out = await h.table.db.send(
            new BatchWriteCommand({ RequestItems: { [h.table.tableName]: unprocessed as never } }),
          );
          unprocessed = out.UnprocessedItems?.[h.table.tableName] as Record<string, unknown>[] | undefined;
        }
      }),
    );

  const [baby] = (await family.caller.account.export()).babies;
  for (const definition of careRecordTypes) {
    const entries = (baby?.[definition.kind] ?? []) as Record<string, unknown>[];
    expect(entries, definition.kind).toHaveLength(DAYS * (PER_DAY[definition.kind] ?? 0) + 1);
    // Oldest first, from the first day of the log to the example (the latest).
    expect(String(entries[0]?.[definition.dated.by === "instant" ? definition.dated.field : ""])).toMatch(
      /^2023-02-01/,
    );
    expect(entries.at(-1)).toEqual(definition.example);
  }

  const { csv } = await family.caller.account.csv({ babyId, kind: "diapers", form: "machine" });
  const rows = Papa.parse(csv, { header: true, skipEmptyLines: true }).data;
  expect(rows).toHaveLength(DAYS * 7 + 1);
}, 300_000);
