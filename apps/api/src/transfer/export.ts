import { type Access, allPages, type Repositories } from "@upnest/db";
import type { BabyRecordDefinition, BabyRecordRegistry, ExportDocument } from "@upnest/schemas";
import { exportDocument, exportedBaby } from "@upnest/transfer";

// Reading what an export holds; the document's shape is `@upnest/transfer`'s (`exportedBaby`, `exportDocument`).

/** Every instant a care entry can start at: the whole timeline, without the running timers (which sort after it). */
const ALL_TIME = { from: "0000-01-01T00:00:00.000Z", to: "9999-12-31T23:59:59.999Z" };

/**
 * Every record of `definitions`, by kind, oldest first. The care log's kinds share one timeline: it is read once,
 * in pages as large as DynamoDB gives (1 MB), to the end (no page cap: 27 000 entries are some tens of pages),
 * instead of once per kind with the others' entries filtered out. The other types are read each on its own.
 */
export async function recordsOf(repos: Repositories, definitions: readonly BabyRecordDefinition[], access: Access) {
  const byKind = new Map<string, Record<string, unknown>[]>(definitions.map((d) => [d.kind, []]));
  const onTimeline = definitions.filter((d) => d.timeline);
  const timeline = onTimeline.length
    ? allPages((cursor) => repos.careLog.range(access, { ...ALL_TIME, limit: 1000, cursor }))
    : Promise.resolve([]);
  const others = definitions.filter((d) => !d.timeline);
  const [entries, ...lists] = await Promise.all([timeline, ...others.map((d) => repos.records(d).all(access))]);
  for (const entry of entries.reverse()) byKind.get(entry.kind)?.push(entry.record as Record<string, unknown>);
  for (const [i, d] of others.entries()) byKind.set(d.kind, (lists[i] ?? []) as Record<string, unknown>[]);
  return byKind;
}

/** One baby's records, every type of the registry, as exported (no ids, versions or bookkeeping: they are re-made on import). */
export async function exportBaby(repos: Repositories, registry: BabyRecordRegistry, access: Access) {
  const [baby, records] = await Promise.all([repos.babies.get(access), recordsOf(repos, registry, access)]);
  return exportedBaby(registry, baby as Record<string, unknown> & { role: string }, records);
}

/** All of a user's data as one JSON document. */
export async function exportAccount(
  repos: Repositories,
  registry: BabyRecordRegistry,
  userId: string,
  email: string,
): Promise<ExportDocument> {
  const profile = await repos.users.getOrCreate(userId, email);
  const babies = await allPages((cursor) => repos.babies.list(userId, { limit: 100, cursor }));
  return exportDocument({
    exportedAt: new Date().toISOString(),
    profile,
    babies: await Promise.all(
      babies.map(async (b) => exportBaby(repos, registry, await repos.babies.access(userId, b.babyId))),
    ),
  });
}
