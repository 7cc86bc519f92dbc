import { describe, expect, it } from "vitest";
import { LANGUAGES } from "./languages.ts";
import { NAMESPACES, resources } from "./resources.ts";

type Tree = { [key: string]: string | Tree };

/** Every text of a catalog by its dotted key. */
function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

/** The {{variables}} a text interpolates and the $t(nested) keys it refers to. */
const variablesOf = (text: string) =>
  [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}|\$t\(([^),]+)/g)].map(([, v, t]) => v ?? `$t:${t}`).sort();

/** A plural or ordinal form's key without its suffix: "rows_one" and "rows_other" are both "rows". */
const baseKey = (key: string) =>
  key.replace(/_(zero|one|two|few|many|other)$|_ordinal_(zero|one|two|few|many|other)$/, "");

describe.each(NAMESPACES)("the %s catalogs", (namespace) => {
  const catalogs = Object.fromEntries(
    LANGUAGES.map((language) => [language, flatten(resources[language][namespace] as Tree)]),
  );
  const en = catalogs.en ?? new Map<string, string>();

  it.each(LANGUAGES)("%s has every key of every other language, each with a text", (language) => {
    const mine = catalogs[language] ?? new Map<string, string>();
    // Plural forms differ by language (Spanish has "many"): compare the keys without them.
    const bases = (m: Map<string, string>) => [...new Set([...m.keys()].map(baseKey))].sort();
    for (const other of LANGUAGES) expect(bases(mine), `${language} vs ${other}`).toEqual(bases(catalogs[other]!));
    expect([...mine].filter(([, text]) => text.trim() === "").map(([key]) => key)).toEqual([]);
  });

  it.each(LANGUAGES.filter((l) => l !== "en"))(
    "%s uses the same {{variables}} as English in every text",
    (language) => {
      const mine = catalogs[language] ?? new Map<string, string>();
      const differ: string[] = [];
      for (const [key, text] of mine) {
        const english = en.get(key) ?? en.get(`${baseKey(key)}_other`) ?? en.get(`${baseKey(key)}_ordinal_other`);
        if (english === undefined || variablesOf(english).join() !== variablesOf(text).join()) differ.push(key);
      }
      expect(differ).toEqual([]);
    },
  );
});

describe("namespaces", () => {
  it("lists every catalog", () => {
    expect([...NAMESPACES].sort()).toEqual(Object.keys(resources.en).sort());
  });
});
