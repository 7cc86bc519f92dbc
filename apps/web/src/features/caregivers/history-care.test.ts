import { afterEach, describe, expect, it } from "vitest";
import { i18n } from "../../i18n/i18n.ts";
import { describeEvent } from "./history-format.ts";

// A care entry's change as a family reads it: the moment on the clock it was logged in, minutes, words for codes.
describe("history of care entries", () => {
  afterEach(() => i18n.changeLanguage("en"));
  const feeding = {
    action: "create",
    recordType: "feeding",
    changes: {
      feedingId: { after: "01KGCM7Q5G0000000000000000" },
      startedAt: { after: "2026-03-08T08:30:00.000Z" },
      timeZone: { after: "America/Chicago" },
      method: { after: "breast" },
      side: { after: "both" },
      leftSeconds: { after: 754 },
      allergens: { after: ["cows-milk", "egg"] },
    },
  };

  it("names the kind and writes each value in words, in English and Spanish", async () => {
    expect(describeEvent(feeding)).toEqual({
      summary: "added a feeding",
      changes: [
        "Started: 8 Mar 2026, 03:30",
        "Time zone: America/Chicago",
        "Feeding: breast",
        "Side: both",
        "Left side: 12.6 min",
        "Allergens: cow's milk, egg",
      ],
    });
    await i18n.changeLanguage("es");
    expect(describeEvent(feeding, undefined, {}, true)).toEqual({
      summary: "añadiste una toma",
      changes: [
        "Inicio: 8 mar 2026, 03:30",
        "Zona horaria: America/Chicago",
        "Toma: pecho",
        "Lado: ambos",
        "Lado izquierdo: 12,6 min",
        "Alérgenos: leche de vaca, huevo",
      ],
    });
  });

  it("a diaper's contents and a sleep's kind are their own words, though both can say “both”", async () => {
    await i18n.changeLanguage("es");
    const diaper = { action: "update", recordType: "diaper", changes: { contents: { before: "wet", after: "both" } } };
    expect(describeEvent(diaper).changes).toEqual(["Pañal: mojado → mojado y sucio"]);
    const sleep = { action: "delete", recordType: "sleep", changes: { kind: { before: "nap" } } };
    expect(describeEvent(sleep)).toEqual({ summary: "eliminó un sueño", changes: ["Sueño: siesta"] });
  });

  it("a shared timer is told by its kind, without its bookkeeping", async () => {
    const started = {
      action: "create",
      recordType: "timer",
      recordId: "feeding",
      changes: {
        kind: { after: "feeding" },
        startedBy: { after: "01KGCM7Q5G0000000000000000" },
        side: { after: "left" },
        startedAt: { after: "2026-03-08T08:30:00.000Z" },
        timeZone: { after: "America/Chicago" },
      },
    };
    expect(describeEvent(started)).toEqual({
      summary: "started a feeding timer",
      changes: ["Side: left", "Started: 8 Mar 2026, 03:30", "Time zone: America/Chicago"],
    });
    await i18n.changeLanguage("es");
    const stopped = { action: "delete", recordType: "timer", recordId: "tummyTime", changes: {} };
    expect(describeEvent(stopped, undefined, {}, true).summary).toBe("paraste el temporizador de boca abajo");
  });

  it("labels read as the words they are, in a list", async () => {
    const labelled = {
      action: "update",
      recordType: "diaper",
      changes: { labels: { before: ["daycare", "sick"], after: ["sick"] } },
    };
    expect(describeEvent(labelled).changes).toEqual(["Labels: daycare, sick → sick"]);
    await i18n.changeLanguage("es");
    const added = { action: "create", recordType: "measurement", changes: { labels: { after: ["clínica"] } } };
    expect(describeEvent(added).changes).toEqual(["Etiquetas: clínica"]);
  });
});
