import { describe, expect, it } from "vitest";
import { vaccineGroups } from "../src/data/schedule.ts";
import { CATEGORIZED_GROUPS, vaccineCategory } from "../src/index.ts";

describe("vaccine categories", () => {
  it("names a category for every CDSi vaccine group, and for no group that does not exist", () => {
    expect([...CATEGORIZED_GROUPS].sort()).toEqual(vaccineGroups.map((g) => g.name).sort());
  });

  it("puts the childhood schedule first and travel, risk-only and adult vaccines apart", () => {
    expect(vaccineCategory("DTaP/Tdap/Td")).toBe("routine");
    expect(vaccineCategory("Influenza")).toBe("seasonal");
    expect(vaccineCategory("RSV")).toBe("seasonal");
    expect(vaccineCategory("Yellow Fever")).toBe("travel");
    expect(vaccineCategory("Meningococcal B")).toBe("risk");
    expect(vaccineCategory("Zoster")).toBe("adult");
    expect(vaccineCategory("BCG")).toBe("routine"); // WHO's routine schedule
  });
});
