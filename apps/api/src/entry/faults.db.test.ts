import { createTRPCClient, httpLink, type TRPCClientError } from "@trpc/client";
import { createDocumentClient, createRepositories } from "@upnest/db";
import { dumpTable, TEST_CURSOR_SECRET } from "@upnest/db/testing";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { AppRouter } from "../routers/_app.ts";
import { createHarness, type Harness } from "../testing/harness.ts";
import { startApiServer } from "./server.ts";

/**
 * Faults injected between the API and the real engine with an SDK middleware
 * that runs inside each attempt (after the SDK's retry step), so the SDK's
 * bounded retries are exercised as they would be against AWS.
 */
let h: Harness;
let parent: Awaited<ReturnType<Harness["user"]>>;
beforeAll(async () => {
  h = await createHarness(inject("dynamoEndpoint"));
  parent = await h.user("faults");
});
afterAll(() => h.close());

type Fault = (command: string, attempt: () => Promise<unknown>) => Promise<unknown>;

/** The API over HTTP, with its data access going through `fault`. */
async function apiWith(fault: Fault) {
  const db = createDocumentClient({ tableName: h.table.tableName, endpoint: h.table.endpoint });
  db.middlewareStack.add(
    (next, context) => (args) => fault(String(context.commandName), () => next(args)) as ReturnType<typeof next>,
    {
      step: "finalizeRequest",
      priority: "low",
      name: "fault",
    },
  );
  const repos = createRepositories({ db, tableName: h.table.tableName, cursorSecret: TEST_CURSOR_SECRET });
  const server = await startApiServer({ ...h.services, repos }, { origins: [] });
  const client = createTRPCClient<AppRouter>({
    links: [httpLink({ url: `${server.url}/trpc`, headers: { authorization: `Bearer ${parent.tokens.access}` } })],
  });
  return { client, server, url: server.url };
}

const throttled = () =>
  Object.assign(new Error("Rate of requests exceeds the allowed throughput."), {
    name: "ThrottlingException",
    $metadata: { httpStatusCode: 400 },
    $fault: "client",
  });

describe("when DynamoDB fails", () => {
  it("throttling: bounded retries, then SERVICE_UNAVAILABLE with a retry hint, and nothing half-written", async () => {
    const { babyId } = await parent.caller.babies.create({ name: "Fa", dateOfBirth: "2026-01-01", sex: "female" });
    let attempts = 0;
    const api = await apiWith(async (command, attempt) => {
      if (command !== "TransactWriteItemsCommand") return attempt();
      attempts++;
      throw throttled();
    });
    try {
      const before = await dumpTable(h.table);
      const error = await api.client.measurements.add.mutate({ babyId, measuredOn: "2026-02-01", weightKg: 4 }).then(
        () => null,
        (e: TRPCClientError<AppRouter>) => e,
      );
      expect(error?.data?.code).toBe("SERVICE_UNAVAILABLE");
      expect(error?.data?.retryAfterSeconds).toBe(2);
      expect(error?.message).toBe("The service is busy. Please try again in a moment.");
      expect(attempts).toBe(3);
      expect(await dumpTable(h.table)).toEqual(before);
      const raw = await fetch(`${api.url}/trpc/measurements.add`, {
        method: "POST",
        headers: { authorization: `Bearer ${parent.tokens.access}`, "content-type": "application/json" },
        body: JSON.stringify({ babyId, measuredOn: "2026-02-01", weightKg: 4 }),
      });
      expect(raw.status).toBe(503);
      expect(raw.headers.get("retry-after")).toBe("2");
    } finally {
      await api.server.close();
    }
  });

  it("an engine that cannot be reached answers SERVICE_UNAVAILABLE, not a crash", async () => {
    const db = createDocumentClient({ tableName: h.table.tableName, endpoint: "http://127.0.0.1:9" });
    const repos = createRepositories({ db, tableName: h.table.tableName, cursorSecret: TEST_CURSOR_SECRET });
    const server = await startApiServer({ ...h.services, repos }, { origins: [] });
    try {
      const client = createTRPCClient<AppRouter>({
        links: [httpLink({ url: `${server.url}/trpc`, headers: { authorization: `Bearer ${parent.tokens.access}` } })],
      });
      const error = await client.babies.list.query().then(
        () => null,
        (e: TRPCClientError<AppRouter>) => e,
      );
      expect(error?.data?.code).toBe("SERVICE_UNAVAILABLE");
    } finally {
      await server.close();
    }
  });

  it("a write whose answer is lost is retried by the SDK and recorded exactly once", async () => {
    const { babyId } = await parent.caller.babies.create({ name: "Lost", dateOfBirth: "2026-01-01", sex: "male" });
    let lost = 0;
    const api = await apiWith(async (command, attempt) => {
      const result = await attempt();
      if (command === "TransactWriteItemsCommand" && lost === 0) {
        lost++;
        throw Object.assign(new Error("socket hang up"), { name: "TimeoutError", code: "ECONNRESET", $metadata: {} });
      }
      return result;
    });
    try {
      const m = await api.client.measurements.add.mutate({ babyId, measuredOn: "2026-02-01", weightKg: 4.4 });
      expect(lost).toBe(1);
      const { items } = await parent.caller.measurements.list({ babyId });
      expect(items.map((i) => i.measurementId)).toEqual([m.measurementId]);
    } finally {
      await api.server.close();
    }
  });

  it("slow responses still give the right answer", async () => {
    const api = await apiWith(async (_command, attempt) => {
      await new Promise((r) => setTimeout(r, 150));
      return attempt();
    });
    try {
      const { babyId } = await api.client.babies.create.mutate({
        name: "Slow",
        dateOfBirth: "2026-01-01",
        sex: "female",
      });
      expect((await api.client.babies.get.query({ babyId })).name).toBe("Slow");
    } finally {
      await api.server.close();
    }
  });
});
