import { beforeAll, describe, expect, inject, it } from "vitest";
import { createTestTable, type TestTable } from "../testing/index.ts";
import { attemptCounters } from "./attempts.ts";

let table: TestTable;
beforeAll(async () => {
  table = await createTestTable(inject("dynamoEndpoint"));
});

describe("sign-in attempt counters", () => {
  it("an allowance is never overspent, even by concurrent callers on separate clients", async () => {
    const a = attemptCounters(table.db, table.tableName);
    const b = attemptCounters(table.db, table.tableName);
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => (i % 2 ? a : b).spend("code", "code-1", { limit: 5, keepSeconds: 3600 })),
    );
    expect(results.filter(Boolean)).toHaveLength(5);
    expect(await a.spend("code", "code-1", { limit: 5, keepSeconds: 3600 })).toBe(false);
    expect(await a.spend("code", "code-2", { limit: 5, keepSeconds: 3600 })).toBe(true);
  });

  it("a windowed allowance renews in the next window", async () => {
    let now = new Date("2026-01-01T10:00:00Z");
    const mail = attemptCounters(table.db, table.tableName, () => now);
    const hourly = { limit: 2, windowSeconds: 3600 };
    expect([
      await mail.spend("mail", "a@example.com", hourly),
      await mail.spend("mail", "a@example.com", hourly),
    ]).toEqual([true, true]);
    expect(await mail.spend("mail", "a@example.com", hourly)).toBe(false);
    now = new Date("2026-01-01T11:00:01Z");
    expect(await mail.spend("mail", "a@example.com", hourly)).toBe(true);
  });

  it("failures add up across instances, are forgotten on clear, and start over once expired", async () => {
    let now = new Date("2026-01-01T10:00:00Z");
    const a = attemptCounters(table.db, table.tableName, () => now);
    const b = attemptCounters(table.db, table.tableName, () => now);
    await a.fail("password", "p@example.com", 600);
    await b.fail("password", "p@example.com", 600);
    expect((await a.failures("password", "p@example.com"))?.count).toBe(2);
    now = new Date("2026-01-01T10:11:00Z");
    expect(await a.failures("password", "p@example.com")).toBeUndefined();
    expect((await b.fail("password", "p@example.com", 600)).count).toBe(1);
    await a.clear("password", "p@example.com");
    expect(await b.failures("password", "p@example.com")).toBeUndefined();
  });
});
