/** The languages UpNest speaks, each complete (src/catalogs.test.ts). English is the fallback. */
export const LANGUAGES = ["en", "es"] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = "en";

/** Each language's name in itself: what a person looks for in a language menu, whatever the page's language. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: "English", es: "Español" };

export const isLanguage = (value: unknown): value is Language =>
  typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);

/** The supported language of one BCP 47 tag ("es-MX" → "es"), if any. */
export function languageOfTag(tag: string | null | undefined): Language | undefined {
  const base = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return isLanguage(base) ? base : undefined;
}

/**
 * The first supported language among a person's choices, most preferred first (the profile's language, then
 * the browser's list), else English.
 */
export function pickLanguage(choices: readonly (string | null | undefined)[]): Language {
  for (const choice of choices) {
    const language = languageOfTag(choice);
    if (language) return language;
  }
  return DEFAULT_LANGUAGE;
}

/** The language an Accept-Language header asks for (highest q first; `*` and unknown tags skipped), else English. */
export function languageFromHeader(header: string | null | undefined): Language {
  const ranked = (header ?? "")
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.split(";");
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
      return { tag: tag.trim(), q: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry) => entry.tag !== "" && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return pickLanguage(ranked.map((entry) => entry.tag));
}
