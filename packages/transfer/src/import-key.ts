// A stable key for an imported row: the same row of the same file gives the same key on every import, so a second
// import of the same files can be recognised (the key has the idempotency key's shape: letters, digits, - and _).

/** FNV-1a over UTF-16 code units, 32 bits, from a given offset basis. */
function fnv1a(text: string, basis: number): number {
  let hash = basis >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** 64 bits from two differently seeded passes, as 16 hex digits. */
function digest(text: string): string {
  const a = fnv1a(text, 0x811c9dc5).toString(16).padStart(8, "0");
  const b = fnv1a(text, 0x01000193 ^ 0x5bd1e995)
    .toString(16)
    .padStart(8, "0");
  return a + b;
}

/**
 * `<source>-<model>-<digest>`: the digest covers the child and the row's own id when the export has one (a row
 * edited in the other app is still the same row), else every cell of the row (sorted by column, so a re-ordered export keeps its keys).
 */
export function importKey(source: string, model: string, row: Record<string, string>): string {
  const identity = row.id
    ? `id\u0000${row.child_id ?? ""}\u0000${row.id}`
    : Object.keys(row)
        .sort()
        .map((column) => `${column}=${row[column]}`)
        .join("\u0000");
  return `${source}-${model}-${digest(identity)}`;
}
