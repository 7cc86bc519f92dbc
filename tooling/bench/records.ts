/**
 * `pnpm bench:records`: read units per edit, per single-record read and per day view of one record type,
 * with 30 and with 30,000 records in one baby, on DynamoDB Local. "Before" is decision 0004's lookup (a
 * consistent Query over the baby's records of the type, filtered on the id), run in the same process on the
 * same table as a baseline; "after" is the repository (decision 0007: the id names the key, one Get).
 * Records are seeded with BatchWrite (the benchmark only). Writes tooling/bench/results/records.json and
 * the "Finding a record by id" section of docs/benchmarks.md. Ratios only, nothing timed or asserted.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { BatchWriteCommand, QueryCommand } from "@aws-sdk/lib-dynamodb";
import {
  type ConsumedCapacity,
  createDocumentClient,
  createRepositories,
  migrate,
  migrations,
  userIdForEmail,
} from "@upnest/db";
import { startLocalEngine } from "@upnest/db/local";
import { monotonicFactory } from "ulid";
import { type RecordsBench, recordsSection, withRecordsSection } from "./records-page.ts";

const benchDir = dirname(fileURLToPath(import.meta.url));
const repoRoot = join(benchDir, "../..");
const SIZES = [30, 30_000];
const PER_DAY = 25; // a care log's day: 20–30 entries
const READ = /^(Get|Query|BatchGet)/;

const engine = await startLocalEngine();
try {
  const used: ConsumedCapacity[] = [];
  const tableName = "records-bench";
  const db = createDocumentClient(
    { tableName, endpoint: engine.endpoint },
    { onConsumedCapacity: (c) => void used.push(c) },
  );
  await migrate({ db, tableName }, migrations);
  const repos = createRepositories({ db, tableName, cursorSecret: "bench-cursor-secret-0123456789abcdef" });
  const reads = async (run: () => Promise<unknown>) => {
    used.length = 0;
    await run();
    const r = used.filter((c) => READ.test(c.command));
    return { units: r.reduce((s, c) => s + c.capacityUnits, 0), calls: r.map((c) => c.command) };
  };
  const results: RecordsBench["sizes"] = [];

  for (const size of SIZES) {
    const email = `bench-${size}@example.com`;
    const userId = await userIdForEmail(db, tableName, email);
    await repos.users.getOrCreate(userId, email);
    const baby = await repos.babies.create(userId, { name: "Robin", dateOfBirth: "2020-01-01", sex: "female" });
    const access = await repos.babies.access(userId, baby.babyId);
    // `size` records, PER_DAY a day from the date of birth: items as the repository writes them, by BatchWrite.
    const days = Math.ceil(size / PER_DAY);
    const items = Array.from({ length: size }, (_, i) => {
      const day = new Date(Date.UTC(2020, 0, 1 + Math.floor(i / PER_DAY))).toISOString().slice(0, 10);
      return { day, i };
    });
    const idAt = monotonicFactory();
    const stamp = "2026-01-01T00:00:00.000Z";
    for (let i = 0; i < items.length; i += 25) {
      const batch = items.slice(i, i + 25).map(({ day, i: n }) => {
        // The id a new measurement gets: a ULID at its date, so it names its key (see packages/db/src/core/record-ids.ts).
        const measurementId = idAt(Date.parse(`${day}T00:00:00.000Z`));
        return {
          PutRequest: {
            Item: {
              PK: `BABY#${baby.babyId}`,
              SK: `MEAS#${day}#${measurementId}`,
              type: "measurement",
              measurementId,
              measuredOn: day,
              weightKg: 3 + (n % 100) / 10,
              createdBy: userId,
              createdAt: stamp,
              updatedAt: stamp,
              version: 1,
            },
          },
        };
      });
      let requests: unknown[] = batch;
      while (requests.length > 0) {
        const out = await db.send(new BatchWriteCommand({ RequestItems: { [tableName]: requests as typeof batch } }));
        requests = out.UnprocessedItems?.[tableName] ?? [];
      }
    }
    // A record in the middle of the history, and its day.
    const middle = (await repos.measurements.list(access, { limit: 1, to: items[Math.floor(size / 2)]?.day })).items[0];
    if (!middle) throw new Error("no record to edit");
    const day = middle.measuredOn;

    /** Decision 0004's lookup, as it was: every record of the type for the baby, filtered on the id. */
    const before0004 = async (id: string) => {
      let ExclusiveStartKey: Record<string, unknown> | undefined;
      do {
        const out = await db.send(
          new QueryCommand({
            TableName: tableName,
            KeyConditionExpression: "PK = :pk AND begins_with(SK, :prefix)",
            FilterExpression: "#id = :id",
            ExpressionAttributeNames: { "#id": "measurementId" },
            ExpressionAttributeValues: { ":pk": `BABY#${baby.babyId}`, ":prefix": "MEAS#", ":id": id },
            ConsistentRead: true,
            ExclusiveStartKey,
          }),
        );
        if (out.Items?.[0]) return out.Items[0];
        ExclusiveStartKey = out.LastEvaluatedKey;
      } while (ExclusiveStartKey);
      return undefined;
    };
    const membership = await reads(() => repos.babies.access(userId, baby.babyId));
    const oldLookup = await reads(() => before0004(middle.measurementId));
    const edit = await reads(() =>
      repos.measurements.update(access, middle.measurementId, middle.version, { measuredOn: day, weightKg: 4.2 }),
    );
    // The same record moved to a later date (the edit reads it with one Get), then read and edited where it is now.
    const later = new Date(Date.UTC(2020, 0, 2 + days)).toISOString().slice(0, 10);
    await repos.measurements.update(access, middle.measurementId, middle.version + 1, {
      measuredOn: later,
      weightKg: 4.2,
    });
    const movedRead = await reads(() => repos.measurements.get(access, middle.measurementId));
    const movedEdit = await reads(() =>
      repos.measurements.update(access, middle.measurementId, middle.version + 2, { measuredOn: later, weightKg: 4.3 }),
    );
    const dayView = await reads(() => repos.measurements.list(access, { from: day, to: day, limit: 100 }));
    results.push({
      records: size,
      days,
      membershipReadUnits: membership.units,
      edit: {
        before: membership.units + oldLookup.units,
        after: membership.units + edit.units,
        afterCalls: [...membership.calls, ...edit.calls],
      },
      movedEdit: { after: membership.units + movedEdit.units },
      movedRead: { after: membership.units + movedRead.units },
      dayView: { before: membership.units + dayView.units, after: membership.units + dayView.units, records: PER_DAY },
    });
    console.log(JSON.stringify(results.at(-1)));
  }
  const bench: RecordsBench = { date: new Date().toISOString().slice(0, 10), perDay: PER_DAY, sizes: results };
  mkdirSync(join(benchDir, "results"), { recursive: true });
  writeFileSync(join(benchDir, "results/records.json"), `${JSON.stringify(bench, null, 2)}\n`);
  const page = join(repoRoot, "docs/benchmarks.md");
  writeFileSync(page, withRecordsSection(readFileSync(page, "utf8"), recordsSection(bench)));
  console.log("written: tooling/bench/results/records.json, docs/benchmarks.md");
} finally {
  await engine.stop();
}
