/** One page of a paged list, as the API answers it. */
export type Paged<T> = { items: T[]; nextCursor?: string | null | undefined };

/**
 * Every item of a paged list, page after page until the API gives no next cursor. A cursor the API already
 * gave is not followed again (it would loop forever); the list is then what was read.
 */
export async function allPages<T>(fetchPage: (cursor: string | undefined) => Promise<Paged<T>>): Promise<T[]> {
  const items: T[] = [];
  const seen = new Set<string>();
  let cursor: string | undefined;
  do {
    const page = await fetchPage(cursor);
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
    if (cursor !== undefined && seen.has(cursor)) break;
    if (cursor !== undefined) seen.add(cursor);
  } while (cursor !== undefined);
  return items;
}
