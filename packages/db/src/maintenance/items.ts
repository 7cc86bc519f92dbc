import type { AttributeValue } from "@aws-sdk/client-dynamodb";

/**
 * One backup line: `{"Item":{...}}` with DynamoDB JSON attribute values, the
 * same shape as DynamoDB's own "export to S3" (DYNAMODB_JSON) lines, so a file
 * from either can be read by the other's tools. Raw attribute values (not the
 * DocumentClient's plain objects) keep number precision, sets and binaries.
 */
export type Item = Record<string, AttributeValue>;

/** Binary values become base64 strings, as in DynamoDB's export format. */
export function itemToLine(item: Item): string {
  return JSON.stringify({ Item: item }, (_key, value: unknown) =>
    value instanceof Uint8Array ? Buffer.from(value).toString("base64") : value,
  );
}

export function lineToItem(line: string): Item {
  const parsed = JSON.parse(line) as { Item?: Item };
  if (!parsed.Item || typeof parsed.Item !== "object") throw new Error('not a backup line (expected {"Item": {...}})');
  return decodeBinaries(parsed.Item) as Item;
}

function decodeBinaries(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decodeBinaries);
  if (!value || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    if (key === "B" && typeof inner === "string") out[key] = Buffer.from(inner, "base64");
    else if (key === "BS" && Array.isArray(inner)) out[key] = inner.map((b) => Buffer.from(String(b), "base64"));
    else out[key] = decodeBinaries(inner);
  }
  return out;
}
