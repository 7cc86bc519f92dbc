/** One test per defect of cicada's WHO encoding (data/README.md, "Doubts" 1): present in the source, fixed in src/who/data.ts. */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { fixDoubleDefaults, fixHoursUnit } from "../scripts/who-fixes.ts";
import { whoCvx, whoSeries } from "../src/who/data.ts";

const SOURCE = join(dirname(fileURLToPath(import.meta.url)), "../data/who/generated_json");
const source = (file: string) => JSON.parse(readFileSync(join(SOURCE, file), "utf8"));
const series = (antigen: string) => whoSeries.find((s) => s.antigen === antigen)!;

describe("WHO data fixes", () => {
  it("puts Rotarix (RV1, CVX 119) in the 2-dose rotavirus series, not RotaTeq (CVX 116)", () => {
    const raw = source("Rotavirus.json").series[0];
    expect(raw.seriesDose[0].preferableVaccine[0].cvx).toBe("116"); // the defect
    expect(series("Rotavirus").name).toMatch(/RV1/);
    expect(series("Rotavirus").doses.every((d) => d.vaccines.includes("119") && !d.vaccines.includes("116"))).toBe(
      true,
    );
    expect(whoCvx["119"]?.name).toMatch(/monovalent/);
    expect(whoCvx["116"]?.name).toMatch(/pentavalent/);
  });

  it("names CVX 152 as unspecified pneumococcal conjugate and 215 as PCV15", () => {
    const raw = source("schedule_supporting_data.json").cvxToAntigenMap.cvxMap;
    expect(raw.find((m: { cvx: string }) => m.cvx === "152").shortDescription).toBe("PCV15"); // the defect
    expect(whoCvx["152"]?.name).toMatch(/unspecified/i);
    expect(whoCvx["215"]?.name).toMatch(/PCV 15/);
  });

  it('measures HepB dose 3 "16 weeks" from dose 1', () => {
    const raw = source("HepB.json").series[0].seriesDose[2].interval[1];
    expect(raw.fromTargetDose).toBeUndefined(); // the defect
    expect(series("HepB").doses[2]?.intervals).toContainEqual(
      expect.objectContaining({ fromPrevious: false, fromTargetDose: 1, minInt: "16 weeks" }),
    );
  });

  it("keeps one default series for Hib, Measles and Rubella", () => {
    for (const file of ["Hib.json", "Measles.json", "Rubella.json"]) {
      const raw = source(file).series;
      expect(
        raw.filter((s: { selectSeries: { defaultSeries: string } }) => s.selectSeries.defaultSeries === "Yes"),
      ).toHaveLength(2); // the defect
      expect(fixDoubleDefaults(raw).filter((s) => s.selectSeries.defaultSeries === "Yes")).toHaveLength(1);
    }
    for (const antigen of ["Hib", "Measles", "Rubella"])
      expect(whoSeries.filter((s) => s.antigen === antigen)).toHaveLength(1);
  });

  it('reads the HepB birth dose "24 hours" as before age 1 day', () => {
    expect(source("HepB.json").series[0].seriesDose[0].age[0].latestRecAge).toBe("24 hours"); // the defect
    expect(fixHoursUnit("24 hours")).toBe("1 day");
    expect(series("HepB").doses[0]?.latestRecAge).toBe("1 day");
  });
});
