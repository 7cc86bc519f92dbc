/**
 * The API server in a process of its own, as it would be in production (a
 * Lambda or a server, never sharing an event loop with its clients): the
 * latency runs use it, so the load generator's own work (sending requests,
 * parsing answers) does not queue in front of the server's. Started by
 * stack.ts with the stack's endpoints in its environment; prints its URL.
 */
import { createDocumentClient, createRepositories } from "@upnest/db";
import { createServices } from "../../apps/api/src/entry/app.ts";
import { readEnv } from "../../apps/api/src/entry/env.ts";
import { startApiServer } from "../../apps/api/src/entry/server.ts";
import { jsonLogger } from "../../apps/api/src/trpc/log.ts";
import { withModeledLatency } from "./modeled-latency.ts";

const env = readEnv();
// Same client options as the metered in-process API (capacity reported on every call), so both do the same work.
const db = createDocumentClient(
  { tableName: env.TABLE_NAME, endpoint: env.DYNAMODB_ENDPOINT },
  { onConsumedCapacity: () => {} },
);
// The modeled-latency API process (see modeled-latency.ts).
const modeledMs = Number(process.env.BENCH_MODELED_DYNAMO_MS ?? 0);
if (modeledMs > 0) withModeledLatency(db, modeledMs);
const repos = createRepositories({ db, tableName: env.TABLE_NAME, cursorSecret: env.CURSOR_SECRET });
// Log lines are built as in production, then dropped: their bytes are measured by the Lambda probe instead.
const log = jsonLogger(() => {});
const generous = { writes: { limit: 1_000_000, windowSeconds: 60 }, reads: { limit: 1_000_000, windowSeconds: 60 } };
const services = { ...createServices(env, { log, limits: generous } as Parameters<typeof createServices>[1]), repos };
const api = await startApiServer(services, { origins: [] });
process.stdout.write(`${JSON.stringify({ url: api.url })}\n`);
process.on("SIGTERM", () => void api.close().then(() => process.exit(0)));
