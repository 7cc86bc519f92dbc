/**
 * A bounded closed-loop load generator: `concurrency` clients, each sending
 * its next request when the previous one answers, until `total` requests
 * have been sent. Latency is per request; throughput is completed requests
 * over the cell's wall time. Failed requests are counted, not timed.
 */
export type Cell = {
  concurrency: number;
  requests: number;
  errors: number;
  p50: number;
  p99: number;
  mean: number;
  throughput: number;
  firstError?: string;
};

export function percentile(sorted: number[], p: number) {
  if (sorted.length === 0) return NaN;
  // Nearest-rank: the value at or below which p% of the samples lie.
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] as number;
}

export async function runCell<U>(
  users: U[],
  concurrency: number,
  total: number,
  send: (user: U, i: number) => Promise<unknown>,
): Promise<Cell> {
  const latencies: number[] = [];
  let next = 0;
  let errors = 0;
  let firstError: string | undefined;
  const started = performance.now();
  const client = async (c: number) => {
    const user = users[c % users.length] as U;
    while (next < total) {
      const i = next++;
      const t0 = performance.now();
      try {
        await send(user, i);
        latencies.push(performance.now() - t0);
      } catch (error) {
        errors++;
        firstError ??= String((error as Error).message ?? error).slice(0, 200);
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, (_, c) => client(c)));
  const wallMs = performance.now() - started;
  const sorted = latencies.sort((a, b) => a - b);
  return {
    concurrency,
    requests: total,
    errors,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    mean: sorted.reduce((s, x) => s + x, 0) / Math.max(1, sorted.length),
    throughput: (sorted.length / wallMs) * 1000,
    ...(firstError ? { firstError } : {}),
  };
}
