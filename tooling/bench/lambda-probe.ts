/**
 * Lambda duration and log bytes per request, from the real handler
 * (apps/api/src/entry/lambda.ts) invoked in this process with Function URL events: the time
 * from event to response is what Lambda bills, and whatever the handler
 * writes to stdout/stderr is what CloudWatch ingests. Sequential calls only,
 * so each duration is one request's.
 */
import { randomUUID } from "node:crypto";
import { ORIGIN_HEADER } from "../../apps/api/src/entry/origin-check.ts";
import type { OpName } from "./ops.ts";
import { type BenchStack, CURSOR_SECRET } from "./stack.ts";

/** The secret CloudFront adds to each request it forwards; the handler refuses requests without it. */
const ORIGIN_SECRET = "bench-origin-secret-bench-origin-secret";

/** Lambda's own lines per invocation (text log format), sized with a real-length request id. */
function platformLogBytes() {
  const id = randomUUID();
  const lines = [
    `START RequestId: ${id} Version: $LATEST`,
    `END RequestId: ${id}`,
    `REPORT RequestId: ${id}\tDuration: 12.34 ms\tBilled Duration: 13 ms\tMemory Size: 1024 MB\tMax Memory Used: 98 MB\t`,
  ];
  return lines.reduce((sum, line) => sum + Buffer.byteLength(line) + 1, 0);
}

function event(method: "GET" | "POST", procedure: string, token: string, input: unknown) {
  const query = method === "GET" ? `input=${encodeURIComponent(JSON.stringify(input))}` : "";
  return {
    version: "2.0",
    routeKey: "$default",
    rawPath: `/trpc/${procedure}`,
    rawQueryString: query,
    headers: {
      authorization: `Bearer ${token}`,
      "content-type": "application/json",
      host: "example.lambda-url.eu-west-1.on.aws",
      [ORIGIN_HEADER]: ORIGIN_SECRET,
    },
    ...(method === "GET"
      ? { queryStringParameters: { input: JSON.stringify(input) } }
      : { body: JSON.stringify(input) }),
    isBase64Encoded: false,
    requestContext: {
      http: { method, path: `/trpc/${procedure}`, protocol: "HTTP/1.1", sourceIp: "127.0.0.1", userAgent: "bench" },
      requestId: randomUUID(),
      routeKey: "$default",
      stage: "$default",
      timeEpoch: Date.now(),
    },
  };
}

export type LambdaProbe = Record<OpName, { meanMs: number; billedMs: number; appLogBytes: number }> & {
  platformLogBytes: number;
  invocations: number;
};

export async function probeLambda(stack: BenchStack, perOp: number): Promise<LambdaProbe> {
  Object.assign(process.env, {
    TABLE_NAME: stack.tableName,
    ISSUER_URL: stack.issuerUrl,
    CURSOR_SECRET,
    ORIGIN_SECRET,
    DYNAMODB_ENDPOINT: stack.endpoint,
    WEB_ORIGINS: "",
  });
  const { handler } = await import("../../apps/api/src/entry/lambda.ts");
  const day = (i: number) => new Date(Date.now() - (1 + (i % 300)) * 86_400_000).toISOString().slice(0, 10);
  const calls: Record<OpName, (u: BenchStack["users"][number], i: number) => ReturnType<typeof event>> = {
    "babies.list": (u) => event("GET", "babies.list", u.accessToken, { limit: 50 }),
    "measurements.add": (u, i) =>
      event("POST", "measurements.add", u.accessToken, {
        babyId: u.writeBabyId,
        measuredOn: day(i + 5),
        weightKg: 7.1,
      }),
    "measurements.list": (u) => event("GET", "measurements.list", u.accessToken, { babyId: u.readBabyId, limit: 100 }),
  };
  let captured = 0;
  const out = process.stdout.write.bind(process.stdout);
  const err = process.stderr.write.bind(process.stderr);
  const result = { platformLogBytes: platformLogBytes(), invocations: perOp } as LambdaProbe;
  for (const [name, make] of Object.entries(calls) as [OpName, (typeof calls)[OpName]][]) {
    const durations: number[] = [];
    let bytes = 0;
    for (let i = -5; i < perOp; i++) {
      const user = stack.users[(i + 5) % stack.users.length] as BenchStack["users"][number];
      const context = { awsRequestId: randomUUID() } as Parameters<typeof handler>[1];
      captured = 0;
      // Count (and swallow) what the handler logs during this one invocation.
      process.stdout.write = ((chunk: string | Uint8Array) => {
        captured += Buffer.byteLength(chunk);
        return true;
      }) as typeof process.stdout.write;
      process.stderr.write = process.stdout.write as typeof process.stderr.write;
      const t0 = performance.now();
      let response: { statusCode?: number };
      try {
        response = (await handler(make(user, i) as unknown as Parameters<typeof handler>[0], context)) as {
          statusCode?: number;
        };
      } finally {
        process.stdout.write = out;
        process.stderr.write = err;
      }
      const ms = performance.now() - t0;
      if (response.statusCode !== 200)
        throw new Error(`${name} via the Lambda handler answered ${response.statusCode}`);
      if (i < 0) continue; // warm-up: first calls load code paths and the issuer's keys
      durations.push(ms);
      bytes += captured;
    }
    const mean = durations.reduce((s, x) => s + x, 0) / durations.length;
    const billed = durations.reduce((s, x) => s + Math.ceil(x), 0) / durations.length; // Lambda bills per started millisecond
    result[name] = { meanMs: mean, billedMs: billed, appLogBytes: bytes / perOp };
  }
  return result;
}
