import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { findLiterals } from "./literals.ts";

const src = join(import.meta.dirname, "..");
const components = readdirSync(src, { recursive: true })
  .map(String)
  .filter((f) => f.endsWith(".tsx"))
  .map((f) => join(src, f));

describe("every text a component shows goes through t()", () => {
  it("finds JSX text and user-facing props written as literals", () => {
    const planted = `export const A = ({ n }: { n: number }) => (
      <section aria-label="Doses" title={t("ok")}>
        <h1>{t("growth:title")}</h1>
        Hello {n}
        <input placeholder={n > 1 ? "Many" : t("one")} className="px-2" />
        {n === 0 && "None yet"}
        <span>{" · "}{\`\${n} kg\`}</span>
        {kind === "owner" ? <b>{t("owner")}</b> : null}
      </section>
    );`;
    expect(findLiterals("planted.tsx", planted).map((l) => `${l.line}:${l.text}`)).toEqual([
      "2:Doses",
      "4:Hello",
      "5:Many",
      "6:None yet",
      `7:\${n} kg`,
    ]);
  });

  it.each(components.map((file) => relative(src, file)))("%s", (file) => {
    const literals = findLiterals(file, readFileSync(join(src, file), "utf8"));
    expect(literals.map((l) => `${file}:${l.line} "${l.text}"`)).toEqual([]);
  });
});
