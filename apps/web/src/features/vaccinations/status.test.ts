import { describe, expect, it } from "vitest";
import { i18n } from "../../i18n/i18n.ts";
import { byUrgency, doseVerdict, searchProducts, statusBadge } from "./status.ts";

describe("statusBadge", () => {
  it("names every parent status", () => {
    expect(statusBadge("upcoming").label).toBe("Upcoming");
    expect(statusBadge("due").label).toBe("Due");
    expect(statusBadge("overdue").label).toBe("Overdue");
    expect(statusBadge("complete").label).toBe("Complete");
    expect(statusBadge("no-longer-given").label).toBe("No longer given");
  });
  it("shows an unknown status as itself, neutrally, and is not fooled by prototype names", () => {
    expect(statusBadge("immune")).toMatchObject({ label: "immune", className: expect.stringContaining("stone") });
    expect(statusBadge("constructor").label).toBe("constructor");
  });
});

describe("byUrgency", () => {
  it("puts overdue and due first, then upcoming, complete and no longer given, by name within", () => {
    const groups = [
      "complete:HepB",
      "upcoming:Polio",
      "overdue:MMR",
      "due:Hib",
      "no-longer-given:Rotavirus",
      "due:DTaP",
    ].map((s) => {
      const [status = "", vaccineGroup = ""] = s.split(":");
      return { status, vaccineGroup };
    });
    expect(byUrgency(groups).map((g) => g.vaccineGroup)).toEqual(["MMR", "DTaP", "Hib", "Polio", "HepB", "Rotavirus"]);
  });
});

describe("doseVerdict", () => {
  it("says a dose not evaluated is kept on record", () => {
    expect(doseVerdict({ counted: false, evaluations: [] }, "cdc")).toEqual({
      counts: "not-evaluated",
      lines: ["Kept on record; the CDC schedule does not evaluate this vaccine."],
    });
  });
  it("says the API's reason code in plain words when a dose does not count", () => {
    const v = doseVerdict(
      {
        counted: true,
        evaluations: [{ antigen: "Polio", status: "not-valid", reason: "too-soon" }],
      },
      "cdc",
    );
    expect(v).toEqual({
      counts: "no",
      lines: ["Polio: does not count. It was given too soon after the previous dose."],
    });
  });
  it("counts partly when some antigens count", () => {
    const v = doseVerdict(
      {
        counted: true,
        evaluations: [
          { antigen: "Diphtheria", status: "valid" },
          { antigen: "Pertussis", status: "extraneous" },
        ],
      },
      "cdc",
    );
    expect(v.counts).toBe("partly");
    expect(v.lines).toEqual(["Counts for Diphtheria.", "Pertussis: does not count. It was not needed."]);
  });
  it("puts the antigens a dose simply counts for on one line, and a reason on its own", () => {
    const v = doseVerdict(
      {
        counted: true,
        evaluations: [
          { antigen: "Diphtheria", status: "valid" },
          { antigen: "Tetanus", status: "valid" },
          { antigen: "Pertussis", status: "valid", reason: "grace-period" },
        ],
      },
      "cdc",
    );
    expect(v).toEqual({
      counts: "yes",
      lines: ["Counts for Diphtheria, Tetanus.", "Pertussis: It counts: it was given within the 4-day grace period."],
    });
  });
  it("never shows a reason code it does not know", () => {
    const v = doseVerdict(
      { counted: true, evaluations: [{ antigen: "Polio", status: "not-valid", reason: "new-code" }] },
      "cdc",
    );
    expect(v.lines).toEqual(["Polio: does not count. It does not count."]);
  });
  it("says the antigens and the reasons in Spanish", async () => {
    await i18n.changeLanguage("es");
    try {
      const v = doseVerdict(
        {
          counted: true,
          evaluations: [
            { antigen: "Diphtheria", status: "valid" },
            { antigen: "Tetanus", status: "valid" },
            { antigen: "Pertussis", status: "not-valid", reason: "too-soon" },
          ],
        },
        "cdc",
      );
      expect(v.lines).toEqual([
        "Cuenta para: Difteria y Tétanos.",
        "Tosferina: no cuenta. Se aplicó demasiado pronto después de la dosis anterior.",
      ]);
    } finally {
      await i18n.changeLanguage("en");
    }
  });
  it("on WHO's schedule, a counted dose has no per-antigen evaluation", () => {
    expect(doseVerdict({ counted: true, evaluations: [] }, "who")).toEqual({
      counts: "yes",
      lines: ["Counted on the WHO schedule."],
    });
  });
});

describe("searchProducts", () => {
  const products = [
    { cvx: "20", name: "DTaP" },
    { cvx: "110", name: "DTaP-Hep B-IPV" },
    { cvx: "10", name: "IPV" },
    { cvx: "03", name: "MMR" },
  ];
  it("finds by name, prefix first and shorter first", () => {
    expect(searchProducts(products, "dtap").map((p) => p.cvx)).toEqual(["20", "110"]);
    expect(searchProducts(products, "ipv").map((p) => p.cvx)).toEqual(["10", "110"]);
  });
  it("finds by CVX code, an exact code first", () => {
    expect(searchProducts(products, "10").map((p) => p.cvx)).toEqual(["10"]);
    expect(searchProducts(products, "1").map((p) => p.cvx)).toEqual(["10", "110"]);
  });
  it("lists the first few when nothing is typed, and nothing for no match", () => {
    expect(searchProducts(products, " ", 2)).toHaveLength(2);
    expect(searchProducts(products, "zzz")).toEqual([]);
  });
});
