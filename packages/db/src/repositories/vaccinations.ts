import { type AddVaccinationInput, type UpdateVaccinationInput, type Vaccination, vaccination } from "@upnest/schemas";
import { invalid } from "../core/errors.ts";
import type { Access } from "../guards/access.ts";
import { allPages } from "../guards/pagination.ts";
import { babyRecords } from "./records.ts";
import type { Store } from "../core/store.ts";

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
    get: (actingUserId: string, ref: { babyId: string; vaccinationId: string }, known?: Access) =>
      records.get(actingUserId, ref.babyId, ref.vaccinationId, known),
    add: (actingUserId: string, { babyId, idempotencyKey, ...values }: AddVaccinationInput, known?: Access) =>
      records.add(actingUserId, babyId, values, idempotencyKey, known),
    list: (actingUserId: string, babyId: string, q: { limit: number; cursor?: string | undefined }, known?: Access) =>
      records.list(actingUserId, babyId, q, known),
    /** Every dose (a child has a few dozen at most), oldest first: what an assessment needs. */
    async all(actingUserId: string, babyId: string, known?: Access): Promise<Vaccination[]> {
      const newestFirst = await allPages((cursor) => records.list(actingUserId, babyId, { limit: 100, cursor }, known));
      return newestFirst.reverse();
    },
    update: (
      actingUserId: string,
      { babyId, vaccinationId, version, ...values }: UpdateVaccinationInput,
      known?: Access,
    ) => records.update(actingUserId, babyId, vaccinationId, version, values, known),
    remove: (
      actingUserId: string,
      { babyId, vaccinationId, version }: { babyId: string; vaccinationId: string; version: number },
      known?: Access,
    ) => records.remove(actingUserId, babyId, vaccinationId, version, known),
  };
}
export type VaccinationsRepository = ReturnType<typeof vaccinationsRepository>;
