import { describe, expect, it } from "vitest";
import { z } from "zod";
import { addVisitInput, babyHealthIssues, createBabyInput, updateBabyInput } from "./index.ts";

const BABY = "01ARZ3NDEKTSV4RRFFQ69G5FAV";
const messages = (result: { success: boolean; error?: z.ZodError }): Record<string, string[] | undefined> =>
  result.error ? z.flattenError(result.error).fieldErrors : {};

describe("a baby's conditions and the mother's RSV vaccine", () => {
  const base = { name: "Ada", dateOfBirth: "2026-01-10", sex: "female" as const };

  it("takes CDSi observation codes, optionally dated, and the mother's vaccine with its date", () => {
    const ok = createBabyInput.safeParse({
      ...base,
      conditions: [{ code: "160" }, { code: "011", date: "2026-03-01" }],
      maternalRsvVaccine: { status: "given", date: "2025-12-01" },
    });
    expect(ok.success).toBe(true);
  });

  it("refuses a code not in CDC's form, a duplicate, a date before birth and too many, with clear words", () => {
    expect(messages(createBabyInput.safeParse({ ...base, conditions: [{ code: "asplenia" }] }))).toEqual({
      conditions: ["Choose a condition from the list"],
    });
    expect(messages(createBabyInput.safeParse({ ...base, conditions: [{ code: "160" }, { code: "160" }] }))).toEqual({
      conditions: ["Each condition can be chosen once"],
    });
    expect(messages(createBabyInput.safeParse({ ...base, conditions: [{ code: "160", date: "2026-01-01" }] }))).toEqual(
      { conditions: ["A condition's date cannot be before birth"] },
    );
    expect(messages(createBabyInput.safeParse({ ...base, conditions: [{ code: "160", date: "2999-01-01" }] }))).toEqual(
      { conditions: ["A condition's date cannot be in the future"] },
    );
    const many = Array.from({ length: 41 }, (_, i) => ({ code: String(i).padStart(3, "0") }));
    expect(messages(createBabyInput.safeParse({ ...base, conditions: many })).conditions).toContain(
      "Choose at most 40 conditions",
    );
  });

  it("dates the mother's vaccine in the pregnancy, and only when it was given", () => {
    expect(
      messages(createBabyInput.safeParse({ ...base, maternalRsvVaccine: { status: "given", date: "2026-02-01" } })),
    ).toEqual({ maternalRsvVaccine: ["The mother's RSV vaccine must be dated during the pregnancy"] });
    expect(
      messages(createBabyInput.safeParse({ ...base, maternalRsvVaccine: { status: "given", date: "2024-01-01" } })),
    ).toEqual({ maternalRsvVaccine: ["The mother's RSV vaccine must be dated during the pregnancy"] });
    expect(
      messages(createBabyInput.safeParse({ ...base, maternalRsvVaccine: { status: "not-given", date: "2025-12-01" } })),
    ).toEqual({ maternalRsvVaccine: ["A date goes only with a vaccine that was given"] });
    expect(messages(createBabyInput.safeParse({ ...base, maternalRsvVaccine: { status: "maybe" } }))).toEqual({
      maternalRsvVaccine: ["Choose given, not given or don't know"],
    });
  });

  it("an update clears either with null", () => {
    const patch = { conditions: null, maternalRsvVaccine: null };
    expect(updateBabyInput.safeParse({ babyId: BABY, version: 1, patch }).success).toBe(true);
  });

  it("babyHealthIssues checks against a stored date of birth (an update's patch has none)", () => {
    expect(babyHealthIssues({ conditions: [{ code: "160", date: "2026-01-01" }] }, "2026-01-10")).toEqual([
      { path: ["conditions", 0, "date"], message: "A condition's date cannot be before birth" },
    ]);
    expect(babyHealthIssues({ conditions: [{ code: "160", date: "2026-01-10" }] }, "2026-01-10")).toEqual([]);
  });
});

describe("a visit's doses", () => {
  const visit = { babyId: BABY, dateGiven: "2026-03-10", clinic: "Northside" };

  it("takes 1 to 10 vaccines, each once, each with its own lot", () => {
    expect(addVisitInput.safeParse({ ...visit, doses: [{ cvx: "20", lotNumber: "A1" }, { cvx: "10" }] }).success).toBe(
      true,
    );
    expect(messages(addVisitInput.safeParse({ ...visit, doses: [] }))).toEqual({
      doses: ["Choose at least one vaccine"],
    });
    expect(messages(addVisitInput.safeParse({ ...visit, doses: [{ cvx: "20" }, { cvx: "20" }] }))).toEqual({
      doses: ["Each vaccine can be chosen once per visit"],
    });
    const eleven = Array.from({ length: 11 }, (_, i) => ({ cvx: String(i + 1) }));
    expect(messages(addVisitInput.safeParse({ ...visit, doses: eleven }))).toEqual({
      doses: ["Choose at most 10 vaccines for one visit"],
    });
    expect(messages(addVisitInput.safeParse({ ...visit, dateGiven: "2999-01-01", doses: [{ cvx: "20" }] }))).toEqual({
      dateGiven: ["Date given cannot be in the future"],
    });
  });
});
