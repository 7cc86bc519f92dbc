// Cross-check against WHO's original tables, kept in data/who/ (data/who/README.md
// gives their source and licence). The package never reads them at runtime;
// this test proves the generated copy in src/data/ is complete and faithful,
// and sweeps every row of every table through computeZScore.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { type Indicator, whoTablesSource } from "../src/index.ts";
import { indicators } from "../src/indicators.ts";
import { whoRows } from "./fixtures/who-rows.ts";
import { fileOf, scoreAt, scored, weightBased } from "./helpers.ts";
import { restrictedZByHand, sdLine } from "./reference.ts";

const whoDir = join(dirname(fileURLToPath(import.meta.url)), "../data/who");

const read = (file: string) => readFileSync(join(whoDir, file));
const rowsOf = (file: string) =>
  read(file)
    .toString("utf8")
    .split(/\r?\n/)
    .slice(1)
    .filter((line) => line.trim() !== "")
    .map((line) => line.split("\t"));

describe("WHO tables cross-check", () => {
  it("the generated modules come from the WHO files as they are now (else run `pnpm --filter @upnest/growth generate`)", () => {
    for (const [file, digest] of Object.entries(whoTablesSource.sha256)) {
      expect(createHash("sha256").update(read(file)).digest("hex"), file).toBe(digest);
    }
  });

  it("the test fixtures are verbatim rows of the WHO files", () => {
    for (const [file, lines] of Object.entries(whoRows)) {
      const text = read(file).toString("utf8").split(/\r?\n/);
      for (const line of lines) expect(text, `${file}: ${line}`).toContain(line);
    }
  });

  it.each(Object.keys(indicators) as Indicator[])(
    "%s: every row is copied exactly and scores ±2 and ±3.5 SD as WHO defines",
    (indicator) => {
      const rows = rowsOf(fileOf[indicator]);
      const table = indicators[indicator].table;
      expect(rows.length).toBe(table.male.length + table.female.length);
      const mismatches: string[] = [];
      for (const [sexCode, index, l, m, s] of rows) {
        const sex = sexCode === "1" ? "male" : "female";
        const [L, M, S] = [Number(l), Number(m), Number(s)];
        const at = Math.round((Number(index) - table.first) * table.rowsPerUnit);
        expect(table[sex][at]).toEqual([L, M, S]);
        for (const k of [-3.5, -2, 2, 3.5]) {
          const y = sdLine(L, M, S, k);
          const want = weightBased.has(indicator) ? restrictedZByHand(y, L, M, S) : k;
          const got = scored(scoreAt(indicator, sex, Number(index), y)).zScore;
          if (!(Math.abs(got - want) < 1e-9)) mismatches.push(`${sex} ${index} at ${k} SD: ${got}, expected ${want}`);
        }
      }
      expect(mismatches).toEqual([]);
    },
  );
});
