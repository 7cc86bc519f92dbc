/**
 * What each request sends to DynamoDB, counted on a client that reports
 * consumed capacity. Not a timing test: the calls and units are the cost of a
 * request (docs/benchmarks.md), and a second membership or profile read
 * slipping back in would raise every family's bill.
 */
import { type ConsumedCapacity, createDocumentClient, createRepositories } from "@upnest/db";
import { TEST_CURSOR_SECRET } from "@upnest/db/testing";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { appRouter } from "../routers/_app.ts";
import { createHarness, type Harness } from "../testing/harness.ts";
import { createContext } from "./context.ts";
import { createCallerFactory } from "./trpc.ts";

let h: Harness;
let used: ConsumedCapacity[] = [];
const createCaller = createCallerFactory(appRouter);
let caller: ReturnType<typeof createCaller>;
let babyId: string;

beforeAll(async () => {
  h = await createHarness(inject("dynamoEndpoint"));
  const parent = await h.user("reads");
  const db = createDocumentClient(
    { tableName: h.table.tableName, endpoint: h.table.endpoint },
    { onConsumedCapacity: (c) => void used.push(c) },
  );
  const services = {
    ...h.services,
    repos: createRepositories({ db, tableName: h.table.tableName, cursorSecret: TEST_CURSOR_SECRET }),
  };
  caller = createCaller(
    await createContext(services, { headers: { authorization: `Bearer ${parent.tokens.access}` }, requestId: "reads" }),
  );
  ({ babyId } = await parent.caller.babies.create({
    name: "Bo",
    dateOfBirth: "2025-12-01",
    sex: "male",
    gestationalAgeWeeks: 35,
  }));
  // A year of fortnightly check-ups.
  for (let m = 0; m < 26; m++) {
    const day = new Date(Date.UTC(2025, 11, 1 + m * 14)).toISOString().slice(0, 10);
    await parent.caller.measurements.add({
      babyId,
      measuredOn: day,
      weightKg: 3.4 + m * 0.3,
      lengthCm: 50 + m,
      lengthMethod: "lying",
      headCircumferenceCm: 35 + m * 0.4,
    });
  }
});
afterAll(() => h.close());

async function sent(request: () => Promise<unknown>) {
  used = [];
  await request();
  const reads = used.filter((c) => /^(Get|Query|BatchGet)/.test(c.command)).reduce((s, c) => s + c.capacityUnits, 0);
  return { commands: used.map((c) => c.command), reads };
}

describe("each request reads the membership once and nothing twice", () => {
  it("a baby's growth data: the membership (with the facts for scoring), then one Query", async () => {
    const { commands, reads } = await sent(() => caller.measurements.list({ babyId }));
    expect(commands).toEqual(["GetItemCommand", "QueryCommand"]);
    expect(reads).toBeLessThanOrEqual(1 + 3); // 26 small items fit in 3 strongly consistent read units
  });

  it("adding a measurement: the rate-limit counter beside the membership, then one transaction", async () => {
    const { commands } = await sent(() => caller.measurements.add({ babyId, measuredOn: "2026-11-01", weightKg: 11 }));
    expect(commands.slice(0, 2).sort()).toEqual(["GetItemCommand", "UpdateItemCommand"]);
    expect(commands.slice(2)).toEqual(["TransactWriteItemsCommand"]);
  });

  it("adding a vaccination also plans the baby's vaccine reminders again: a membership read, one Query, one batch", async () => {
    // Seven weeks old: the two-month vaccines come due within the planner's 60 days.
    const sevenWeeks = new Date(Date.now() - 49 * 86_400_000).toISOString().slice(0, 10);
    const young = await caller.babies.create({ name: "Vi", dateOfBirth: sevenWeeks, sex: "female" });
    const { commands } = await sent(() =>
      caller.vaccinations.add({ babyId: young.babyId, dateGiven: sevenWeeks, cvx: "08" }),
    );
    expect(commands.slice(0, 2).sort()).toEqual(["GetItemCommand", "UpdateItemCommand"]);
    expect(commands.slice(2)).toEqual([
      "TransactWriteItemsCommand",
      // The re-plan (reminders/replan.ts): the membership as the write left it, the doses and the measurements on
      // the date of birth (the birth weight), the reminders' items.
      "GetItemCommand",
      "QueryCommand",
      "QueryCommand",
      "BatchWriteItemCommand",
    ]);
  });

  it("milestones: the membership, then the records and the user's timezone", async () => {
    const { commands } = await sent(() => caller.milestones.view({ babyId }));
    expect(commands[0]).toBe("GetItemCommand");
    expect([...commands.slice(1)].sort()).toEqual(["GetItemCommand", "QueryCommand"]);
  });

  it("the vaccines page and the status: the membership once, then the doses and the birth day's measurements", async () => {
    for (const request of [
      () => caller.vaccinations.overview({ babyId }),
      () => caller.vaccinations.status({ babyId }),
    ]) {
      const { commands } = await sent(request);
      expect(commands).toEqual(["GetItemCommand", "QueryCommand", "QueryCommand"]);
    }
  });

  it("a growth chart of every measurement: the membership once, whatever the pages", async () => {
    const { commands } = await sent(() => caller.measurements.chart({ babyId, chart: "weight" }));
    expect(commands).toEqual(["GetItemCommand", "QueryCommand"]);
  });

  it("the growth insights: the membership once (with the parents' heights), then every measurement", async () => {
    const { commands } = await sent(() => caller.measurements.insights({ babyId }));
    expect(commands).toEqual(["GetItemCommand", "QueryCommand"]);
  });
});
