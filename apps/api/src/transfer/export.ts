import { allPages, type Repositories } from "@upnest/db";
import type { ExportDocument, ExportedBaby, Measurement, MilestoneRecord, Vaccination } from "@upnest/schemas";

const pick = <T extends object, K extends keyof T>(record: T, fields: readonly K[]) => {
  const out: Partial<Pick<T, K>> = {};
  for (const f of fields) if (record[f] !== undefined) out[f] = record[f];
  return out as Pick<T, K>;
};

export const measurementValues = (m: Measurement) =>
  pick(m, ["measuredOn", "weightKg", "lengthCm", "lengthMethod", "headCircumferenceCm", "notes"] as const);
export const vaccinationValues = (v: Vaccination) =>
  pick(v, ["dateGiven", "cvx", "lotNumber", "clinic", "reactions", "givenAbroad"] as const);
export const milestoneValues = (m: MilestoneRecord) =>
  pick(m, ["milestoneId", "title", "achievedOn", "notes"] as const);

/** One baby's records, as exported (no ids, versions or bookkeeping: they are re-made on import). */
export async function exportBaby(repos: Repositories, userId: string, babyId: string): Promise<ExportedBaby> {
  const access = await repos.babies.access(userId, babyId);
  const [baby, measurements, vaccinations, milestones] = await Promise.all([
    repos.babies.get(userId, babyId, access),
    allPages((cursor) => repos.measurements.list(userId, { babyId, limit: 100, cursor }, access)),
    repos.vaccinations.all(userId, babyId, access),
    repos.milestones.all(userId, babyId, access),
  ]);
  return {
    role: baby.role,
    baby: pick(baby, ["name", "dateOfBirth", "sex", "gestationalAgeWeeks", "vaccinationSchedule"] as const),
    measurements: measurements.reverse().map(measurementValues),
    vaccinations: vaccinations.map(vaccinationValues),
    milestones: milestones.map(milestoneValues),
  };
}

/** All of a user's data as one JSON document. */
export async function exportAccount(repos: Repositories, userId: string, email: string): Promise<ExportDocument> {
  const profile = await repos.users.getOrCreate(userId, email);
  const babies = await allPages((cursor) => repos.babies.list(userId, { limit: 100, cursor }));
  return {
    format: "upnest-export",
    version: 1,
    exportedAt: new Date().toISOString(),
    profile: pick(profile, ["displayName", "units", "language", "timezone", "theme"] as const),
    babies: await Promise.all(babies.map((b) => exportBaby(repos, userId, b.babyId))),
  };
}
