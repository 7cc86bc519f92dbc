import { type AddVaccinationInput, type UpdateVaccinationInput, type Vaccination, vaccination } from "@upnest/schemas";
import { invalid } from "../errors.ts";
import { allPages } from "./pagination.ts";
import { babyRecords } from "./records.ts";
import type { Store } from "./store.ts";

type Values = Omit<AddVaccinationInput, "babyId" | "idempotencyKey">;

/** Vaccination doses, kept in the baby's partition as `VAX#<date given>#<id>`. */
export function vaccinationsRepository(store: Store) {
  const records = babyRecords<Vaccination, Values>(store, {
    prefix: "VAX",
    recordType: "vaccination",
    label: "Vaccination",
    idField: "vaccinationId",
    dateOf: (v) => v.dateGiven,
    schema: vaccination,
    check: (baby, v) => {
      if (v.dateGiven < String(baby.dateOfBirth)) {
        throw invalid("dateGiven", `Date given cannot be before the date of birth (${String(baby.dateOfBirth)})`);
      }
    },
  });

  return {
    get: (actingUserId: string, ref: { babyId: string; vaccinationId: string }) => records.get(actingUserId, ref.babyId, ref.vaccinationId),
    add: (actingUserId: string, { babyId, idempotencyKey, ...values }: AddVaccinationInput) => records.add(actingUserId, babyId, values, idempotencyKey),
    list: (actingUserId: string, babyId: string, q: { limit: number; cursor?: string | undefined }) => records.list(actingUserId, babyId, q),
    /** Every dose (a child has a few dozen at most), oldest first: what an assessment needs. */
    async all(actingUserId: string, babyId: string): Promise<Vaccination[]> {
      const newestFirst = await allPages((cursor) => records.list(actingUserId, babyId, { limit: 100, cursor }));
      return newestFirst.reverse();
    },
    update: (actingUserId: string, { babyId, vaccinationId, version, ...values }: UpdateVaccinationInput) =>
      records.update(actingUserId, babyId, vaccinationId, version, values),
    remove: (actingUserId: string, { babyId, vaccinationId, version }: { babyId: string; vaccinationId: string; version: number }) =>
      records.remove(actingUserId, babyId, vaccinationId, version),
  };
}
export type VaccinationsRepository = ReturnType<typeof vaccinationsRepository>;
