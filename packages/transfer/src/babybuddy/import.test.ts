import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { idempotencyKey } from "@upnest/schemas";
import { describe, expect, it } from "vitest";
import { importBabyBuddy } from "./import.ts";
import type { BabyBuddyImportInput } from "./types.ts";

// Baby Buddy's own import-test CSVs (fixtures/SOURCE.md): the numbers are pounds, inches, °F and ounces or
// millilitres as the test confirms them, the times New York's.

const folder = join(dirname(fileURLToPath(import.meta.url)), "fixtures");
const files = Object.fromEntries(
  readdirSync(folder)
    .filter((f) => f.endsWith(".csv"))
    .map((f) => [f, readFileSync(join(folder, f), "utf8")]),
);
const input: BabyBuddyImportInput = {
  files,
  units: { weight: "lb", length: "in", temperature: "F", volume: "ml" },
  timeZone: "America/New_York",
  temperatureMethod: "axillary",
};
const only = (result: ReturnType<typeof importBabyBuddy>) => {
  expect(result.children).toHaveLength(1);
  return result.children[0]!;
};

describe("importing Baby Buddy's example export", () => {
  it("gives each kind the rows that map to it, and reports the rest", () => {
    const result = importBabyBuddy(input);
    const child = only(result);
    const counts = Object.fromEntries(Object.entries(child.records).map(([kind, list]) => [kind, list.length]));
    expect(counts).toEqual({
      feedings: 28,
      sleeps: 39,
      diapers: 75,
      pumpings: 23,
      tummyTimes: 36,
      careNotes: 1,
      temperatures: 23,
      medicineDoses: 0,
      measurements: 15,
    });
    const reasons = result.report.map((r) => `${r.file}:${r.line} ${r.reason}`);
    expect(reasons.filter((r) => r.startsWith("bmi.csv"))).toHaveLength(5);
    expect(reasons.filter((r) => r.startsWith("feeding.csv"))).toHaveLength(12);
    expect(reasons).toContain("feeding.csv:9 A bottle feed without an amount: UpNest records how much was fed");
    expect(result.report).toHaveLength(17);
  });

  it("names the child from child.csv", () => {
    const child = only(importBabyBuddy(input));
    expect(child).toMatchObject({ sourceId: "1", firstName: "Emily", lastName: "Huerta", birthDate: "2020-01-17" });
  });

  it("reads Baby Buddy's local times in the confirmed zone", () => {
    const child = only(importBabyBuddy(input));
    expect(child.records.feedings[0]?.values).toMatchObject({
      startedAt: "2020-02-17T08:04:09.000Z",
      timeZone: "America/New_York",
      method: "breast",
      side: "right",
      rightSeconds: 8 * 60,
    });
    const inMadrid = only(importBabyBuddy({ ...input, timeZone: "Europe/Madrid" }));
    expect(inMadrid.records.feedings[0]?.values.startedAt).toBe("2020-02-17T02:04:09.000Z");
  });

  it("converts the numbers in the units the person confirmed", () => {
    const child = only(importBabyBuddy(input));
    const measured = child.records.measurements.map((m) => m.values);
    expect(measured[0]).toMatchObject({ measuredOn: "2020-02-14", weightKg: 4.74 });
    expect(measured.find((m) => m.measuredOn === "2022-05-25" && m.lengthCm)).toMatchObject({
      lengthCm: 24,
      lengthMethod: "standing",
    });
    expect(measured.find((m) => m.measuredOn === "2022-05-25" && m.headCircumferenceCm)?.headCircumferenceCm).toBe(
      30.2,
    );
    expect(child.records.temperatures[0]?.values.celsius).toBe(37.9);
    expect(child.records.feedings[1]?.values).toMatchObject({ method: "bottle", milk: "fortified", amountMl: 3.4 });

    const metric = only(
      importBabyBuddy({ ...input, units: { weight: "kg", length: "cm", temperature: "C", volume: "oz" } }),
    );
    expect(metric.records.measurements[0]?.values.weightKg).toBe(10.45);
    expect(metric.records.feedings[1]?.values.amountMl).toBeCloseTo(100.55, 0);
    // 100 "°C" is no body temperature, and 100 oz of pumped milk is nearly three litres: both reported, none kept.
    expect(metric.records.temperatures).toHaveLength(0);
    expect(metric.records.pumpings).toHaveLength(0);
  });

  it("keeps Baby Buddy's tags as labels", () => {
    const child = only(importBabyBuddy(input));
    const tagged = child.records.measurements.find((m) => m.source.file === "height.csv" && m.source.line === 4);
    expect(tagged?.values.labels).toEqual(["you", "everybody", "military", "surface"]);
    const untagged = child.records.measurements.find((m) => m.source.file === "weight.csv");
    expect(untagged?.values).not.toHaveProperty("labels");
  });

  it("gives every row the same import key on every import, whatever order the files come in", () => {
    const keys = (r: ReturnType<typeof importBabyBuddy>) =>
      r.children.flatMap((c) => Object.values(c.records).flatMap((list) => list.map((rec) => rec.importKey)));
    const first = keys(importBabyBuddy(input));
    const reversed = Object.fromEntries(Object.entries(files).reverse());
    expect(keys(importBabyBuddy({ ...input, files: reversed }))).toEqual(first);
    expect(new Set(first).size).toBe(first.length);
    for (const key of first) expect(idempotencyKey.safeParse(key).success).toBe(true);
  });

  it("reports temperatures when nobody said how they were taken", () => {
    const result = importBabyBuddy({ ...input, temperatureMethod: undefined });
    expect(only(result).records.temperatures).toHaveLength(0);
    const temperatures = result.report.filter((r) => r.file === "temperature.csv");
    expect(temperatures).toHaveLength(23);
    expect(temperatures[0]?.reason).toBe(
      "Baby Buddy does not say how the temperature was taken: choose the method to import it",
    );
  });
});
