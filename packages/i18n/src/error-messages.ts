// The data layer's refusals in any language: each English text of the `errors` catalog is a pattern, so a
// message thrown in English is found, its parameters read back and the same key written in the other language.
import { DEFAULT_LANGUAGE, type Language } from "./languages.ts";
import { translateMessage } from "./messages.ts";
import { catalogPatterns } from "./patterns.ts";
import { resources } from "./resources.ts";

type Catalog = (typeof resources)["en"]["errors"];
type Key = Exclude<keyof Catalog, "things">;
type Thing = keyof Catalog["things"];

const PATTERNS = catalogPatterns<Key>(resources.en.errors);

/**
 * A refusal in `language` ("Measurement not found" → "No se encontró: medición"). A refusal of bad input says what
 * its field's message says ("Choose a vaccine from the list"): the validation catalog has it. Any other text is
 * returned as it is.
 */
export function translateError(message: string, language: Language): string {
  if (language === DEFAULT_LANGUAGE) return message;
  const catalog = resources[language].errors;
  for (const { key, names, regex } of PATTERNS) {
    const found = regex.exec(message);
    if (!found) continue;
    let text: string = catalog[key];
    for (const [i, name] of names.entries()) {
      const value = found[i + 1] ?? "";
      const thing = value.toLowerCase() as Thing;
      const written = name === "what" ? (catalog.things[thing] ?? value) : value;
      text = text.replace(`{{${name}}}`, written);
    }
    return text;
  }
  return translateMessage(message, language);
}
