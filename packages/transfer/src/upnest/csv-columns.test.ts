import { LANGUAGES, resources, valueWord } from "@upnest/i18n";
import { babyRecordTypes, diapers, feedings, measurements, sleeps, tummyTimes } from "@upnest/schemas";
import { describe, expect, it } from "vitest";
import { fieldKind, instantOf, localTime, storedCell } from "./csv-cells.ts";
import { type CsvNames, csvColumns, DERIVED, headerOf } from "./csv-columns.ts";

const NO_NAMES: CsvNames = { vaccine: () => undefined, milestone: () => undefined };

/** The values an enum field (or a list of them) can hold. */
const optionsOf = (schema: unknown): string[] => {
  const def = (schema as { _zod: { def: { type: string; innerType?: unknown; element?: unknown; entries?: object } } })
    ._zod.def;
  if (def.type === "optional" || def.type === "array") return optionsOf(def.innerType ?? def.element);
  return def.type === "enum" ? Object.keys(def.entries ?? {}) : [];
};

describe("CSV columns for people", () => {
  it("every registry type's columns have a header in every language, and no two share one", () => {
    for (const definition of babyRecordTypes)
      for (const language of LANGUAGES) {
        const { fields, headers } = csvColumns(definition, "readable", language);
        for (const field of fields) expect(resources[language].csv.columns).toHaveProperty(field);
        expect(new Set(headers).size).toBe(headers.length);
      }
  });

  it("no header of one column is another column's, in any language, so a file reads back", () => {
    for (const definition of babyRecordTypes) {
      const owners = new Map<string, Set<string>>();
      for (const field of new Set([...definition.csv, ...(definition.readableCsv ?? [])]))
        for (const header of [field, ...LANGUAGES.map((l) => headerOf(field, l))])
          owners.set(header.toLowerCase(), new Set([...(owners.get(header.toLowerCase()) ?? []), field]));
      expect([...owners].filter(([, fields]) => fields.size > 1)).toEqual([]);
    }
  });

  it("every coded value of every registry type has its words in every language", () => {
    const missing: string[] = [];
    for (const definition of babyRecordTypes)
      for (const [field, schema] of Object.entries(definition.values.shape))
        for (const value of optionsOf(schema))
          for (const language of LANGUAGES)
            if (!valueWord(field, value, language)) missing.push(`${definition.kind}.${field}=${value} (${language})`);
    expect(missing).toEqual([]);
  });

  it("a feeding reads in words, minutes and the entry's own clock, and reads back", () => {
    const row = {
      startedAt: "2026-03-08T08:30:00.000Z", // 03:30 in Chicago, the morning the clocks go forward
      timeZone: "America/Chicago",
      method: "breast",
      side: "both",
      leftSeconds: 754,
      lastSide: "left",
      allergens: ["cows-milk", "egg"],
    };
    const { fields, cell } = csvColumns(feedings, "readable", "es");
    const written = Object.fromEntries(fields.map((f) => [f, cell(f, row)]));
    expect(written).toMatchObject({
      startedAt: "2026-03-08 03:30",
      method: "pecho",
      side: "ambos",
      leftSeconds: "12,6",
      lastSide: "izquierdo",
      allergens: "leche de vaca; huevo",
      rightSeconds: "",
    });
    const back = (field: string) => storedCell(feedings, field, String(written[field]), written, true);
    expect(["startedAt", "method", "side", "leftSeconds", "lastSide", "allergens"].map(back)).toEqual([
      "2026-03-08T08:30:00.000Z",
      "breast",
      "both",
      756,
      "left",
      ["cows-milk", "egg"],
    ]);
  });

  it("the machine form keeps stored values, a list as JSON, and reads them back as they were", () => {
    const row = { foods: ["rice; peas", "banana"], leftSeconds: 754, startedAt: "2026-03-08T08:30:12.345Z" };
    const { cell } = csvColumns(feedings, "machine", "es");
    expect(cell("foods", row)).toBe('["rice; peas","banana"]');
    expect(cell("leftSeconds", row)).toBe(754);
    expect(storedCell(feedings, "foods", '["rice; peas","banana"]', {}, false)).toEqual(["rice; peas", "banana"]);
    expect(storedCell(feedings, "leftSeconds", "754", {}, false)).toBe(754);
    expect(storedCell(feedings, "startedAt", "2026-03-08T08:30:12.345Z", {}, false)).toBe("2026-03-08T08:30:12.345Z");
  });

  it("labels read as a list a person writes, and as JSON in the machine form, and both read back", () => {
    const row = { labels: ["daycare", "grandma's"] };
    expect(csvColumns(diapers, "readable", "es").cell("labels", row)).toBe("daycare; grandma's");
    expect(csvColumns(diapers, "machine", "en").cell("labels", row)).toBe('["daycare","grandma\'s"]');
    expect(storedCell(diapers, "labels", "daycare; grandma's", {}, true)).toEqual(["daycare", "grandma's"]);
    expect(storedCell(diapers, "labels", '["daycare","grandma\'s"]', {}, false)).toEqual(["daycare", "grandma's"]);
    expect(headerOf("labels", "es")).toBe("Etiquetas");
  });

  it("a sleep's length is in hours, across a clock change too", () => {
    const night = { startedAt: "2026-03-08T03:00:00.000Z", endedAt: "2026-03-08T13:30:00.000Z" };
    const { cell } = csvColumns(sleeps, "readable", "en");
    expect(cell("duration", { ...night, ...DERIVED.sleeps?.(night, "en", NO_NAMES) })).toBe("10.5");
    expect(cell("kind", { kind: "night" })).toBe("night");
    expect(csvColumns(sleeps, "readable", "es").cell("kind", { kind: "nap" })).toBe("siesta");
  });

  it("reads a person's words back only where the field's kind expects them", () => {
    expect(storedCell(diapers, "rash", "Sí", {}, true)).toBe(true);
    expect(storedCell(diapers, "rash", "no", {}, true)).toBe(false);
    expect(storedCell(diapers, "rash", "TRUE", {}, false)).toBe(true); // as a spreadsheet writes it
    expect(storedCell(diapers, "notes", "no", {}, true)).toBe("no"); // a note saying "no" stays a note
    expect(storedCell(diapers, "contents", "Mojado y sucio", {}, true)).toBe("both");
    expect(storedCell(measurements, "lengthMethod", "de pie", {}, true)).toBe("standing");
    expect(storedCell(measurements, "weightKg", "3,457", {}, true)).toBe(3.457);
    expect(storedCell(tummyTimes, "durationSeconds", "5", {}, false)).toBe(5);
    expect(storedCell(tummyTimes, "durationSeconds", "5", {}, true)).toBe(300);
  });

  it("writes a moment on its zone's clock and reads a local time back, or nothing for a zone not known", () => {
    expect(fieldKind(sleeps, "endedAt")).toBe("instant");
    expect(localTime("2026-11-01T06:30:00.000Z", "America/Chicago")).toBe("2026-11-01 01:30");
    expect(instantOf("2026-07-01 12:00", "Europe/Madrid")).toBe("2026-07-01T10:00:00.000Z");
    expect(instantOf("2026-07-01 12:00", "Mars/Olympus")).toBeUndefined();
    expect(instantOf("yesterday", "UTC")).toBeUndefined();
  });
});
