import { type Access, allPages, type Repositories } from "@upnest/db";
import { type BabyRecordRegistry, type ExportDocument, type ExportedBaby, valuesOf } from "@upnest/schemas";

const pick = <T extends object, K extends keyof T>(record: T, fields: readonly K[]) => {
  const out: Partial<Pick<T, K>> = {};
  for (const f of fields) if (record[f] !== undefined) out[f] = record[f];
  return out as Pick<T, K>;
};

/** One baby's records, every type of the registry, as exported (no ids, versions or bookkeeping: they are re-made on import). */
export async function exportBaby(repos: Repositories, registry: BabyRecordRegistry, access: Access) {
  const [baby, ...records] = await Promise.all([
    repos.babies.get(access),
    ...registry.map(async (d) => [d.kind, (await repos.records(d).all(access)).map((r) => valuesOf(d, r))] as const),
  ]);
  return {
    role: baby.role,
    baby: pick(baby, ["name", "dateOfBirth", "sex", "gestationalAgeWeeks", "vaccinationSchedule"] as const),
    ...Object.fromEntries(records),
  } as ExportedBaby;
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
  return {
    format: "upnest-export",
    version: 1,
    exportedAt: new Date().toISOString(),
    profile: pick(profile, ["displayName", "units", "language", "timezone", "theme"] as const),
    babies: await Promise.all(
      babies.map(async (b) => exportBaby(repos, registry, await repos.babies.access(userId, b.babyId))),
    ),
  };
}
