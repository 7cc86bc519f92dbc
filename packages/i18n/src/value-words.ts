// Coded values in words ("cows-milk" → "cow's milk", "leche de vaca"): CSV files for people write them, the history
// of changes shows them, and a file's words are read back to the codes on import, in any language.
import { LANGUAGES, type Language } from "./languages.ts";
import { resources } from "./resources.ts";

type Words = (typeof resources)["en"]["csv"]["words"];
export type WordGroup = keyof Words;

/**
 * Which groups of words name a coded field's values (the items of a list field, e.g. allergens, each one). A field
 * name two kinds share with different codes has a group per kind (a feeding's and a temperature's `method`); their
 * codes and words differ, so either reads back.
 */
export const FIELD_WORDS: Readonly<Record<string, WordGroup | readonly WordGroup[]>> = {
  lengthMethod: "lengthMethod",
  method: ["method", "temperatureMethod"],
  side: "side",
  lastSide: "side",
  milk: "milk",
  allergens: "allergen",
  kind: "sleepKind",
  contents: "contents",
  colour: "colour",
  consistency: "consistency",
  unit: "medicineUnit",
  route: "medicineRoute",
  severity: "severity",
};

const groupsOf = (field: string): readonly WordGroup[] => {
  const groups = FIELD_WORDS[field];
  return groups === undefined ? [] : typeof groups === "string" ? [groups] : groups;
};

const groupOf = (group: WordGroup, language: Language) =>
  resources[language].csv.words[group] as Readonly<Record<string, string>>;

/** A field's coded value in `language`'s words; undefined when the field or the value has none. */
export function valueWord(field: string, value: string, language: Language): string | undefined {
  for (const group of groupsOf(field)) {
    const word = groupOf(group, language)[value];
    if (word !== undefined) return word;
  }
  return undefined;
}

/**
 * The code a word names, in any language and whatever its case: among `field`'s words, or every group's when no
 * field is given. Undefined when no word matches.
 */
export function valueOfWord(word: string, field?: string): string | undefined {
  const wanted = word.trim().toLowerCase();
  const groups = field === undefined ? (Object.keys(resources.en.csv.words) as WordGroup[]) : groupsOf(field);
  for (const language of LANGUAGES)
    for (const group of groups) {
      const found = Object.entries(groupOf(group, language)).find(([, w]) => w === wanted)?.[0];
      if (found) return found;
    }
  return undefined;
}
