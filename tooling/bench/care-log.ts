/**
 * `pnpm bench:care` (also run by `pnpm bench`): the care log's workload through the real API over HTTP, on
 * DynamoDB Local with real sign-ups and tokens. Two caregivers log a month of a baby's days (25 entries a day,
 * breastfeeds, sleeps, tummy time and pumping through shared timers, bottles, diapers, a note and a tracker,
 * one edit) and open the today view 20 times a day; an open page polls `care.changes`. Read and write units are
 * what the API's DynamoDB client reported, and by AWS's transaction rule; a second baby with 27,000 entries
 * (three years) gives the today view's read units at that size. Writes tooling/bench/results/care-log.json and
 * the care log section of docs/benchmarks.md. Counts and prices only: nothing timed is asserted.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { BatchWriteCommand } from "@aws-sdk/lib-dynamodb";
import { createTRPCClient, httpLink } from "@trpc/client";
import { type ConsumedCapacity, createDocumentClient, createRepositories, migrate, migrations } from "@upnest/db";
import { startLocalEngine } from "@upnest/db/local";
import { monotonicFactory } from "ulid";
import { createServices } from "../../apps/api/src/entry/app.ts";
import { startApiServer } from "../../apps/api/src/entry/server.ts";
import type { AppRouter } from "../../apps/api/src/routers/_app.ts";
import { startMailedIssuer } from "../../apps/api/src/testing/mailed-issuer.ts";
import { signUp } from "../../apps/api/src/testing/sign-up.ts";
import { jsonLogger } from "../../apps/api/src/trpc/log.ts";
import { type CareBench, careSection, withCareSection } from "./care-page.ts";
import { monthlyCost, PRICES } from "./cost.ts";
import { CURSOR_SECRET } from "./stack.ts";
import { storedIn } from "./stored.ts";

const benchDir = dirname(fileURLToPath(import.meta.url));
const repoRoot = join(benchDir, "../..");
const DAYS = 30;
const TODAY_VIEWS_PER_DAY = 20;
const HISTORY_ENTRIES = 27_000;
const POLLS = 200;
const POLLS_PER_PAGE_HOUR = 3600 / 4;
const READ = /^(Get|Query|BatchGet)/;
const NY = "America/New_York";
let keys = 0;
/** Every create and stop carries a request key, as the web app sends (a retried request writes nothing twice). */
const key = () => `care-bench-${++keys}`;

const engine = await startLocalEngine();
try {
  const tableName = "care-bench";
  let used: ConsumedCapacity[] = [];
  const db = createDocumentClient(
    { tableName, endpoint: engine.endpoint },
    { onConsumedCapacity: (c) => void used.push(c) },
  );
  await migrate({ db, tableName }, migrations);
  const issuer = await startMailedIssuer({ db, tableName });
  let logBytes = 0;
  const log = jsonLogger((line) => {
    logBytes += Buffer.byteLength(line) + 1;
  });
  const env = {
    TABLE_NAME: tableName,
    ISSUER_URL: issuer.url,
    CURSOR_SECRET,
    DYNAMODB_ENDPOINT: engine.endpoint,
    WEB_ORIGINS: "",
  };
  const generous = { writes: { limit: 1_000_000, windowSeconds: 60 }, reads: { limit: 1_000_000, windowSeconds: 60 } };
  const repos = createRepositories({ db, tableName, cursorSecret: CURSOR_SECRET });
  const services = { ...createServices(env, { log, limits: generous } as Parameters<typeof createServices>[1]), repos };
  const api = await startApiServer(services, { origins: [] });
  const clientOf = (token: string) =>
    createTRPCClient<AppRouter>({
      links: [httpLink({ url: `${api.url}/trpc`, headers: { authorization: `Bearer ${token}` } })],
    });
  const [mum, dad] = await Promise.all(
    ["care-one@example.com", "care-two@example.com"].map(async (email) =>
      clientOf((await signUp(issuer.url, issuer.inbox, email)).access),
    ),
  );
  if (!mum || !dad) throw new Error("no users");

  // Every request's units, wall time and kind, from here on.
  type Tally = { requests: number; reads: number; writes: number; awsWrites: number; ms: number };
  const tallies: Record<string, Tally> = {};
  async function measured<T>(name: string, run: () => Promise<T>): Promise<T> {
    used = [];
    const started = performance.now();
    const out = await run();
    const ms = performance.now() - started;
    const t = tallies[name] ?? { requests: 0, reads: 0, writes: 0, awsWrites: 0, ms: 0 };
    tallies[name] = t;
    t.requests++;
    t.ms += Math.ceil(ms);
    for (const c of used) {
      if (READ.test(c.command)) t.reads += c.capacityUnits;
      else {
        t.writes += c.capacityUnits;
        // AWS's rule: 2 write units per item of a transaction up to 1 KB (every item here is under 1 KB).
        t.awsWrites += c.transactItems ? 2 * c.transactItems : c.capacityUnits;
      }
    }
    return out;
  }

  const born = new Date(Date.now() - (DAYS + 60) * 86_400_000).toISOString().slice(0, 10);
  const { babyId } = await mum.babies.create.mutate({ name: "Robin", dateOfBirth: born, sex: "female", timeZone: NY });
  const invite = await mum.caregivers.invite.mutate({ babyId, role: "caregiver" });
  await dad.caregivers.accept.mutate({ token: invite.token });

  // A month of days, ending now: each day's 25 entries spread over its hours, the caregivers taking turns.
  const dayStart = (d: number) => Date.now() - (DAYS - d) * 86_400_000;
  const at = (d: number, hour: number) => new Date(dayStart(d) + hour * 3600_000).toISOString();
  // The entries a timer makes are added at their times here (so each day holds what it would); the timers' own
  // requests are measured on a second baby below and priced in their place.
  for (let d = 0; d < DAYS; d++) {
    const who = (i: number) => (i % 2 ? dad : mum);
    for (let f = 0; f < 5; f++)
      await measured("feedings.add (breast, as its timer stops)", () =>
        who(f).feedings.add.mutate({
          idempotencyKey: key(),
          babyId,
          startedAt: at(d, f * 4),
          timeZone: NY,
          method: "breast",
          side: "both",
          leftSeconds: 600,
          rightSeconds: 540,
          lastSide: f % 2 ? "left" : "right",
        }),
      );
    for (let b = 0; b < 3; b++)
      await measured("feedings.add", () =>
        who(b).feedings.add.mutate({
          idempotencyKey: key(),
          babyId,
          startedAt: at(d, 2 + b * 6),
          timeZone: NY,
          method: "bottle",
          amountMl: 120,
          milk: "formula",
        }),
      );
    for (let s = 0; s < 5; s++)
      await measured("sleeps.add (as its timer stops)", () =>
        who(s).sleeps.add.mutate({
          idempotencyKey: key(),
          babyId,
          startedAt: at(d, 1 + s * 4.5),
          endedAt: at(d, 2.5 + s * 4.5),
          timeZone: NY,
          kind: s === 4 ? "night" : "nap",
        }),
      );
    for (let n = 0; n < 8; n++)
      await measured("diapers.add", () =>
        who(n).diapers.add.mutate({
          idempotencyKey: key(),
          babyId,
          at: at(d, 0.5 + n * 3),
          timeZone: NY,
          contents: n % 3 ? "wet" : "both",
        }),
      );
    await measured("pumpings.add (as its timer stops)", () =>
      mum.pumpings.add.mutate({
        idempotencyKey: key(),
        babyId,
        startedAt: at(d, 9),
        timeZone: NY,
        side: "both",
        durationSeconds: 1100,
        amountMl: 90,
      }),
    );
    await measured("tummyTimes.add (as its timer stops)", () =>
      dad.tummyTimes.add.mutate({
        idempotencyKey: key(),
        babyId,
        startedAt: at(d, 15),
        timeZone: NY,
        durationSeconds: 600,
      }),
    );
    await measured("careNotes.add", () =>
      dad.careNotes.add.mutate({
        idempotencyKey: key(),
        babyId,
        at: at(d, 12),
        timeZone: NY,
        text: "Happy and alert after her nap",
      }),
    );
    const vitamin = await measured("customEntries.add", () =>
      mum.customEntries.add.mutate({
        idempotencyKey: key(),
        babyId,
        startedAt: at(d, 8),
        timeZone: NY,
        label: "Vitamin D",
        unit: "drops",
        amount: 1,
      }),
    );
    await measured("customEntries.update", () =>
      mum.customEntries.update.mutate({
        babyId,
        customEntryId: vitamin.customEntryId,
        version: vitamin.version,
        startedAt: vitamin.startedAt,
        timeZone: NY,
        label: "Vitamin D",
        unit: "drops",
        amount: 2,
      }),
    );
    for (let v = 0; v < TODAY_VIEWS_PER_DAY; v++) await measured("care.day", () => who(v).care.day.query({ babyId }));
  }

  // The timers, started on one phone and stopped on the other, on a baby of their own (their entries land now).
  const { babyId: timed } = await mum.babies.create.mutate({
    name: "Timed",
    dateOfBirth: born,
    sex: "male",
    timeZone: NY,
  });
  const invite2 = await mum.caregivers.invite.mutate({ babyId: timed, role: "caregiver" });
  await dad.caregivers.accept.mutate({ token: invite2.token });
  for (let r = 0; r < 10; r++)
    for (const kind of ["feeding", "sleep", "tummyTime", "pumping"] as const) {
      const side = kind === "feeding" || kind === "pumping" ? { side: "left" as const } : {};
      let t = await measured("timers.start", () =>
        mum.timers.start.mutate({ babyId: timed, kind, timeZone: NY, ...side }),
      );
      if (kind === "feeding")
        t = await measured("timers.switchSide", () =>
          dad.timers.switchSide.mutate({ babyId: timed, kind, version: t.version, side: "right" }),
        );
      await measured("timers.stop", () =>
        dad.timers.stop.mutate({ idempotencyKey: key(), babyId: timed, kind, version: t.version }),
      );
    }

  let entries = 0;
  let cursor: string | undefined;
  do {
    const page = await mum.care.range.query({ babyId, from: born, to: new Date().toISOString().slice(0, 10), cursor });
    entries += page.items.length;
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  // What the month leaves stored in the baby's partition: its entries and their audit events.
  const stored = await storedIn(db, tableName, `BABY#${babyId}`);

  // An open page's poll: the change marker, nothing changed.
  const { latest } = await dad.care.changes.query({ babyId });
  for (let p = 0; p < POLLS; p++)
    await measured("care.changes", () => dad.care.changes.query({ babyId, since: latest ?? undefined }));

  // Three years of entries in a second baby (written directly, as the repository would), then its today view.
  const { babyId: big } = await mum.babies.create.mutate({
    name: "Sky",
    dateOfBirth: "2023-01-01",
    sex: "male",
    timeZone: NY,
  });
  const idAt = monotonicFactory();
  const me = await mum.users.me.query();
  const stamp = new Date().toISOString();
  const span = 3 * 365 * 86_400_000;
  const items = Array.from({ length: HISTORY_ENTRIES }, (_, i) => {
    const instant = new Date(Date.now() - span + (i * span) / HISTORY_ENTRIES).toISOString();
    const id = idAt(Date.parse(instant));
    const kind = i % 3;
    const values =
      kind === 0
        ? { type: "diaper", diaperId: id, at: instant, contents: "wet" }
        : kind === 1
          ? { type: "feeding", feedingId: id, startedAt: instant, method: "bottle", amountMl: 120, milk: "formula" }
          : {
              type: "sleep",
              sleepId: id,
              startedAt: instant,
              endedAt: new Date(Date.parse(instant) + 3600_000).toISOString(),
              kind: "nap",
            };
    return {
      PK: `BABY#${big}`,
      SK: `CARE#${instant}#${id}`,
      timeZone: NY,
      ...values,
      createdBy: me.userId,
      createdAt: stamp,
      updatedAt: stamp,
      version: 1,
    };
  });
  for (let i = 0; i < items.length; i += 25) {
    let requests: unknown[] = items.slice(i, i + 25).map((Item) => ({ PutRequest: { Item } }));
    while (requests.length > 0) {
      const out = await db.send(new BatchWriteCommand({ RequestItems: { [tableName]: requests as never } }));
      requests = out.UnprocessedItems?.[tableName] ?? [];
    }
  }
  const bigView = await measured("care.day (27,000 entries)", () => mum.care.day.query({ babyId: big }));

  // A family-month: each day's requests (timers in place of the adds their stops stand for), at each request's
  // measured units and time.
  const DAY_MIX: Record<string, number> = {
    "timers.start": 12,
    "timers.switchSide": 5,
    "timers.stop": 12,
    "feedings.add": 3,
    "diapers.add": 8,
    "careNotes.add": 1,
    "customEntries.add": 1,
    "customEntries.update": 1,
    "care.day": TODAY_VIEWS_PER_DAY,
  };
  const mean = (name: string, key: keyof Tally) => {
    const t = tallies[name];
    if (!t) throw new Error(`${name} was not measured`);
    return t[key] / t.requests;
  };
  const sum = (key: keyof Tally) => Object.entries(DAY_MIX).reduce((s, [name, n]) => s + n * DAYS * mean(name, key), 0);
  const requests = sum("requests");
  const costOf = (writeKey: "writes" | "awsWrites") =>
    monthlyCost({
      reads: { readUnits: sum("reads"), writeUnits: 0 },
      writes: { readUnits: 0, writeUnits: sum(writeKey) },
      requests,
      storageBytes: stored.bytes,
      lambdaBilledMs: sum("ms") / requests,
      logBytesPerRequest:
        logBytes /
        Math.max(
          1,
          Object.values(tallies).reduce((s, t) => s + t.requests, 0),
        ),
    });
  const poll = tallies["care.changes"] ?? { requests: 1, reads: 0, writes: 0, awsWrites: 0, ms: 0 };
  const pollCost = poll.requests
    ? (POLLS_PER_PAGE_HOUR / poll.requests) *
      ((poll.reads * PRICES.readPerMillion) / 1e6 +
        (poll.awsWrites * PRICES.writePerMillion) / 1e6 +
        (poll.requests * PRICES.lambdaPerMillion) / 1e6 +
        poll.requests * (poll.ms / poll.requests / 1000) * PRICES.lambdaMemoryGb * PRICES.lambdaGbSecond)
    : 0;
  const bench: CareBench = {
    date: new Date().toISOString().slice(0, 10),
    days: DAYS,
    entries,
    todayViewsPerDay: TODAY_VIEWS_PER_DAY,
    perOperation: Object.fromEntries(
      Object.entries(tallies).map(([name, t]) => [
        name,
        {
          requests: t.requests,
          readUnits: t.reads / t.requests,
          writeUnits: t.writes / t.requests,
          awsWriteUnits: t.awsWrites / t.requests,
          ms: t.ms / t.requests,
        },
      ]),
    ),
    stored,
    month: { requests, readUnits: sum("reads"), writeUnits: sum("writes"), awsWriteUnits: sum("awsWrites") },
    cost: costOf("writes"),
    costAwsRule: costOf("awsWrites"),
    bigTodayView: {
      entries: HISTORY_ENTRIES,
      readUnits: tallies["care.day (27,000 entries)"]?.reads ?? 0,
      entriesReturned: bigView.entries.length,
    },
    pollPerPageHour: {
      polls: POLLS_PER_PAGE_HOUR,
      readUnits: (poll.reads / poll.requests) * POLLS_PER_PAGE_HOUR,
      cost: pollCost,
    },
  };
  mkdirSync(join(benchDir, "results"), { recursive: true });
  writeFileSync(join(benchDir, "results/care-log.json"), `${JSON.stringify(bench, null, 2)}\n`);
  const page = join(repoRoot, "docs/benchmarks.md");
  writeFileSync(page, withCareSection(readFileSync(page, "utf8"), careSection(bench)));
  console.log(careSection(bench));
  await api.close();
  await issuer.close();
} finally {
  await engine.stop();
}
