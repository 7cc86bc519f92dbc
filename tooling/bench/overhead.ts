/**
 * Where the API's extra time goes, at one client (no queueing): the median of
 * each layer added in turn, for one operation. The token check alone; the
 * whole procedure called in process (context with the token check, tRPC,
 * zod, repository, scoring; no HTTP); and the full HTTP request. Differences
 * between adjacent steps are each layer's share.
 */

import { appRouter } from "../../apps/api/src/routers/_app.ts";
import { createContext, type Services } from "../../apps/api/src/trpc/context.ts";
import { createCallerFactory } from "../../apps/api/src/trpc/trpc.ts";
import { percentile } from "./load.ts";
import type { Op } from "./ops.ts";
import type { BenchUser } from "./stack.ts";

const createCaller = createCallerFactory(appRouter);

async function median(n: number, run: (i: number) => Promise<unknown>) {
  const times: number[] = [];
  for (let i = -20; i < n; i++) {
    const t0 = performance.now();
    await run(i + 20);
    if (i >= 0) times.push(performance.now() - t0);
  }
  return percentile(
    times.sort((a, b) => a - b),
    50,
  );
}

export type Overhead = { op: string; baseline: number; verifyToken: number; inProcess: number; http: number };

export async function measureOverhead(services: Services, user: BenchUser, op: Op, n: number): Promise<Overhead> {
  const headers = { authorization: `Bearer ${user.accessToken}` };
  const inProcess = async (i: number) => {
    const caller = createCaller(await createContext(services, { headers, requestId: `bench-${i}` }));
    // The same procedure the HTTP client calls, through a caller that mimics the client's surface.
    const viaCaller = {
      babies: { list: { query: (input: unknown) => caller.babies.list(input as never) } },
      measurements: {
        list: { query: (input: unknown) => caller.measurements.list(input as never) },
        add: { mutate: (input: unknown) => caller.measurements.add(input as never) },
      },
    } as unknown as BenchUser["client"];
    return op.api(viaCaller, user, i);
  };
  return {
    op: op.name,
    baseline: await median(n, (i) => op.baseline(user, i)),
    verifyToken: await median(n, () => services.verifyToken(headers.authorization)),
    inProcess: await median(n, inProcess),
    http: await median(n, (i) => op.api(user.remoteClient, user, i)),
  };
}
