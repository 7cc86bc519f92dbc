import { afterEach, describe, expect, it } from "vitest";
import { i18n } from "../../i18n/i18n.ts";
import { describeEvent } from "./history-format.ts";

// A baby's health details changed on the vaccines page, as the history says them: conditions by their plain names,
// the mother's RSV vaccine in words, never codes.
describe("history of a baby's health details", () => {
  afterEach(() => i18n.changeLanguage("en"));
  const event = {
    action: "update",
    recordType: "baby",
    changes: {
      conditions: { before: undefined, after: [{ code: "160" }, { code: "259", date: "2026-10-01" }] },
      maternalRsvVaccine: { before: { status: "unknown" }, after: { status: "given", date: "2026-08-01" } },
    },
  };

  it("names the conditions and the mother's vaccine, in English and Spanish", async () => {
    expect(describeEvent(event).changes).toEqual([
      "Health conditions: — → No spleen, or a spleen that does not work (asplenia); Sickle cell disease",
      "Mother's RSV vaccine: Don't know → Given · 1 Aug 2026",
    ]);
    await i18n.changeLanguage("es");
    const es = describeEvent(event).changes.join("\n");
    expect(es).toContain("Sin bazo, o bazo que no funciona (asplenia)");
    expect(es).toContain("No lo sé → Puesta");
  });
});
