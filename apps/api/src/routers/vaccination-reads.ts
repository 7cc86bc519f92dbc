import type { Access, Repositories } from "@upnest/db";

/** Measurements on the date of birth fit in one small page (a family weighs a newborn a few times at most). */
const BIRTH_DAY_PAGE = 20;

/**
 * The birth weight the vaccination engine takes (a HepB birth dose under 2,000 g does not count): the weight of
 * the measurement on the date of birth, the first of that day as the Growth tab's size at birth reads it. One
 * Query of that day's keys.
 */
export async function birthWeightGrams(repos: Repositories, access: Access): Promise<number | null> {
  const day = access.baby.dateOfBirth;
  const { items } = await repos.measurements.list(access, { from: day, to: day, limit: BIRTH_DAY_PAGE });
  const weighed = items.reverse().find((m) => m.weightKg !== undefined);
  return weighed?.weightKg === undefined ? null : Math.round(weighed.weightKg * 1000);
}

/** What the vaccination engine reads for a baby beyond the membership's facts: the doses and the birth weight. */
export async function vaccinationRecords(repos: Repositories, access: Access) {
  const [doses, grams] = await Promise.all([repos.vaccinations.all(access), birthWeightGrams(repos, access)]);
  return { doses, birthWeightGrams: grams };
}
