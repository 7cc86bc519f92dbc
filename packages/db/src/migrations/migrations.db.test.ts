import { randomBytes } from "node:crypto";
import { DescribeTableCommand, DescribeTimeToLiveCommand } from "@aws-sdk/client-dynamodb";
import { GetCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { describe, expect, inject, it } from "vitest";
import { createDocumentClient } from "../core/client.ts";
import { createRepositories } from "../repositories/index.ts";
import { createAccount } from "../testing/index.ts";
import { appliedMigrations, type Migration, migrate, migrations } from "./index.ts";

function freshTable() {
  const tableName = `upnest-mig-${randomBytes(4).toString("hex")}`;
  return { tableName, db: createDocumentClient({ tableName, endpoint: inject("dynamoEndpoint") }) };
}

describe("migrations", () => {
  it("create the table with its index, stream and TTL, and record themselves", async () => {
    const ctx = freshTable();
    const result = await migrate(ctx, migrations);
    expect(result.ran).toEqual([
      "0001-create-table",
      "0002-copy-baby-facts",
      "0003-locate-records",
      "0004-name-members",
    ]);
    const table = await ctx.db.send(new DescribeTableCommand({ TableName: ctx.tableName }));
    expect(table.Table?.KeySchema?.map((k) => k.AttributeName)).toEqual(["PK", "SK"]);
    expect(table.Table?.LocalSecondaryIndexes?.[0]?.IndexName).toBe("byRecordId");
    expect(table.Table?.StreamSpecification).toMatchObject({
      StreamEnabled: true,
      StreamViewType: "NEW_AND_OLD_IMAGES",
    });
    const ttl = await ctx.db.send(new DescribeTimeToLiveCommand({ TableName: ctx.tableName }));
    expect(ttl.TimeToLiveDescription?.AttributeName).toBe("expiresAt");
    expect(await appliedMigrations(ctx)).toEqual(
      new Set(["0001-create-table", "0002-copy-baby-facts", "0003-locate-records", "0004-name-members"]),
    );
  });

  it("running twice applies nothing the second time", async () => {
    const ctx = freshTable();
    await migrate(ctx, migrations);
    const again = await migrate(ctx, migrations);
    expect(again.ran).toEqual([]);
    expect(again.alreadyApplied).toEqual([
      "0001-create-table",
      "0002-copy-baby-facts",
      "0003-locate-records",
      "0004-name-members",
    ]);
  });

  it("apply new migrations in id order after the recorded ones", async () => {
    const ctx = freshTable();
    await migrate(ctx, migrations);
    const order: string[] = [];
    const step = (id: string): Migration => ({ id, description: id, up: async () => void order.push(id) });
    const result = await migrate(ctx, [...migrations, step("0009-b"), step("0008-a")]);
    expect(order).toEqual(["0008-a", "0009-b"]);
    expect(result.ran).toEqual(["0008-a", "0009-b"]);
  });

  it("a failed migration is not recorded and runs again next time", async () => {
    const ctx = freshTable();
    await migrate(ctx, migrations);
    let attempts = 0;
    const flaky: Migration = {
      id: "0008-flaky",
      description: "fails once",
      up: async () => {
        attempts++;
        if (attempts === 1) throw new Error("boom");
      },
    };
    await expect(migrate(ctx, [...migrations, flaky])).rejects.toThrow("boom");
    expect((await appliedMigrations(ctx)).has("0008-flaky")).toBe(false);
    await migrate(ctx, [...migrations, flaky]);
    expect((await appliedMigrations(ctx)).has("0008-flaky")).toBe(true);
  });

  it("0002 copies each baby's facts onto memberships written before it, and the API reads the same facts before and after", async () => {
    const ctx = freshTable();
    await migrate(ctx, [migrations[0]!]);
    const repos = createRepositories({ ...ctx, cursorSecret: "migration-test-secret-0123456789abcd" });
    const { userId: owner } = await createAccount(ctx);
    const { babyId } = await repos.babies.create(owner, {
      name: "Ada",
      dateOfBirth: "2026-01-10",
      sex: "female",
      gestationalAgeWeeks: 32,
      vaccinationSchedule: "who",
    });
    // A membership as the previous release wrote it: name, date of birth and sex only.
    const key = { PK: `USER#${owner}`, SK: `BABY#${babyId}` };
    await ctx.db.send(
      new UpdateCommand({
        TableName: ctx.tableName,
        Key: key,
        UpdateExpression: "REMOVE factsCopied, gestationalAgeWeeks, vaccinationSchedule",
      }),
    );
    const expected = {
      babyId,
      name: "Ada",
      dateOfBirth: "2026-01-10",
      sex: "female",
      gestationalAgeWeeks: 32,
      vaccinationSchedule: "who",
    };
    expect((await repos.babies.access(owner, babyId)).baby).toEqual(expected); // read from the profile

    expect((await migrate(ctx, migrations)).ran).toEqual([
      "0002-copy-baby-facts",
      "0003-locate-records",
      "0004-name-members",
    ]);
    const item = (await ctx.db.send(new GetCommand({ TableName: ctx.tableName, Key: key }))).Item;
    expect(item).toMatchObject({
      factsCopied: true,
      gestationalAgeWeeks: 32,
      vaccinationSchedule: "who",
      role: "owner",
    });
    expect((await repos.babies.access(owner, babyId)).baby).toEqual(expected); // read from the membership alone
  });
});
