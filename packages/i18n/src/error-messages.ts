// The data layer's refusals in any language: each English text of the `errors` catalog is a pattern, so a
// message thrown in English is found, its parameters read back and the same key written in the other language.
import { DEFAULT_LANGUAGE, type Language } from "./languages.ts";
import { resources } from "./resources.ts";

type Catalog = (typeof resources)["en"]["errors"];
type Key = Exclude<keyof Catalog, "things">;
type Thing = keyof Catalog["things"];

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const PATTERNS = (Object.entries(resources.en.errors) as [Key | "things", unknown][])
  .filter((entry): entry is [Key, string] => typeof entry[1] === "string")
  .map(([key, text]) => ({
    key,
    names: [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] as string),
    regex: new RegExp(
      `^${text
        .split(/\{\{\w+\}\}/)
        .map(escapeRegex)
        .join("(.+?)")}$`,
    ),
  }));

/** A refusal in `language` ("Measurement not found" → "No se encontró: medición"); any other text is returned as it is. */
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
  return message;
}
