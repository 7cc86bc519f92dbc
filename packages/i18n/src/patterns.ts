// A catalog whose English texts are patterns: "{{field}} must be at most {{max}} characters" finds a message
// written from it and reads its parameters back, so the same key can be written in another language.

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export type MessagePattern<K extends string> = { key: K; names: string[]; regex: RegExp };

/** One pattern per text of a catalog (nested groups, which are not texts, are skipped), in the catalog's order. */
export function catalogPatterns<K extends string>(catalog: Record<string, unknown>): MessagePattern<K>[] {
  return Object.entries(catalog)
    .filter((entry): entry is [K, string] => typeof entry[1] === "string")
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
}
