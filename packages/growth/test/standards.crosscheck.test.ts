// The generated CDC 2000 and INTERGROWTH-21st modules against the files they
// came from in data/ (whose READMEs give source and licence): the files are
// unchanged since generation, and every number was copied.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { cdcBmiForAge } from "../src/data/cdc-2000-bmi-for-age.ts";
import { cdcStatureForAge } from "../src/data/cdc-2000-stature-for-age.ts";
import { cdcWeightForAge } from "../src/data/cdc-2000-weight-for-age.ts";
import { intergrowthEquations } from "../src/data/intergrowth-equations.ts";
import { newbornSt3 } from "../src/data/intergrowth-newborn-st3.ts";
import { cdcTablesSource, intergrowthSource } from "../src/index.ts";
import type { AgeLmsTable } from "../src/table-types.ts";
import { readData, readDataCsv, sexOfCode } from "./data-files.ts";

const sha256 = (path: string) => createHash("sha256").update(readData(path)).digest("hex");

describe("the vendored files are the ones the modules were generated from (else `pnpm --filter @upnest/growth generate`)", () => {
  it.each([
    ["cdc-2000", cdcTablesSource.sha256, 4],
    ["intergrowth-21st", intergrowthSource.sha256, 4],
  ] as const)("%s", (folder, digests, count) => {
    expect(Object.keys(digests)).toHaveLength(count);
    for (const [file, digest] of Object.entries(digests)) expect(sha256(`${folder}/${file}`), file).toBe(digest);
  });
});

describe("CDC 2000 rows", () => {
  const lmsRows = (file: string) =>
    readDataCsv(`cdc-2000/${file}`).map((r) => ({
      sex: sexOfCode(r.sex),
      row: [Number(r.agemos), Number(r.l), Number(r.m), Number(r.s)],
    }));
  const rowsOf = (table: AgeLmsTable) => [
    ...table.male.map((row) => ({ sex: "male", row: [...row] })),
    ...table.female.map((row) => ({ sex: "female", row: [...row] })),
  ];

  it("stature: every row of statage.csv", () => {
    expect(rowsOf(cdcStatureForAge)).toEqual(lmsRows("cdc2000-stature-for-age.csv"));
  });

  it("BMI: every row of bmiagerev.csv up to 240.0 months (its 240.5 row lies past the charts)", () => {
    const rows = lmsRows("cdc2000-bmi-for-age.csv");
    expect(rows.filter(({ row }) => row[0] === 240.5)).toHaveLength(2);
    expect(rowsOf(cdcBmiForAge)).toEqual(rows.filter(({ row }) => row[0]! <= 240));
  });

  it("weight: wtage.csv from 24.5 to 239.5 months, CDC's SAS rows at 23.5 and 240.0", () => {
    const sas = lmsRows("cdc2000-weight-for-age-sas-rows.csv");
    const csv = lmsRows("cdc2000-weight-for-age.csv").filter(({ row }) => row[0] !== 24 && row[0] !== 240);
    const expected = (["male", "female"] as const).flatMap((sex) => [
      ...sas.filter((r) => r.sex === sex && r.row[0] === 23.5),
      ...csv.filter((r) => r.sex === sex),
      ...sas.filter((r) => r.sex === sex && r.row[0] === 240),
    ]);
    expect(rowsOf(cdcWeightForAge)).toEqual(expected);
  });
});

describe("INTERGROWTH-21st numbers", () => {
  it("every per-day skew t parameter, 231–300 days", () => {
    const rows = readDataCsv("intergrowth-21st/intergrowth-newborn-st3.csv");
    expect(rows).toHaveLength(3 * 2 * 70);
    for (const r of rows) {
      const table = newbornSt3[r.indicator as keyof (typeof intergrowthEquations)["intergrowth-newborn"]];
      const day = Number(r.gestational_age_days);
      expect(table[sexOfCode(r.sex)][day - newbornSt3.firstDay]).toEqual([r.mu, r.sigma, r.nu, r.tau].map(Number));
    }
  });

  it("every coefficient of the very-preterm and postnatal equations", () => {
    const rows = readDataCsv("intergrowth-21st/intergrowth-equations.csv");
    expect(rows).toHaveLength(32);
    const equations = Object.values(intergrowthEquations).flatMap((byIndicator) =>
      Object.values(byIndicator as Record<string, Record<string, unknown>>),
    );
    const terms = equations.flatMap((e) => Object.values(e).filter(Array.isArray));
    expect(terms.flat()).toHaveLength(rows.length);
    for (const r of rows) {
      const standard = r.standard as "intergrowth-newborn" | "intergrowth-postnatal";
      const equation = (intergrowthEquations[standard] as Record<string, Record<string, unknown>>)[r.indicator!]!;
      const quantity = r.quantity === "mean" ? "mean" : r.quantity!;
      expect(equation[quantity], `${standard} ${r.indicator} ${quantity}`).toContainEqual([
        r.term,
        Number(r.coefficient),
      ]);
      expect(equation.log).toBe(r.scale!.startsWith("ln"));
    }
  });
});
