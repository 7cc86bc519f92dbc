import { LANGUAGES, resources } from "@upnest/i18n";
import { babyRecordTypes } from "@upnest/schemas";
import { describe, expect, it } from "vitest";
import { cellFromWords, csvColumns } from "./csv-columns.ts";

describe("CSV columns for people", () => {
  it("every registry type's columns have a header in every language, and no two share one", () => {
    for (const definition of babyRecordTypes)
      for (const language of LANGUAGES) {
        const { fields, headers } = csvColumns(definition, "readable", language);
        for (const field of fields) expect(resources[language].csv.columns).toHaveProperty(field);
        expect(new Set(headers).size).toBe(headers.length);
      }
  });

  it("reads a person's words back only where the field's kind expects them", () => {
    expect(cellFromWords("boolean", "Sí")).toBe(true);
    expect(cellFromWords("boolean", "no")).toBe(false);
    expect(cellFromWords("string", "no")).toBe("no"); // a note saying "no" stays a note
    expect(cellFromWords("enum", "de pie")).toBe("standing");
    expect(cellFromWords("number", "3,457")).toBe("3.457");
  });
});
