import { request } from "node:http";
import { dumpTable } from "@upnest/db/testing";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createHarness, type Harness } from "../testing/harness.ts";

let h: Harness;
let token: string;
beforeAll(async () => {
  h = await createHarness(inject("dynamoEndpoint"));
  token = (await h.user("policy")).tokens.access;
});
afterAll(() => h.close());

const SECURITY = {
  "cache-control": "no-store",
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "content-security-policy": "default-src 'none'; frame-ancestors 'none'",
};
const headersOf = (res: Response) => Object.fromEntries(res.headers.entries());

/** A POST whose body is sent in chunks with no Content-Length at all (Transfer-Encoding: chunked). */
function chunkedPost(path: string, chunks: string[]): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${h.apiUrl}${path}`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    });
    req.on("response", (res) => {
      let body = "";
      res.on("data", (c) => (body += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    // The server may close the connection once it has answered; the answer is what counts.
    req.on("error", (error) =>
      error.message.includes("EPIPE") || error.message.includes("ECONNRESET") ? 0 : reject(error),
    );
    for (const chunk of chunks) req.write(chunk);
    req.end();
  });
}

describe("every API response carries the security headers", () => {
  it("on a success, a refusal, a preflight, an unknown path and an oversized body", async () => {
    const auth = { authorization: `Bearer ${token}` };
    const answers = await Promise.all([
      fetch(`${h.apiUrl}/trpc/users.me`, { headers: auth }),
      fetch(`${h.apiUrl}/trpc/users.me`),
      fetch(`${h.apiUrl}/trpc/users.me`, { method: "OPTIONS" }),
      fetch(`${h.apiUrl}/elsewhere`),
      fetch(`${h.apiUrl}/trpc/babies.create`, { method: "POST", headers: auth, body: "x".repeat(70_000) }),
    ]);
    expect(answers.map((r) => r.status)).toEqual([200, 401, 204, 404, 413]);
    for (const res of answers) expect(headersOf(res)).toMatchObject(SECURITY);
  });
});

describe("request bodies are capped", () => {
  const babies = async () => (await h.httpClient(token).babies.list.query({})).items.length;

  it("an oversized body with Content-Length gets 413 with a clear message, and nothing is written", async () => {
    const before = await dumpTable(h.table);
    const res = await fetch(`${h.apiUrl}/trpc/babies.create`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify({ name: "Big", dateOfBirth: "2026-01-01", sex: "male", pad: "x".repeat(70_000) }),
    });
    expect(res.status).toBe(413);
    const body = (await res.json()) as { error: { message: string; data: { code: string } } };
    expect(body.error.message).toBe("This request is too large (the limit is 64 KiB). Send a smaller file.");
    expect(body.error.data.code).toBe("PAYLOAD_TOO_LARGE");
    expect(await dumpTable(h.table)).toEqual(before);
  });

  it("the cap holds without Content-Length: streamed bytes are counted", async () => {
    const before = await babies();
    const json = JSON.stringify({ name: "Streamed", dateOfBirth: "2026-01-01", sex: "male", pad: "x".repeat(80_000) });
    const chunks = json.match(/.{1,4096}/g) ?? [];
    const res = await chunkedPost("/trpc/babies.create", chunks);
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body).error.data.code).toBe("PAYLOAD_TOO_LARGE");
    expect(await babies()).toBe(before);
  });

  it("a small streamed body is read whole and works", async () => {
    const json = JSON.stringify({ name: "Chunky", dateOfBirth: "2026-01-01", sex: "female" });
    const res = await chunkedPost("/trpc/babies.create", [json.slice(0, 10), json.slice(10)]);
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body).result.data.name).toBe("Chunky");
  });

  it("a full batch of CSV rows, with the longest notes in a non-Latin script, is within its limit", async () => {
    const { babyId } = await h.httpClient(token).babies.create.mutate({
      name: "Rows",
      dateOfBirth: "2026-01-01",
      sex: "female",
    });
    const rows = Array.from({ length: 200 }, (_, i) => ({
      measuredOn: `2026-0${2 + Math.floor(i / 28)}-${String((i % 28) + 1).padStart(2, "0")}`,
      weightKg: "4.2",
      notes: "日".repeat(1000),
    }));
    const body = JSON.stringify({ babyId, rows, dryRun: true });
    expect(Buffer.byteLength(body)).toBeGreaterThan(600_000);
    const res = await fetch(`${h.apiUrl}/trpc/account.importMeasurements`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body,
    });
    expect(res.status).toBe(200);
  });

  it("an import may send up to 2 MiB, but not when batched with another procedure", async () => {
    // A document of about 1 MiB: past the normal cap, within the import's. Invalid, so it is refused by validation.
    const big = JSON.stringify({
      document: { format: "nope", pad: "x".repeat(1_000_000) },
      idempotencyKey: "k-123456",
    });
    const post = (path: string, body: string) =>
      fetch(`${h.apiUrl}${path}`, {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body,
      });
    expect((await post("/trpc/account.import", big)).status).toBe(400);
    expect((await post("/trpc/account.import,babies.create?batch=1", `{"0":${big},"1":{}}`)).status).toBe(413);
    expect((await post("/trpc/account.import", `${big}${"x".repeat(2 * 1024 * 1024)}`)).status).toBe(413);
  });
});
