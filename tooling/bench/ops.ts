/**
 * The three benchmarked operations, each twice: through the API (tRPC client,
 * real HTTP, real token) and as a baseline of the same DynamoDB calls the
 * repository issues for it, in the same order, sent directly. The difference
 * is what the API adds: HTTP, token verification, tRPC, zod, WHO scoring,
 * the rate limiter and logging.
 */
import { ulid } from "ulid";
import { lib } from "./sdk.ts";
import type { BenchStack, BenchUser } from "./stack.ts";

const { GetCommand, QueryCommand, TransactWriteCommand } = lib;

export type OpName = "babies.list" | "measurements.add" | "measurements.list";
export type ApiClient = BenchUser["client"];
export type Op = {
  name: OpName;
  label: string;
  api: (client: ApiClient, u: BenchUser, i: number) => Promise<unknown>;
  baseline: (u: BenchUser, i: number) => Promise<unknown>;
  baselineCommands: string[];
};

const dayOffset = (i: number) => new Date(Date.now() - (1 + (i % 300)) * 86_400_000).toISOString().slice(0, 10);

/** `db` is the baseline's client: the plain one, or the one with DynamoDB's round trip modeled. */
export function operations(stack: BenchStack, db = stack.baselineDb): Op[] {
  const TableName = stack.tableName;
  const membership = (u: BenchUser, babyId: string) =>
    db.send(new GetCommand({ TableName, Key: { PK: `USER#${u.userId}`, SK: `BABY#${babyId}` }, ConsistentRead: true }));
  return [
    {
      name: "babies.list",
      label: "list babies",
      api: (client) => client.babies.list.query({ limit: 50 }),
      baseline: (u) =>
        db.send(
          new QueryCommand({
            TableName,
            KeyConditionExpression: "PK = :pk AND begins_with(SK, :baby)",
            ExpressionAttributeValues: { ":pk": `USER#${u.userId}`, ":baby": "BABY#" },
            ConsistentRead: true,
            Limit: 50,
          }),
        ),
      baselineCommands: ["QueryCommand"],
    },
    {
      name: "measurements.add",
      label: "add measurement",
      api: (client, u, i) =>
        client.measurements.add.mutate({
          babyId: u.writeBabyId,
          measuredOn: dayOffset(i),
          weightKg: 7.1,
          lengthCm: 68,
          lengthMethod: "lying",
        }),
      baseline: async (u, i) => {
        // The membership check (which brings the baby's facts for the date rule and the scores), then the write.
        await membership(u, u.writeBabyId);
        const id = ulid();
        const now = new Date().toISOString();
        const values = { measuredOn: dayOffset(i), weightKg: 7.1, lengthCm: 68, lengthMethod: "lying" };
        const item = {
          PK: `BABY#${u.writeBabyId}`,
          SK: `MEAS#${values.measuredOn}#${id}`,
          type: "measurement",
          measurementId: id,
          ...values,
          createdBy: u.userId,
          createdAt: now,
          updatedAt: now,
          version: 1,
        };
        const changes = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, { after: v }]));
        await db.send(
          new TransactWriteCommand({
            TransactItems: [
              {
                ConditionCheck: {
                  TableName,
                  Key: { PK: `USER#${u.userId}`, SK: `BABY#${u.writeBabyId}` },
                  ConditionExpression: "attribute_exists(PK) AND #role IN (:role0, :role1)",
                  ExpressionAttributeNames: { "#role": "role" },
                  ExpressionAttributeValues: { ":role0": "owner", ":role1": "caregiver" },
                },
              },
              { Put: { TableName, Item: item, ConditionExpression: "attribute_not_exists(PK)" } },
              {
                Put: {
                  TableName,
                  Item: {
                    PK: `BABY#${u.writeBabyId}`,
                    SK: `AUDIT#${now}#${ulid()}`,
                    type: "audit",
                    actorId: u.userId,
                    action: "create",
                    recordType: "measurement",
                    recordId: id,
                    changes,
                  },
                },
              },
            ],
          }),
        );
      },
      baselineCommands: ["GetItemCommand", "TransactWriteItemsCommand"],
    },
    {
      name: "measurements.list",
      label: "growth data (measurements + WHO percentiles)",
      api: (client, u) => client.measurements.list.query({ babyId: u.readBabyId, limit: 100 }),
      baseline: async (u) => {
        await membership(u, u.readBabyId);
        return db.send(
          new QueryCommand({
            TableName,
            KeyConditionExpression: "PK = :pk AND SK BETWEEN :from AND :to",
            ExpressionAttributeValues: { ":pk": `BABY#${u.readBabyId}`, ":from": "MEAS#", ":to": "MEAS#~" },
            ScanIndexForward: false,
            ConsistentRead: true,
            Limit: 100,
          }),
        );
      },
      baselineCommands: ["GetItemCommand", "QueryCommand"],
    },
  ];
}
