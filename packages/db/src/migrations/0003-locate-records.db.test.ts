import { randomBytes } from "node:crypto";
import { PutCommand } from "@aws-sdk/lib-dynamodb";
import { describe, expect, inject, it } from "vitest";
import { type ConsumedCapacity, createDocumentClient } from "../core/client.ts";
import { createRepositories } from "../repositories/index.ts";
import { createAccount, dumpTable } from "../testing/index.ts";
import { migrate, migrations } from "./index.ts";

const SECRET = "migration-test-secret-0123456789abcd";

/** A measurement as the 0004 release stored it: a plain ULID id, keyed by its date, optionally with `RID`. */
const legacyMeasurement = (babyId: string, userId: string, id: string, day: string, rid: boolean) => ({
  PK: `BABY#${babyId}`,
  SK: `MEAS#${day}#${id}`,
  ...(rid ? { RID: `MEAS#${id}` } : {}),
  type: "measurement",
  measurementId: id,
  measuredOn: day,
  weightKg: 4.2,
  createdBy: userId,
  createdAt: "2025-06-01T10:00:00.000Z",
  updatedAt: "2025-06-01T10:00:00.000Z",
  version: 1,
});

describe("0003 locates records stored before ids named their keys", () => {
  it("each older record is then read by id with Gets, never a Query, and running it again changes nothing", async () => {
    const tableName = `upnest-mig-${randomBytes(4).toString("hex")}`;
    const used: ConsumedCapacity[] = [];
    const db = createDocumentClient(
      { tableName, endpoint: inject("dynamoEndpoint") },
      { onConsumedCapacity: (c) => void used.push(c) },
    );
    await migrate({ db, tableName }, migrations.slice(0, 2));
    const repos = createRepositories({ db, tableName, cursorSecret: SECRET });
    const { userId } = await createAccount({ db, tableName });
    const { babyId } = await repos.babies.create(userId, { name: "Ada", dateOfBirth: "2025-01-10", sex: "female" });
    const older = ["01JAAAAAAAAAAAAAAAAAAAAAAA", "01JBBBBBBBBBBBBBBBBBBBBBBB"];
    await db.send(
      new PutCommand({ TableName: tableName, Item: legacyMeasurement(babyId, userId, older[0]!, "2025-03-01", true) }),
    );
    await db.send(
      new PutCommand({ TableName: tableName, Item: legacyMeasurement(babyId, userId, older[1]!, "2025-04-01", false) }),
    );
    const access = await repos.babies.access(userId, babyId);
    const current = await repos.measurements.add(access, { measuredOn: "2025-05-01", weightKg: 5 });

    expect((await migrate({ db, tableName }, migrations.slice(0, 3))).ran).toEqual(["0003-locate-records"]);
    const afterFirst = await dumpTable({ db, tableName });
    const locators = afterFirst.filter((i) => String(i.SK).startsWith("LOC#"));
    expect(locators.map((l) => [l.SK, l.at]).sort()).toEqual([
      [`LOC#MEAS#${older[0]}`, `MEAS#2025-03-01#${older[0]}`],
      [`LOC#MEAS#${older[1]}`, `MEAS#2025-04-01#${older[1]}`],
    ]);

    for (const id of [...older, current.measurementId]) {
      used.length = 0;
      expect((await repos.measurements.get(access, id)).measurementId).toBe(id);
      expect(used.every((c) => c.command === "GetItemCommand")).toBe(true);
    }

    // Once more, from the start (as after a crash before it was recorded): nothing changes.
    await locateAgain(db, tableName);
    expect(await dumpTable({ db, tableName })).toEqual(afterFirst);

    // An older record moved and deleted after the migration keeps working, and leaves no locator behind.
    const moved = await repos.measurements.update(access, older[1]!, 1, { measuredOn: "2025-04-03", weightKg: 4.3 });
    expect(await repos.measurements.get(access, older[1]!)).toMatchObject({ measuredOn: "2025-04-03", version: 2 });
    await repos.measurements.remove(access, older[1]!, moved.version);
    await repos.measurements.remove(access, older[0]!, 1);
    expect((await dumpTable({ db, tableName })).filter((i) => String(i.SK).startsWith("LOC#"))).toEqual([]);
  });
});

async function locateAgain(db: ReturnType<typeof createDocumentClient>, tableName: string) {
  const locate = migrations.find((m) => m.id === "0003-locate-records");
  await locate?.up({ db, tableName });
}
