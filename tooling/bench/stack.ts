/**
 * The back end the benchmark drives, in this process: DynamoDB Local (in
 * memory), the project's migrations, the real issuer and the real API server
 * over loopback. The API's DocumentClient reports consumed capacity (cost);
 * the baseline gets its own client with the same options, so both sides do
 * identical DynamoDB work and differ only by what the API adds.
 */

import { spawn } from "node:child_process";
import { once } from "node:events";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { createTRPCClient, httpLink } from "@trpc/client";
import { type ConsumedCapacity, createDocumentClient, createRepositories, migrate, migrations } from "@upnest/db";
import { startLocalEngine } from "@upnest/db/local";
import { createServices } from "../../apps/api/src/entry/app.ts";
import { startApiServer } from "../../apps/api/src/entry/server.ts";
import type { AppRouter } from "../../apps/api/src/routers/_app.ts";
import { startMailedIssuer } from "../../apps/api/src/testing/mailed-issuer.ts";
import { signUp } from "../../apps/api/src/testing/sign-up.ts";
import { jsonLogger } from "../../apps/api/src/trpc/log.ts";
import { MODELED_DYNAMO_MS, withModeledLatency } from "./modeled-latency.ts";

export const CURSOR_SECRET = "bench-cursor-secret-0123456789abcdef";
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

/** Capacity and DynamoDB commands seen since the last reset: cost is measured in sequential phases, so totals attribute cleanly. */
export function capacityMeter() {
  let used: ConsumedCapacity[] = [];
  return {
    record: (c: ConsumedCapacity) => void used.push(c),
    reset: () => {
      used = [];
    },
    take: () => {
      const taken = used;
      used = [];
      return taken;
    },
  };
}

/** Starts api-process.ts (through tsx, as this script runs) and waits for the URL it prints. */
async function startApiProcess(env: Record<string, string>) {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", fileURLToPath(new URL("./api-process.ts", import.meta.url))],
    {
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  process.once("exit", () => child.kill()); // never leave it behind, whatever happens to this script
  const [line] = (await Promise.race([
    once(createInterface({ input: child.stdout! }), "line"),
    once(child, "exit").then(() => {
      throw new Error("the API process exited");
    }),
  ])) as [string];
  const { url } = JSON.parse(line) as { url: string };
  return {
    url,
    stop: async () => {
      if (child.exitCode !== null) return;
      child.kill("SIGTERM");
      await once(child, "exit");
    },
  };
}

/** The issuer logs every HTTP request it serves (Hono's logger, via console.log); those lines would bury the results. */
function muteIssuerRequestLog() {
  const print = console.log;
  console.log = (...args: unknown[]) => {
    if (typeof args[0] === "string" && /^(<--|-->) /.test(args[0])) return;
    print(...args);
  };
}

export async function startBenchStack(userCount: number, measurementsPerBaby: number) {
  muteIssuerRequestLog();
  const engine = await startLocalEngine();
  const tableName = "upnest-bench";
  const meter = capacityMeter();
  const options = { onConsumedCapacity: meter.record };
  const apiDb = createDocumentClient({ tableName, endpoint: engine.endpoint }, options);
  await migrate({ db: apiDb, tableName }, migrations);
  const issuer = await startMailedIssuer({ db: apiDb, tableName });
  const { inbox } = issuer;
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
  // The API's own service wiring, with its repositories swapped for ones over the metered client.
  // Rate limits are raised: the benchmark measures latency, and one user sends more than a person would.
  const generous = { writes: { limit: 1_000_000, windowSeconds: 60 }, reads: { limit: 1_000_000, windowSeconds: 60 } };
  const repos = createRepositories({ db: apiDb, tableName, cursorSecret: CURSOR_SECRET });
  const services = { ...createServices(env, { log, limits: generous } as Parameters<typeof createServices>[1]), repos };
  const api = await startApiServer(services, { origins: [] });
  const remote = await startApiProcess(env);
  const modeledRemote = await startApiProcess({ ...env, BENCH_MODELED_DYNAMO_MS: String(MODELED_DYNAMO_MS) });

  // Every concurrent client is its own user (real sign-up, real token) with a baby to read and one to write to.
  const users = [];
  for (let i = 0; i < userCount; i++) {
    const email = `bench-${i}@example.com`;
    const tokens = await signUp(issuer.url, inbox, email);
    const clientOf = (url: string) =>
      createTRPCClient<AppRouter>({
        links: [httpLink({ url: `${url}/trpc`, headers: { authorization: `Bearer ${tokens.access}` } })],
      });
    const client = clientOf(api.url);
    const me = await client.users.me.query();
    const readBaby = await client.babies.create.mutate({
      name: `Reader ${i}`,
      dateOfBirth: daysAgo(365),
      sex: i % 2 ? "male" : "female",
    });
    const writeBaby = await client.babies.create.mutate({
      name: `Writer ${i}`,
      dateOfBirth: daysAgo(365),
      sex: "female",
    });
    // A year of fortnightly-ish measurements: what a growth chart reads.
    for (let m = 0; m < measurementsPerBaby; m++) {
      const age = 360 - m * Math.floor(360 / measurementsPerBaby);
      await repos.measurements.add(me.userId, {
        babyId: readBaby.babyId,
        measuredOn: daysAgo(age),
        weightKg: 3.3 + (365 - age) * 0.017,
        lengthCm: 50 + (365 - age) * 0.07,
        lengthMethod: "lying",
        headCircumferenceCm: 35 + (365 - age) * 0.027,
      });
    }
    users.push({
      userId: me.userId,
      email,
      accessToken: tokens.access,
      client,
      remoteClient: clientOf(remote.url),
      modeledClient: clientOf(modeledRemote.url),
      readBabyId: readBaby.babyId,
      writeBabyId: writeBaby.babyId,
    });
  }
  meter.reset();
  return {
    endpoint: engine.endpoint,
    tableName,
    issuerUrl: issuer.url,
    apiUrl: api.url,
    repos,
    apiDb,
    /** The in-process API's services (metered repositories): for calls without HTTP. */
    services,
    /** The baseline's client: same options (capacity reporting included), counted apart. */
    baselineDb: createDocumentClient({ tableName, endpoint: engine.endpoint }, { onConsumedCapacity: () => {} }),
    /** The baseline's client for the modeled-latency cells: every call waits MODELED_DYNAMO_MS first, as the modeled API's do. */
    modeledBaselineDb: withModeledLatency(
      createDocumentClient({ tableName, endpoint: engine.endpoint }, { onConsumedCapacity: () => {} }),
      MODELED_DYNAMO_MS,
    ),
    meter,
    users,
    logBytes: () => logBytes,
    async stop() {
      await remote.stop();
      await modeledRemote.stop();
      await api.close();
      await issuer.close();
      await engine.stop();
    },
  };
}
export type BenchStack = Awaited<ReturnType<typeof startBenchStack>>;
export type BenchUser = BenchStack["users"][number];
