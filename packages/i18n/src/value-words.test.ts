import { describe, expect, it } from "vitest";
import { LANGUAGES } from "./languages.ts";
import { resources } from "./resources.ts";
import { FIELD_WORDS, valueOfWord, valueWord } from "./value-words.ts";

describe("coded values in words", () => {
  it("each group's words are lower case and tell its values apart in every language, so a file reads back", () => {
    for (const language of LANGUAGES)
      for (const [group, words] of Object.entries(resources[language].csv.words)) {
        const written = Object.values(words);
        expect(
          written.filter((w) => w !== w.toLowerCase()),
          `${language} ${group}`,
        ).toEqual([]);
        expect(new Set(written).size, `${language} ${group}`).toBe(written.length);
      }
  });

  it("every field names a group the catalog has", () => {
    for (const group of Object.values(FIELD_WORDS).flat()) expect(resources.en.csv.words).toHaveProperty(group);
  });

  it("writes a field's value in the language and reads any language's word back by the field", () => {
    expect(valueWord("allergens", "cows-milk", "en")).toBe("cow's milk");
    expect(valueWord("allergens", "cows-milk", "es")).toBe("leche de vaca");
    expect(valueWord("lastSide", "left", "es")).toBe("izquierdo");
    expect(valueWord("notes", "left", "es")).toBeUndefined();
    // "both" is a side and a diaper's contents: the field says which.
    expect(valueWord("contents", "both", "es")).toBe("mojado y sucio");
    expect(valueOfWord("Mojado y sucio", "contents")).toBe("both");
    expect(valueOfWord("ambos", "side")).toBe("both");
    expect(valueOfWord("Leche materna", "milk")).toBe("breast-milk");
    expect(valueOfWord("de pie")).toBe("standing");
    expect(valueOfWord("huevo", "method")).toBeUndefined();
  });

  it("reads a field two kinds share by the codes of each (a feeding's and a temperature's method)", () => {
    expect(valueWord("method", "bottle", "es")).toBe("biberón");
    expect(valueWord("method", "axillary", "es")).toBe("axila");
    expect(valueOfWord("Axila", "method")).toBe("axillary");
    expect(valueOfWord("pecho", "method")).toBe("breast");
    expect(valueOfWord("gotas", "unit")).toBe("drops");
  });
});
