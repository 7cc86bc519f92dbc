import { describe, expect, inject, it } from "vitest";
import { createDocumentClient } from "./client.ts";
import { createRepositories } from "./repositories/index.ts";
import { createTestTable, TEST_CURSOR_SECRET } from "./testing/index.ts";

describe("consumed capacity", () => {
  it("is reported for every operation, reads and transactional writes alike", async () => {
    const { tableName, endpoint } = await createTestTable(inject("dynamoEndpoint"));
    const used: { command: string; capacityUnits: number }[] = [];
    const db = createDocumentClient({ tableName, endpoint }, { onConsumedCapacity: (c) => used.push(c) });
    const repos = createRepositories({ db, tableName, cursorSecret: TEST_CURSOR_SECRET });
    const baby = await repos.babies.create("01ARZ3NDEKTSV4RRFFQ69G5FAV", {
      name: "Cap",
      dateOfBirth: "2026-01-01",
      sex: "female",
    });
    await repos.babies.get("01ARZ3NDEKTSV4RRFFQ69G5FAV", baby.babyId);
    expect(used.map((u) => u.command)).toEqual(["TransactWriteItemsCommand", "GetItemCommand", "GetItemCommand"]);
    expect(used.every((u) => u.capacityUnits > 0)).toBe(true);
  });
});
