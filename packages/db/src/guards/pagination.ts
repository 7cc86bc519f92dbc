import { QueryCommand, type QueryCommandInput } from "@aws-sdk/lib-dynamodb";
import { type Store, send } from "../core/store.ts";

export type Page<T> = { items: T[]; nextCursor: string | null };

/**
 * One page of a Query. The cursor is sealed to the acting user and to `scope`
 * (which names the query and its bounds), so it only continues this query.
 */
export async function queryPage<T>(
  store: Store,
  actingUserId: string,
  scope: string,
  query: Omit<QueryCommandInput, "TableName" | "Limit" | "ExclusiveStartKey">,
  { limit, cursor }: { limit: number; cursor?: string | undefined },
  parse: (item: Record<string, unknown>) => T,
): Promise<Page<T>> {
  const ExclusiveStartKey = cursor ? store.cursors.open(cursor, actingUserId, scope) : undefined;
  const out = await send(() =>
    store.db.send(new QueryCommand({ ...query, TableName: store.tableName, Limit: limit, ExclusiveStartKey })),
  );
  const last = out.LastEvaluatedKey;
  return {
    items: (out.Items ?? []).map(parse),
    nextCursor: last ? store.cursors.seal(last, actingUserId, scope) : null,
  };
}

/** Reads every page of a cursor-paged list (at most `maxPages` pages). */
export async function allPages<T>(
  read: (cursor: string | undefined) => Promise<Page<T>>,
  maxPages = Number.POSITIVE_INFINITY,
): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  for (let pages = 0; pages < maxPages; pages++) {
    const page = await read(cursor);
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
    if (!cursor) break;
  }
  return items;
}
