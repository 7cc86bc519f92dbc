import {
  addMeasurementInput,
  deleteMeasurementInput,
  listMeasurementsInput,
  measurement,
  measurementFields,
  measurementRef,
  updateMeasurementInput,
} from "../measurement.ts";
import { defineBabyRecord, notBeforeBirth } from "./define.ts";

/** Weight, length/height and head circumference on a date: the growth chart's points. */
export const measurements = defineBabyRecord({
  kind: "measurements",
  recordType: "measurement",
  label: "Measurement",
  prefix: "MEAS",
  idField: "measurementId",
  dated: { by: "date", field: "measuredOn" },
  values: measurementFields,
  record: measurement,
  csv: ["measuredOn", "weightKg", "lengthCm", "lengthMethod", "headCircumferenceCm", "notes", "labels"],
  example: {
    measuredOn: "2026-02-01",
    weightKg: 4.1,
    lengthCm: 54,
    lengthMethod: "lying",
    headCircumferenceCm: 38,
    notes: "At the clinic",
  },
  exportLimit: { max: 10_000, message: "At most 10 000 measurements per baby" },
  check: notBeforeBirth("measuredOn", "Date measured"),
  // A "lying/standing" choice without a length means nothing; keep the record clean.
  clean: (v) => ({ ...v, lengthMethod: v.lengthCm === undefined ? undefined : v.lengthMethod }),
  legacyIds: true,
  inputs: {
    add: addMeasurementInput,
    update: updateMeasurementInput,
    ref: measurementRef,
    remove: deleteMeasurementInput,
    list: listMeasurementsInput,
  },
});
