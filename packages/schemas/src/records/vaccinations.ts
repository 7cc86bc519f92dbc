import { babyPageInput } from "../baby.ts";
import {
  addVaccinationInput,
  deleteVaccinationInput,
  updateVaccinationInput,
  vaccination,
  vaccinationFields,
  vaccinationRef,
} from "../vaccination.ts";
import { defineBabyRecord, notBeforeBirth } from "./define.ts";

/** A vaccine dose given on a date (its product by CVX code). */
export const vaccinations = defineBabyRecord({
  kind: "vaccinations",
  recordType: "vaccination",
  label: "Vaccination",
  prefix: "VAX",
  idField: "vaccinationId",
  dated: { by: "date", field: "dateGiven" },
  values: vaccinationFields,
  record: vaccination,
  // `vaccine` is the product's name, which the API derives from the CVX code.
  csv: ["dateGiven", "cvx", "vaccine", "lotNumber", "clinic", "reactions", "givenAbroad"],
  readableCsv: ["dateGiven", "vaccine", "lotNumber", "clinic", "reactions", "givenAbroad"],
  example: {
    dateGiven: "2026-02-01",
    cvx: "20",
    lotNumber: "A1",
    clinic: "Riverside",
    reactions: "None",
    givenAbroad: false,
  },
  exportLimit: { max: 1_000, message: "At most 1 000 doses per baby" },
  check: notBeforeBirth("dateGiven", "Date given"),
  legacyIds: true,
  inputs: {
    add: addVaccinationInput,
    update: updateVaccinationInput,
    ref: vaccinationRef,
    remove: deleteVaccinationInput,
    list: babyPageInput,
  },
});
