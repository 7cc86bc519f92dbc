/** A key the API accepts (8–64 of A-Z a-z 0-9 _ -): a UUID without dashes. */
export const newIdempotencyKey = () => crypto.randomUUID().replaceAll("-", "");

/**
 * One key per submitted content: submitting the same values again (a double tap,
 * a retry after a lost answer) reuses the key, so the API creates one record;
 * changed values are a new request with a new key.
 */
export function idempotencyKeys(make: () => string = newIdempotencyKey) {
  let last: { content: string; key: string } | null = null;
  return (values: unknown): string => {
    const content = JSON.stringify(values);
    if (last?.content !== content) last = { content, key: make() };
    return last.key;
  };
}
