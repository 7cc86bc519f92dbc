import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  careNotes,
  diapers,
  feedings,
  measurements,
  medicineDoses,
  pumpings,
  sleeps,
  temperatures,
  tummyTimes,
} from "./index.ts";

const LABELLED = [
  feedings,
  sleeps,
  diapers,
  pumpings,
  tummyTimes,
  careNotes,
  temperatures,
  medicineDoses,
  measurements,
];
const errorsOf = (result: { error?: z.ZodError }): Record<string, string[] | undefined> =>
  result.error ? z.flattenError(result.error).fieldErrors : {};

describe("labels", () => {
  it.each(LABELLED.map((d) => [d.kind, d] as const))(
    "%s keep their labels, trimmed, and write them in the CSV",
    (_, d) => {
      const parsed = d.values.parse({ ...d.example, labels: ["  daycare ", "sick"] }) as { labels?: string[] };
      expect(parsed.labels).toEqual(["daycare", "sick"]);
      expect(d.record.shape).toHaveProperty("labels");
      expect(d.csv).toContain("labels");
      expect(d.readableCsv ?? d.csv).toContain("labels");
    },
  );

  it("are optional: a record without any is as before", () => {
    expect(feedings.values.parse(feedings.example)).not.toHaveProperty("labels");
  });

  it("refuse a blank one, a long one, more than ten and the same twice, each in words", () => {
    const check = (labels: unknown) => errorsOf(diapers.values.safeParse({ ...diapers.example, labels })).labels;
    expect(check([" "])).toEqual(["A label needs a word"]);
    expect(check(["x".repeat(41)])).toEqual(["A label is at most 40 characters"]);
    expect(check(["x".repeat(40)])).toBeUndefined();
    expect(check(Array.from({ length: 11 }, (_, i) => `l${i}`))).toEqual(["At most 10 labels"]);
    expect(check(["Sick", "sick "])).toEqual(["Each label only once"]);
    expect(check("daycare")).toEqual(["Labels must be a list"]);
    expect(check([3])).toEqual(["A label is a word or two"]);
  });
});
