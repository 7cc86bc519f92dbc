import { vaccineGroupName } from "@upnest/immunizations/words";
import { describe, expect, it } from "vitest";
import { i18n } from "../../i18n/i18n.ts";
import { byUrgency, doseVerdict, pageSections, shortGroupName, statusBadge } from "./status.ts";
import { suggestedProducts } from "./visit.ts";

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

describe("pageSections", () => {
  const g = (vaccineGroup: string, status: string, category: string) => ({ vaccineGroup, status, category });
  it("books what is due, collapses the complete ones and the others by category (travel, adult, risk-only)", () => {
    const s = pageSections([
      g("Yellow Fever", "not-needed", "travel"),
      g("DTaP/Tdap/Td", "upcoming", "routine"),
      g("HepB", "overdue", "routine"),
      g("Zoster", "not-needed", "adult"),
      g("MMR", "complete", "routine"),
      g("Rotavirus", "no-longer-given", "routine"),
      g("MenB", "not-needed", "risk"),
      g("Varicella", "not-advised", "routine"),
      g("Influenza", "upcoming", "seasonal"),
    ]);
    expect(s.notAdvised.map((x) => x.vaccineGroup)).toEqual(["Varicella"]);
    expect(s.toBook.map((x) => x.vaccineGroup)).toEqual(["HepB", "DTaP/Tdap/Td", "Influenza"]);
    expect(s.complete.map((x) => x.vaccineGroup)).toEqual(["MMR"]);
    expect(s.other.map((o) => [o.kind, o.groups.map((x) => x.vaccineGroup)])).toEqual([
      ["routine", ["Rotavirus"]],
      ["risk", ["MenB"]],
      ["travel", ["Yellow Fever"]],
      ["adult", ["Zoster"]],
    ]);
    expect(s.otherCount).toBe(4);
  });
});

describe("shortGroupName", () => {
  it("writes the next visit's groups as a parent reads them, in the person's language", async () => {
    const groups = ["DTaP/Tdap/Td", "Hib", "Pneumococcal", "Polio", "Rotavirus"];
    expect(groups.map(shortGroupName).join(", ")).toBe("DTaP, Hib, PCV, polio, rotavirus");
    await i18n.changeLanguage("es");
    expect(shortGroupName("Influenza")).toBe("gripe");
    expect(shortGroupName("Typhoid")).toBe(vaccineGroupName("Typhoid", "es"));
    await i18n.changeLanguage("en");
  });
});

describe("suggestedProducts", () => {
  it("offers one plausible single vaccine per group of the visit, not a combination", () => {
    const groups = [
      { vaccines: [{ cvx: "20" }, { cvx: "120" }, { cvx: "146" }] },
      { vaccines: [{ cvx: "48" }, { cvx: "120" }, { cvx: "146" }] },
      { vaccines: [{ cvx: "10" }, { cvx: "120" }] },
    ];
    const picks = suggestedProducts(groups, 120);
    expect(picks.map((p) => p.cvx)).toEqual(["20", "48", "10"]);
    expect(picks.every((p) => p.antigens.length <= 3)).toBe(true);
  });
});
