import { describe, expect, it } from "vitest";
import { vaccineGroupsOf } from "../src/index.ts";

describe("vaccineGroupsOf: the groups a product counts for", () => {
  it("names a single vaccine's group, every group of a combination, and none for an unknown code", () => {
    expect(vaccineGroupsOf("20")).toEqual(["DTaP/Tdap/Td"]); // DTaP
    expect(vaccineGroupsOf("115")).toEqual(["DTaP/Tdap/Td"]); // Tdap: the same group as DTaP
    expect(vaccineGroupsOf("110").sort()).toEqual(["DTaP/Tdap/Td", "HepB", "Polio"]); // Pediarix
    expect(vaccineGroupsOf("207")).toEqual(["COVID-19"]);
    expect(vaccineGroupsOf("99999")).toEqual([]);
  });
});
