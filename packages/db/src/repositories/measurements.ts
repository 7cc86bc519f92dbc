import {
  type AddMeasurementInput,
  type ListMeasurementsInput,
  type Measurement,
  measurement,
  type UpdateMeasurementInput,
} from "@upnest/schemas";
import { invalid } from "../core/errors.ts";
import type { Access } from "../guards/access.ts";
import { babyRecords } from "./records.ts";
import type { Store } from "../core/store.ts";

type Values = Omit<AddMeasurementInput, "babyId" | "idempotencyKey">;

export function measurementsRepository(store: Store) {
  const records = babyRecords<Measurement, Values>(store, {
    prefix: "MEAS",
    recordType: "measurement",
    label: "Measurement",
    idField: "measurementId",
    dateOf: (v) => v.measuredOn,
    schema: measurement,
    // A measurement cannot predate the baby: checked here, where the date of birth is known.
    check: (baby, v) => {
      if (v.measuredOn < String(baby.dateOfBirth)) {
        throw invalid("measuredOn", `Date measured cannot be before the date of birth (${String(baby.dateOfBirth)})`);
      }
    },
    // A "lying/standing" choice without a length means nothing; keep the record clean.
    clean: (v) => ({ ...v, lengthMethod: v.lengthCm === undefined ? undefined : v.lengthMethod }),
  });

  return {
    get: (actingUserId: string, ref: { babyId: string; measurementId: string }, known?: Access) =>
      records.get(actingUserId, ref.babyId, ref.measurementId, known),
    add: (actingUserId: string, { babyId, idempotencyKey, ...values }: AddMeasurementInput, known?: Access) =>
      records.add(actingUserId, babyId, values, idempotencyKey, known),
    list: (actingUserId: string, { babyId, ...q }: ListMeasurementsInput & { limit: number }, known?: Access) =>
      records.list(actingUserId, babyId, q, known),
    update: (
      actingUserId: string,
      { babyId, measurementId, version, ...values }: UpdateMeasurementInput,
      known?: Access,
    ) => records.update(actingUserId, babyId, measurementId, version, values, known),
    remove: (
      actingUserId: string,
      { babyId, measurementId, version }: { babyId: string; measurementId: string; version: number },
      known?: Access,
    ) => records.remove(actingUserId, babyId, measurementId, version, known),
  };
}
export type MeasurementsRepository = ReturnType<typeof measurementsRepository>;
