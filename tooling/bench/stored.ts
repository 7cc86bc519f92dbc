import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import type { createDocumentClient } from "@upnest/db";

/** Bytes DynamoDB counts for a plain value (strings by UTF-8 length, numbers by digits, maps and lists nested). */
function sizeOf(value: unknown): number {
  if (typeof value === "string") return Buffer.byteLength(value);
  if (typeof value === "number") return Math.ceil(String(Math.abs(value)).replace(".", "").length / 2) + 1;
  if (typeof value === "boolean" || value === null) return 1;
  if (Array.isArray(value)) return 3 + value.reduce((s: number, x) => s + sizeOf(x) + 1, 0);
  if (typeof value === "object")
    return 3 + Object.entries(value as object).reduce((s, [k, x]) => s + Buffer.byteLength(k) + sizeOf(x) + 1, 0);
  return 0;
}

/** Items and stored bytes of one partition (names + values + 100 bytes of per-item overhead), read with Queries. */
export async function storedIn(db: ReturnType<typeof createDocumentClient>, tableName: string, pk: string) {
  let items = 0;
  let bytes = 0;
  let ExclusiveStartKey: Record<string, unknown> | undefined;
  do {
    const out = await db.send(
      new QueryCommand({
        TableName: tableName,
        KeyConditionExpression: "PK = :pk",
        ExpressionAttributeValues: { ":pk": pk },
        ExclusiveStartKey,
      }),
    );
    for (const item of out.Items ?? []) {
      items++;
      bytes += 100 + Object.entries(item).reduce((s, [k, v]) => s + Buffer.byteLength(k) + sizeOf(v), 0);
    }
    ExclusiveStartKey = out.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  return { items, bytes };
}
