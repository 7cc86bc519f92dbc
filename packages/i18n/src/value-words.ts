// Coded values in words ("cows-milk" → "cow's milk", "leche de vaca"): CSV files for people write them, the history
// of changes shows them, and a file's words are read back to the codes on import, in any language.
import { LANGUAGES, type Language } from "./languages.ts";
import { resources } from "./resources.ts";

type Words = (typeof resources)["en"]["csv"]["words"];
export type WordGroup = keyof Words;

/** Which group of words names a coded field's values (the items of a list field, e.g. allergens, each one). */
export const FIELD_WORDS: Readonly<Record<string, WordGroup>> = {
  lengthMethod: "lengthMethod",
  method: "method",
  side: "side",
  lastSide: "side",
  milk: "milk",
  allergens: "allergen",
  kind: "sleepKind",
  contents: "contents",
  colour: "colour",
  consistency: "consistency",
};

const groupOf = (group: WordGroup, language: Language) =>
  resources[language].csv.words[group] as Readonly<Record<string, string>>;

/** A field's coded value in `language`'s words; undefined when the field or the value has none. */
export function valueWord(field: string, value: string, language: Language): string | undefined {
  const group = FIELD_WORDS[field];
  return group ? groupOf(group, language)[value] : undefined;
}

/**
 * The code a word names, in any language and whatever its case: among `field`'s words, or every group's when no
 * field is given. Undefined when no word matches.
 */
export function valueOfWord(word: string, field?: string): string | undefined {
  const wanted = word.trim().toLowerCase();
  const groups = field === undefined ? (Object.keys(resources.en.csv.words) as WordGroup[]) : [FIELD_WORDS[field]];
  for (const language of LANGUAGES)
    for (const group of groups) {
      if (!group) continue;
      const found = Object.entries(groupOf(group, language)).find(([, w]) => w === wanted)?.[0];
      if (found) return found;
    }
  return undefined;
}
