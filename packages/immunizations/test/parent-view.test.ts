import { describe, expect, it } from "vitest";
import { parentView, type VaccineGroupAssessment } from "../src/index.ts";

const forecast = {
  doseNumber: 2,
  earliestDate: "2025-03-01",
  recommendedDate: "2025-04-01",
  pastDueDate: "2025-06-30",
  latestDate: "2030-01-01",
  vaccines: [{ cvx: "10", name: "IPV" }],
};
const polio: VaccineGroupAssessment = {
  vaccineGroup: "Polio",
  antigens: ["Polio"],
  seriesStatus: "not-complete",
  forecast,
};

describe("a parent view of a vaccine group", () => {
  it("is upcoming before the recommended date, even when it may already be given", () => {
    expect(parentView(polio, "2025-03-15").status).toBe("upcoming");
  });

  it("is due from the recommended date through the past-due date", () => {
    expect(parentView(polio, "2025-04-01").status).toBe("due");
    expect(parentView(polio, "2025-06-30").status).toBe("due");
  });

  it("is overdue the day after the past-due date", () => {
    expect(parentView(polio, "2025-07-01").status).toBe("overdue");
  });

  it("is never overdue when the dose has no past-due date", () => {
    const flu = { ...polio, forecast: { ...forecast, pastDueDate: null } };
    expect(parentView(flu, "2029-01-01").status).toBe("due");
  });

  it("is no longer given after the latest date or once aged out", () => {
    expect(parentView(polio, "2030-01-02").status).toBe("no-longer-given");
    expect(parentView({ ...polio, seriesStatus: "aged-out", forecast: null }, "2025-01-01").status).toBe(
      "no-longer-given",
    );
  });

  it("is complete when the series is complete, with nothing to book", () => {
    expect(parentView({ ...polio, seriesStatus: "complete", forecast: null }, "2025-01-01")).toEqual({
      vaccineGroup: "Polio",
      status: "complete",
      nextDose: null,
      vaccines: [],
    });
  });

  it("lists the vaccines that can be given for the next dose", () => {
    expect(parentView(polio, "2025-04-01")).toMatchObject({
      nextDose: { doseNumber: 2, dueFrom: "2025-04-01" },
      vaccines: [{ cvx: "10", name: "IPV" }],
    });
  });
});

describe("a parent view with and without the child's context", () => {
  const yellowFever: VaccineGroupAssessment = {
    vaccineGroup: "Yellow Fever",
    antigens: ["Yellow Fever"],
    seriesStatus: "not-recommended",
    forecast: null,
  };

  it("keeps the first version's five statuses without the context, and says 'not needed' with it", () => {
    expect(parentView(yellowFever, "2027-01-22")).toEqual({
      vaccineGroup: "Yellow Fever",
      status: "no-longer-given",
      nextDose: null,
      vaccines: [],
    });
    expect(parentView(yellowFever, "2027-01-22", { dateOfBirth: "2026-11-13" })).toMatchObject({
      status: "not-needed",
      note: "only-with-indication",
    });
  });

  it("says 'not advised' for a contraindicated group only with the context", () => {
    const contraindicated = { ...polio, seriesStatus: "contraindicated" as const, forecast: null };
    expect(parentView(contraindicated, "2025-04-01").status).toBe("no-longer-given");
    expect(parentView(contraindicated, "2025-04-01", { dateOfBirth: "2025-01-01" })).toMatchObject({
      status: "not-advised",
      note: "contraindicated",
    });
  });
});

describe("reasons and vaccineProducts", () => {
  it("says why a dose does not count in plain words", async () => {
    const { reasonCode, reasonText } = await import("../src/index.ts");
    expect(reasonText(reasonCode("Interval: too soon"), "en")).toBe("It was given too soon after the previous dose.");
    expect(reasonCode(undefined)).toBeUndefined();
  });

  it("lists the products a family can pick, with CVX codes", async () => {
    const { vaccineProducts, isKnownCvx } = await import("../src/index.ts");
    const dtap = vaccineProducts.find((p) => p.cvx === "20");
    expect(dtap?.antigens).toEqual(expect.arrayContaining(["Diphtheria", "Tetanus", "Pertussis"]));
    expect(isKnownCvx("20")).toBe(true);
    expect(isKnownCvx("99999")).toBe(false);
    // BCG is given in many countries but not on CDC's schedule: recordable, counted by WHO's.
    expect(vaccineProducts.find((p) => p.cvx === "19")?.schedules).toEqual(["who"]);
  });
});
