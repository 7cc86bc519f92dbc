import { type BabyRecordRegistry, babyFields, type ExportDocument, type ExportedBaby, valuesOf } from "@upnest/schemas";

// UpNest's own JSON export: everything a person can take out, in one document that imports into any account.
// Only values: ids, versions and bookkeeping are left out (an import makes them again).

const pick = (record: Record<string, unknown>, fields: readonly string[]) => {
  const out: Record<string, unknown> = {};
  for (const f of fields) if (record[f] !== undefined) out[f] = record[f];
  return out;
};

/**
 * One baby as exported: the person's role, every field of the baby's profile (one definition: `babyFields`) and
 * nothing of the membership or bookkeeping, and the values of its records of every type of the registry, in the
 * order given (oldest first).
 */
export function exportedBaby(
  registry: BabyRecordRegistry,
  baby: Record<string, unknown> & { role: string },
  records: ReadonlyMap<string, readonly Record<string, unknown>[]>,
): ExportedBaby {
  return {
    role: baby.role,
    baby: pick(baby, Object.keys(babyFields.shape)),
    ...Object.fromEntries(registry.map((d) => [d.kind, (records.get(d.kind) ?? []).map((r) => valuesOf(d, r))])),
  } as ExportedBaby;
}

/** The whole document: when it was made (the caller's clock), the person's profile settings and their babies. */
export function exportDocument(input: {
  exportedAt: string;
  profile: Record<string, unknown>;
  babies: ExportedBaby[];
}): ExportDocument {
  return {
    format: "upnest-export",
    version: 1,
    exportedAt: input.exportedAt,
    profile: pick(input.profile, ["displayName", "units", "language", "timezone", "theme"]),
    babies: input.babies,
  } as ExportDocument;
}

/** Every record an import of `document` would write: each baby and each of its records, of every type in the registry. */
export const recordsInDocument = (document: { babies: Record<string, unknown>[] }, registry: BabyRecordRegistry) =>
  document.babies.reduce(
    (n, b) => n + 1 + registry.reduce((m, d) => m + ((b[d.kind] as unknown[] | undefined)?.length ?? 0), 0),
    0,
  );
