import { DescribeTableCommand, DescribeTimeToLiveCommand } from "@aws-sdk/client-dynamodb";
import { randomBytes } from "node:crypto";
import { describe, expect, inject, it } from "vitest";
import "../testing/index.ts";
import { createDocumentClient } from "../client.ts";
import { appliedMigrations, migrate, migrations, type Migration } from "./index.ts";

function freshTable() {
  const tableName = `upnest-mig-${randomBytes(4).toString("hex")}`;
  return { tableName, db: createDocumentClient({ tableName, endpoint: inject("dynamoEndpoint") }) };
}

describe("migrations", () => {
  it("create the table with its index, stream and TTL, and record themselves", async () => {
    const ctx = freshTable();
    const result = await migrate(ctx, migrations);
    expect(result.ran).toEqual(["0001-create-table"]);
    const table = await ctx.db.send(new DescribeTableCommand({ TableName: ctx.tableName }));
    expect(table.Table?.KeySchema?.map((k) => k.AttributeName)).toEqual(["PK", "SK"]);
    expect(table.Table?.LocalSecondaryIndexes?.[0]?.IndexName).toBe("byRecordId");
    expect(table.Table?.StreamSpecification).toMatchObject({ StreamEnabled: true, StreamViewType: "NEW_AND_OLD_IMAGES" });
    const ttl = await ctx.db.send(new DescribeTimeToLiveCommand({ TableName: ctx.tableName }));
    expect(ttl.TimeToLiveDescription?.AttributeName).toBe("expiresAt");
    expect(await appliedMigrations(ctx)).toEqual(new Set(["0001-create-table"]));
  });

  it("running twice applies nothing the second time", async () => {
    const ctx = freshTable();
    await migrate(ctx, migrations);
    const again = await migrate(ctx, migrations);
    expect(again.ran).toEqual([]);
    expect(again.alreadyApplied).toEqual(["0001-create-table"]);
  });

  it("apply new migrations in id order after the recorded ones", async () => {
    const ctx = freshTable();
    await migrate(ctx, migrations);
    const order: string[] = [];
    const step = (id: string): Migration => ({ id, description: id, up: async () => void order.push(id) });
    const result = await migrate(ctx, [...migrations, step("0003-b"), step("0002-a")]);
    expect(order).toEqual(["0002-a", "0003-b"]);
    expect(result.ran).toEqual(["0002-a", "0003-b"]);
  });

  it("a failed migration is not recorded and runs again next time", async () => {
    const ctx = freshTable();
    await migrate(ctx, migrations);
    let attempts = 0;
    const flaky: Migration = {
      id: "0002-flaky",
      description: "fails once",
      up: async () => {
        attempts++;
        if (attempts === 1) throw new Error("boom");
      },
    };
    await expect(migrate(ctx, [...migrations, flaky])).rejects.toThrow("boom");
    expect((await appliedMigrations(ctx)).has("0002-flaky")).toBe(false);
    await migrate(ctx, [...migrations, flaky]);
    expect((await appliedMigrations(ctx)).has("0002-flaky")).toBe(true);
  });
});
