import { describe, expect, it } from "vitest";
import { usProducts } from "../src/data/us-products.ts";
import { findProducts, ImmunizationInputError, isKnownCvx, type ProductSearch } from "../src/index.ts";

const baby: ProductSearch = { ageInDays: 70 };
const brands = (query: string, search = baby) => findProducts(query, search).map((p) => p.brand);

describe("the US brand table", () => {
  it("uses only CVX codes the schedules know, and names every row", () => {
    for (const p of usProducts) {
      expect(isKnownCvx(p.cvx), `${p.brand} CVX ${p.cvx}`).toBe(true);
      expect(p.names.length).toBeGreaterThan(0);
    }
  });
});

describe("findProducts", () => {
  it("finds the infant HepB vaccines first for 'HepB', then the combinations that carry it", () => {
    const found = findProducts("HepB", baby);
    expect(found.slice(0, 2).map((p) => p.brand)).toEqual([
      "Engerix-B (pediatric)",
      "Recombivax HB (pediatric/adolescent)",
    ]);
    expect(found[0]).toMatchObject({ cvx: "08", antigens: ["HepB"] });
    const names = found.map((p) => p.brand);
    expect(names.indexOf("Pediarix")).toBeLessThan(names.indexOf("Heplisav-B"));
    expect(names.indexOf("Vaxelis")).toBeLessThan(names.indexOf("Twinrix"));
  });

  it("finds a combination by its abbreviation, with every antigen it counts for", () => {
    const [vaxelis] = findProducts("DTaP-IPV-Hib-HepB", baby);
    expect(vaxelis).toMatchObject({ brand: "Vaxelis", cvx: "146" });
    expect(vaxelis?.antigens.sort()).toEqual(["Diphtheria", "HepB", "Hib", "Pertussis", "Polio", "Tetanus"]);
  });

  it.each([
    ["Engerix-B", "08"],
    ["engerix b", "08"],
    ["Prevnar 20", "216"],
    ["Pentacel", "120"],
    ["Vaxelis", "146"],
    ["RotaTeq", "116"],
    ["rotateq", "116"],
  ])("finds the brand %s (CVX %s) first", (query, cvx) => {
    expect(findProducts(query, baby)[0]?.cvx).toBe(cvx);
  });

  it("counts RotaTeq for rotavirus and Pentacel for five antigens", () => {
    expect(findProducts("RotaTeq", baby)[0]?.antigens).toEqual(["Rotavirus"]);
    expect(findProducts("Pentacel", baby)[0]?.antigens).toHaveLength(5);
  });

  it("opens on the vaccines plausible for a baby, with no travel, adult or non-US product", () => {
    const open = findProducts("", baby);
    expect(open.length).toBeGreaterThan(10);
    for (const p of open) expect(p.kind).toBe("routine");
    expect(open.map((p) => p.brand)).toEqual(expect.arrayContaining(["Pentacel", "Vaxelis", "RotaTeq", "Prevnar 20"]));
    for (const absent of ["BCG", "Gardasil 9", "Boostrix", "Kinrix", "YF-Vax", "Shingrix"]) {
      expect(open.map((p) => p.brand)).not.toContain(absent);
    }
  });

  it("ranks by the child's age: Tdap before DTaP for a 12-year-old", () => {
    const teen = { ageInDays: 12 * 365 };
    const found = brands("tdap", teen);
    expect(found[0]).toBe("Boostrix");
    expect(brands("", teen)).toContain("Gardasil 9");
    expect(brands("", teen)).not.toContain("Pentacel");
  });

  it("puts non-US and travel products last, or first-rank for a child living abroad", () => {
    const polio = brands("polio", baby);
    expect(polio[0]).toBe("IPOL");
    expect(polio.at(-1)).toBe("Bivalent oral polio (bOPV, non-US)");
    expect(brands("BCG")).toEqual(["BCG"]);
    expect(brands("", { ageInDays: 0, country: "IN" })).toContain("BCG");
    expect(brands("typhoid", baby).length).toBeGreaterThan(0);
  });

  it("finds nothing for a query that matches nothing, and rejects a bad age", () => {
    expect(findProducts("zzzz", baby)).toEqual([]);
    expect(() => findProducts("HepB", { ageInDays: -1 })).toThrow(ImmunizationInputError);
    expect(() => findProducts("HepB", { ageInDays: Number.NaN })).toThrow(/ageInDays/);
  });
});
