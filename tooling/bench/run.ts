/**
 * `pnpm bench`: API latency/throughput against a baseline of the same
 * DynamoDB calls, and cost per active user, in one run on DynamoDB Local.
 * Prints the numbers and writes tooling/bench/results/bench.json,
 * docs/benchmarks.md and docs/benchmarks.svg. Nothing here is asserted:
 * the machine is shared, so only ratios measured in the same run mean much.
 * Usage: pnpm bench [--quick]   (--quick: a tenth of the requests, to try it out)
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { keepCareSection } from "./care-page.ts";
import { monthlyCost, type Usage, yearOfData } from "./cost.ts";
import { probeLambda } from "./lambda-probe.ts";
import { runCell } from "./load.ts";
import { MODELED_DYNAMO_MS } from "./modeled-latency.ts";
import { type OpName, operations } from "./ops.ts";
import { measureOverhead } from "./overhead.ts";
import { benchPage } from "./page.ts";
import { keepRecordsSection } from "./records-page.ts";
import { latencySvg, type Row } from "./report.ts";
import { startBenchStack } from "./stack.ts";

const quick = process.argv.includes("--quick");
const benchDir = dirname(fileURLToPath(import.meta.url));
const repoRoot = join(benchDir, "../..");
const CONCURRENCY = [1, 10, 50];
const REQUESTS: Record<number, number> = quick ? { 1: 30, 10: 50, 50: 100 } : { 1: 200, 10: 300, 50: 500 };
const WARMUP = quick ? 10 : 30;
/** The monthly mix of one active user (see docs/benchmarks.md). */
const MIX = {
  reads: { "babies.list": 200, "measurements.list": 200, "babies.get": 100 },
  writes: { "measurements.add": 50 },
};
const READ_COMMANDS = /^(Get|Query|Scan|BatchGet|TransactGet)/;

const log = (line: string) => console.log(line);
const started = Date.now();
const loadAtStart = os.loadavg()[0] ?? 0; // other people's runs share these 2 cores: recorded so noisy runs can be told apart
log(`starting DynamoDB Local, issuer and API; signing up 50 users with 60 measurements each…`);
const stack = await startBenchStack(50, 60);
try {
  const ops = operations(stack);

  // 1. What each API request sends to DynamoDB, next to what the baseline sends.
  const commands: Record<string, { api: string[]; baseline: string[] }> = {};
  for (const op of ops) {
    stack.meter.reset();
    await op.api(stack.users[0]!.client, stack.users[0]!, 0); // the in-process API, whose client is metered
    commands[op.name] = { api: stack.meter.take().map((c) => c.command), baseline: op.baselineCommands };
    log(`${op.name}: API sends ${commands[op.name]!.api.join(", ")}; baseline sends ${op.baselineCommands.join(", ")}`);
  }

  // 2. Lambda duration and log bytes per request, from the real handler. Before the load below: the handler keeps
  // the default rate limits, whose per-user write counters (in the table) the load would otherwise have filled.
  const lambda = await probeLambda(stack, quick ? 10 : 40);

  // 3. Latency and throughput, API and baseline back to back in each cell (their order alternates, so drift hits both).
  type User = (typeof stack.users)[number];
  const measureCells = async (
    cellOps: typeof ops,
    concurrency: number[],
    apiClientOf: (u: User) => User["client"],
    tag: string,
  ) => {
    const rows: Row[] = [];
    for (const op of cellOps) {
      for (const c of concurrency) {
        const users = stack.users.slice(0, c);
        const viaApi = (u: User, i: number) => op.api(apiClientOf(u), u, i); // the API in its own process
        await runCell(users, c, WARMUP, viaApi);
        await runCell(users, c, WARMUP, op.baseline);
        const flip = rows.length % 2 === 1;
        const first = await runCell(users, c, REQUESTS[c]!, flip ? op.baseline : viaApi);
        const second = await runCell(users, c, REQUESTS[c]!, flip ? viaApi : op.baseline);
        const [api, baseline] = flip ? [second, first] : [first, second];
        rows.push({ op: op.name, label: op.label, api, baseline });
        log(
          `${tag}${op.name.padEnd(18)} c=${String(c).padStart(2)}  p50 ${api.p50.toFixed(2)} vs ${baseline.p50.toFixed(2)} ms (×${(api.p50 / baseline.p50).toFixed(2)})  p99 ${api.p99.toFixed(2)} vs ${baseline.p99.toFixed(2)} ms (×${(api.p99 / baseline.p99).toFixed(2)})  ${api.throughput.toFixed(0)} vs ${baseline.throughput.toFixed(0)} req/s  errors ${api.errors}/${baseline.errors}${api.firstError ? ` (${api.firstError})` : ""}`,
        );
      }
    }
    return rows;
  };
  const rows = await measureCells(ops, CONCURRENCY, (u) => u.remoteClient, "");
  // 3a. The same, at 1 and 10 clients, with DynamoDB's network round trip modeled on both sides (context, not the goal).
  const modeledRows = await measureCells(
    operations(stack, stack.modeledBaselineDb),
    [1, 10],
    (u) => u.modeledClient,
    `modeled ${MODELED_DYNAMO_MS} ms: `,
  );

  // 3b. Where the extra time goes, at one client.
  const overhead = [];
  for (const op of ops) {
    const o = await measureOverhead(stack.services, stack.users[2]!, op, quick ? 50 : 200);
    overhead.push(o);
    log(
      `${op.name.padEnd(18)} c=1 medians: baseline ${o.baseline.toFixed(2)} ms, token check ${o.verifyToken.toFixed(2)} ms, procedure in process ${o.inProcess.toFixed(2)} ms, over HTTP ${o.http.toFixed(2)} ms`,
    );
  }

  // 4. Capacity per request, from the API's client, in sequential runs so every unit belongs to the request measured.
  const perRequest: Record<string, Usage> = {};
  const awsRulePerRequest: Record<string, Usage> = {};
  const samples = 20;
  const u0 = stack.users[1]!;
  const calls: Record<string, (i: number) => Promise<unknown>> = {
    "babies.list": () => u0.client.babies.list.query({ limit: 50 }),
    "measurements.list": () => u0.client.measurements.list.query({ babyId: u0.readBabyId, limit: 100 }),
    "babies.get": () => u0.client.babies.get.query({ babyId: u0.readBabyId }),
    "measurements.add": (i) => ops.find((o) => o.name === "measurements.add")!.api(u0.client, u0, i),
  };
  for (const [name, call] of Object.entries(calls)) {
    stack.meter.reset();
    for (let i = 0; i < samples; i++) await call(i);
    const used = stack.meter.take();
    const sum = (read: boolean) =>
      used.filter((c) => READ_COMMANDS.test(c.command) === read).reduce((s, c) => s + c.capacityUnits, 0) / samples;
    // DynamoDB Local under-counts some transactions (see docs/benchmarks.md); AWS's rule is 2 write units per item of a
    // transaction up to 1 KB, ConditionCheck included. Every item these transactions write is under 1 KB.
    const awsRuleWrites =
      used
        .filter((c) => !READ_COMMANDS.test(c.command))
        .reduce((s, c) => s + (c.transactItems ? 2 * c.transactItems : c.capacityUnits), 0) / samples;
    perRequest[name] = { readUnits: sum(true), writeUnits: sum(false) };
    awsRulePerRequest[name] = { readUnits: sum(true), writeUnits: awsRuleWrites };
    log(
      `${name}: ${perRequest[name]!.readUnits.toFixed(2)} read units, ${perRequest[name]!.writeUnits.toFixed(2)} write units per request (${awsRuleWrites.toFixed(2)} by AWS's transaction rule)`,
    );
  }
  const monthly = (group: Record<string, number>, per: Record<string, Usage> = perRequest): Usage =>
    Object.entries(group).reduce(
      (acc, [name, n]) => ({
        readUnits: acc.readUnits + n * per[name]!.readUnits,
        writeUnits: acc.writeUnits + n * per[name]!.writeUnits,
      }),
      { readUnits: 0, writeUnits: 0 },
    );

  // 5. Lambda time and log bytes weighted by the monthly mix.
  const requests = Object.values(MIX.reads).reduce((a, b) => a + b, 0) + MIX.writes["measurements.add"];
  const weight = (name: OpName | "babies.get") =>
    (MIX.reads as Record<string, number>)[name] ?? (MIX.writes as Record<string, number>)[name] ?? 0;
  // babies.get was not probed: its handler time is taken as babies.list's (both are a small read).
  const probeOf = (name: string) => lambda[(name === "babies.get" ? "babies.list" : name) as OpName];
  const names = [...Object.keys(MIX.reads), ...Object.keys(MIX.writes)];
  const billedMs = names.reduce((s, n) => s + weight(n as OpName) * probeOf(n).billedMs, 0) / requests;
  // Lambda's own START/END/REPORT lines are not counted: the API's function logs JSON at system level WARN (infra/api.ts).
  const logBytesPerRequest = names.reduce((s, n) => s + weight(n as OpName) * probeOf(n).appLogBytes, 0) / requests;
  // For context: sequential DynamoDB round trips per request (the add's counter update runs beside its membership read),
  // each billed while the Lambda waits, had DynamoDB the modeled round trip of the latency cells.
  const ROUND_TRIPS: Record<string, number> = {
    "babies.list": 1,
    "measurements.list": 2,
    "babies.get": 2,
    "measurements.add": 2,
  };
  const roundTripsPerRequest = names.reduce((s, n) => s + weight(n as OpName) * (ROUND_TRIPS[n] ?? 0), 0) / requests;
  const modeledBilledMs = billedMs + roundTripsPerRequest * MODELED_DYNAMO_MS;

  // 6. Storage of a realistic first year, then the monthly bill.
  const year = await yearOfData(stack.endpoint);
  const costInputs = { requests, storageBytes: year.bytes, lambdaBilledMs: billedMs, logBytesPerRequest };
  const cost = monthlyCost({ reads: monthly(MIX.reads), writes: monthly(MIX.writes), ...costInputs });
  const costAwsRule = monthlyCost({
    reads: monthly(MIX.reads, awsRulePerRequest),
    writes: monthly(MIX.writes, awsRulePerRequest),
    ...costInputs,
  });
  const costModeled = monthlyCost({
    reads: monthly(MIX.reads, awsRulePerRequest),
    writes: monthly(MIX.writes, awsRulePerRequest),
    ...costInputs,
    lambdaBilledMs: modeledBilledMs,
  });

  const machine = {
    cpus: os.availableParallelism(),
    cpuModel: os.cpus()[0]?.model ?? "unknown",
    memoryGiB: Math.round(os.totalmem() / 1024 ** 3),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    date: new Date().toISOString(),
    loadAverage: { start: loadAtStart, end: os.loadavg()[0] ?? 0 },
  };
  const results = {
    machine,
    quick,
    requestsPerCell: REQUESTS,
    commands,
    latency: rows,
    modeledDynamoMs: MODELED_DYNAMO_MS,
    modeledLatency: modeledRows,
    overhead,
    capacityPerRequest: perRequest,
    awsRulePerRequest,
    mix: MIX,
    lambda,
    lambdaBilledMsPerRequest: billedMs,
    logBytesPerRequest,
    year,
    cost,
    costAwsRule,
    modeled: { roundTripsPerRequest, billedMs: modeledBilledMs, cost: costModeled },
    seconds: Math.round((Date.now() - started) / 1000),
  };
  mkdirSync(join(benchDir, "results"), { recursive: true });
  const jsonFile = join(benchDir, "results", "bench.json");
  writeFileSync(jsonFile, `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join(repoRoot, "docs/benchmarks.svg"), latencySvg(rows));
  const pageFile = join(repoRoot, "docs/benchmarks.md");
  const oldPage = readFileSync(pageFile, "utf8");
  writeFileSync(pageFile, keepCareSection(oldPage, keepRecordsSection(oldPage, benchPage(results))));
  log(`year of data: ${year.items} items, ${(year.bytes / 1024).toFixed(1)} KiB stored (with index overhead)`);
  log(
    `Lambda: ${billedMs.toFixed(1)} billed ms and ${logBytesPerRequest.toFixed(0)} log bytes per request (mix-weighted)`,
  );
  log(
    `DynamoDB with PITR: $${cost.dynamo.toFixed(6)} per active user per month as reported, $${costAwsRule.dynamo.toFixed(6)} by AWS's transaction rule (goal < $0.0005)`,
  );
  log(
    `Full stack: $${cost.fullStack.toFixed(6)} per active user per month as reported, $${costAwsRule.fullStack.toFixed(6)} by AWS's transaction rule (goal < $0.0008)`,
  );
  log(
    `written: ${[jsonFile, join(repoRoot, "docs/benchmarks.md"), join(repoRoot, "docs/benchmarks.svg")].map((f) => relative(repoRoot, f)).join(", ")} in ${results.seconds} s`,
  );
} finally {
  await stack.stop();
}
