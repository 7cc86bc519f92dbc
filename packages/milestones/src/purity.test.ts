// The package must stay pure: runtime modules import only each other, so it
// runs unchanged in the API, the web app and tests (no fs, no network, no clock).

import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const runtimeFiles = readdirSync(new URL(".", import.meta.url)).filter(
  (name) => name.endsWith(".ts") && !name.endsWith(".test.ts"),
);

describe("purity", () => {
  it.each(runtimeFiles)("%s imports only sibling modules and reads no clock", (name) => {
    const source = readFileSync(new URL(name, import.meta.url), "utf8");
    const imports = [...source.matchAll(/^(?:import|export)\b[^;]*?\bfrom\s+"([^"]+)"/gm)].map((match) => match[1]);
    expect(imports.filter((specifier) => !specifier?.startsWith("./"))).toEqual([]);
    expect(source).not.toMatch(/Date\.now|new Date\(|Math\.random|process\./);
  });
});
