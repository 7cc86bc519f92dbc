import { describe, expect, inject, it } from "vitest";
import { createRepositories } from "../repositories/index.ts";
import { createAccount, createTestTable, TEST_CURSOR_SECRET } from "../testing/index.ts";
import { createDocumentClient } from "./client.ts";

describe("consumed capacity", () => {
  it("is reported for every operation, reads and transactional writes alike", async () => {
    const table = await createTestTable(inject("dynamoEndpoint"));
    const { tableName, endpoint } = table;
    const { userId } = await createAccount(table);
    const used: { command: string; capacityUnits: number }[] = [];
    const db = createDocumentClient({ tableName, endpoint }, { onConsumedCapacity: (c) => used.push(c) });
    const repos = createRepositories({ db, tableName, cursorSecret: TEST_CURSOR_SECRET });
    const baby = await repos.babies.create(
      userId,
      { name: "Cap", dateOfBirth: "2026-01-01", sex: "female" },
      "Cap's parent", // the creator's name, as the API has it from their profile
    );
    await repos.babies.get(await repos.babies.access(userId, baby.babyId));
    expect(used.map((u) => u.command)).toEqual(["TransactWriteItemsCommand", "GetItemCommand", "GetItemCommand"]);
    expect(used.every((u) => u.capacityUnits > 0)).toBe(true);
  });
});
