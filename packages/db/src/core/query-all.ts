import { QueryCommand, type QueryCommandInput } from "@aws-sdk/lib-dynamodb";
import type { DocClient } from "./client.ts";

/**
 * Every page of a Query, one array of items at a time, following
 * LastEvaluatedKey. For internal walks over one partition (migrations, sign-in
 * storage, deletions); client-facing lists page with sealed cursors instead.
 */
export async function* queryPages(
  db: DocClient,
  input: Omit<QueryCommandInput, "ExclusiveStartKey">,
): AsyncGenerator<Record<string, unknown>[]> {
  let ExclusiveStartKey: Record<string, unknown> | undefined;
  do {
    const out = await db.send(new QueryCommand({ ...input, ExclusiveStartKey }));
    yield out.Items ?? [];
    ExclusiveStartKey = out.LastEvaluatedKey;
  } while (ExclusiveStartKey);
}
