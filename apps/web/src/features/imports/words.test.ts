import { createI18n, resources } from "@upnest/i18n";
import { BabyBuddyFilesError, because, REASON_CODES, REASONS } from "@upnest/transfer";
import { describe, expect, it } from "vitest";
import { filesProblem, reasonWords } from "./words.ts";

const en = createI18n("en");
const es = createI18n("es");

describe("the import's reasons in the person's language", () => {
  it("has packages/transfer's English reasons word for word, and each in Spanish", () => {
    expect(resources.en.imports.reasons).toEqual(REASONS);
    expect(Object.keys(resources.es.imports.reasons).sort()).toEqual([...REASON_CODES].sort());
  });

  it("words a reason with the row's values, and a form's refusal through the validation catalog", () => {
    const row = because("notNumber", { column: "amount", value: "lots" });
    expect(reasonWords(row, en.t, "en")).toBe(row.reason);
    expect(reasonWords(row, es.t, "es")).toBe("El valor de amount «lots» no es un número");
    const refused = because("invalid", { message: "The end must be after the start" });
    expect(reasonWords(refused, en.t, "en")).toBe("The end must be after the start");
    expect(reasonWords(refused, es.t, "es")).not.toBe("The end must be after the start");
  });

  it("says why files are refused", () => {
    const error = new BabyBuddyFilesError("zipBomb", { file: "feeding.csv" }, "English");
    expect(filesProblem(error, en.t)).toBe(
      "feeding.csv unpacks to far more than a CSV file could, so this zip is not imported.",
    );
    expect(filesProblem(new Error("boom"), es.t)).toBe("No se han podido leer estos archivos. Vuelve a elegirlos.");
  });
});
