import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { i18n } from "../i18n/i18n.ts";
import { showAges } from "./ages.ts";

beforeAll(async () => {
  await i18n.changeLanguage("en");
});
afterAll(async () => {
  await i18n.changeLanguage("en");
});

describe("a baby's ages as every screen shows them", () => {
  it("shows only the real age for a baby born at term", () => {
    expect(showAges({ dateOfBirth: "2026-01-10" }, "2026-05-10")).toEqual({
      age: "4 months",
      corrected: null,
      postmenstrual: null,
      line: "4 months",
    });
    expect(showAges({ dateOfBirth: "2026-01-10", gestationalAgeWeeks: 39 }, "2026-05-10").line).toBe("4 months");
  });

  it("adds the corrected age from the due date for a baby born early", () => {
    // Born at 31 weeks: due 9 weeks (63 days) later, on 2026-03-14.
    const ages = showAges({ dateOfBirth: "2026-01-10", gestationalAgeWeeks: 31 }, "2026-05-14");
    expect(ages.age).toBe("4 months");
    expect(ages.corrected).toBe("2 months");
    expect(ages.line).toBe("4 months (2 months corrected)");
  });

  it("gives the postmenstrual age, weeks + days, before the due date", () => {
    // Born at 30 + 1 weeks, 22 days ago: 33 + 2 weeks postmenstrual.
    const ages = showAges({ dateOfBirth: "2026-01-10", gestationalAgeWeeks: 30 + 1 / 7 }, "2026-02-01");
    expect(ages.postmenstrual).toBe("33 + 2 weeks");
    expect(ages.corrected).toBeNull();
    expect(ages.line).toBe("3 weeks (33 + 2 weeks postmenstrual)");
  });

  it("stops showing the corrected age at 2 years, or 3 for a baby born before 32 weeks", () => {
    expect(showAges({ dateOfBirth: "2024-01-10", gestationalAgeWeeks: 34 }, "2026-01-20").line).toBe("2 years");
    expect(showAges({ dateOfBirth: "2024-01-10", gestationalAgeWeeks: 30 }, "2026-01-20").line).toBe(
      "2 years (22 months corrected)",
    );
    expect(showAges({ dateOfBirth: "2023-01-10", gestationalAgeWeeks: 30 }, "2026-01-20").line).toBe("3 years");
  });

  it("writes the same ages in Spanish", async () => {
    await i18n.changeLanguage("es");
    expect(showAges({ dateOfBirth: "2026-01-10", gestationalAgeWeeks: 31 }, "2026-05-14").line).toBe(
      "4 meses (2 meses de edad corregida)",
    );
    expect(showAges({ dateOfBirth: "2026-01-10", gestationalAgeWeeks: 30 + 1 / 7 }, "2026-02-01").line).toBe(
      "3 semanas (33 + 2 semanas de edad posmenstrual)",
    );
    await i18n.changeLanguage("en");
  });
});
