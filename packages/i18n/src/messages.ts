// The field messages of packages/schemas in any language. Schemas say them in English (the API's default, and
// what its tests read); each English text is a pattern in the validation catalog, so a message is translated by
// finding its pattern, reading its parameters back and writing the same key in the other language.
import { formatDate, formatNumber } from "./format.ts";
import { createI18n } from "./instance.ts";
import { DEFAULT_LANGUAGE, type Language } from "./languages.ts";
import { catalogPatterns } from "./patterns.ts";
import { resources } from "./resources.ts";

type Key = Exclude<keyof (typeof resources)["en"]["validation"], "field">;
type FieldKey = keyof (typeof resources)["en"]["validation"]["field"];

/** Every message pattern, the ones with fewest parameters first (so "Version is required" is not "{{field}} is required"). */
const PATTERNS = catalogPatterns<Key>(resources.en.validation).sort((a, b) => a.names.length - b.names.length);

const FIELDS = new Map(
  Object.entries(resources.en.validation.field).map(([key, label]) => [label, key as FieldKey] as const),
);

const instances = new Map<Language, ReturnType<typeof createI18n>>();
/** One shared i18next instance per language, for code that answers many people (the API). */
export const i18nFor = (language: Language) => {
  let made = instances.get(language);
  if (!made) {
    made = createI18n(language);
    instances.set(language, made);
  }
  return made;
};

/** The catalog key and parameters of one of the schemas' English messages, if it is one. */
export function parseMessage(message: string): { key: Key; params: Record<string, string> } | undefined {
  for (const { key, names, regex } of PATTERNS) {
    const found = regex.exec(message);
    if (!found) continue;
    const params = Object.fromEntries(names.map((name, i) => [name, found[i + 1] ?? ""]));
    if (params.field !== undefined && !FIELDS.has(params.field)) continue;
    return { key, params };
  }
  return undefined;
}

/**
 * A schema message in `language`: "Weight must be between 0.2 and 60 kg" → "Peso: tiene que estar entre 0,2 y 60
 * kg". Field names and numbers are written the language's way; a message that is no schema message (already
 * translated, or the API's own words) is returned as it is.
 */
export function translateMessage(message: string, language: Language): string {
  if (language === DEFAULT_LANGUAGE) return message;
  const parsed = parseMessage(message);
  if (!parsed) return message;
  // Keys and parameters are read from the catalog at run time, so the typed t() is called as a plain one.
  const t = i18nFor(language).t as unknown as (key: string, options?: Record<string, string>) => string;
  const params: Record<string, string> = {};
  for (const [name, value] of Object.entries(parsed.params)) {
    const field = name === "field" ? FIELDS.get(value) : undefined;
    params[name] = field
      ? t(`validation:field.${field}`)
      : /^\d{4}-\d{2}-\d{2}$/.test(value)
        ? formatDate(value, language)
        : /^\d+(\.\d+)?$/.test(value)
          ? formatNumber(Number(value), language, 3)
          : value;
  }
  return t(`validation:${parsed.key}`, params);
}

/** Each field's messages (zod's flattened `fieldErrors`) in `language`. */
export function translateFieldErrors<T extends Record<string, readonly string[] | undefined>>(
  errors: T,
  language: Language,
): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [field, messages] of Object.entries(errors)) {
    if (messages) out[field] = messages.map((m) => translateMessage(m, language));
  }
  return out;
}
