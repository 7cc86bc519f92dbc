import { resources } from "@upnest/i18n";
import { describe, expect, it } from "vitest";
import { HISTORY_FIELDS, HISTORY_RECORDS } from "./history-format.ts";

// A record type added to the registry must say, in every language, what the history calls it and its fields.
describe("history wording", () => {
  for (const [language, catalog] of Object.entries(resources)) {
    it(`names every record type and field in ${language}`, () => {
      const { record, field } = catalog.family.history;
      expect(HISTORY_RECORDS.filter((type) => !(type in record))).toEqual([]);
      expect(HISTORY_FIELDS.filter((name) => !(name in field))).toEqual([]);
    });
  }
});
