import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { importBabyBuddy, readBabyBuddyFiles } from "@upnest/transfer";
import { describe, expect, it } from "vitest";
import { batchesOf, defaultTarget, entriesOf, type Job, type Progress, runImport, startProgress } from "./plan.ts";

const fixtures = join(dirname(fileURLToPath(import.meta.resolve("@upnest/transfer"))), "babybuddy", "fixtures");
const files = readBabyBuddyFiles(
  readdirSync(fixtures)
    .filter((f) => f.endsWith(".csv"))
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(fixtures, name))) })),
);
const [emily] = importBabyBuddy({
  files,
  units: { weight: "lb", length: "in", temperature: "F", volume: "ml" },
  timeZone: "America/New_York",
  temperatureMethod: "axillary",
}).children;
if (!emily) throw new Error("no child in the fixtures");

describe("where a Baby Buddy child's records go", () => {
  it("to the baby with the same first name and date of birth, else to a new baby named from child.csv", () => {
    const babies = [
      { babyId: "b1", name: "Emily", dateOfBirth: "2021-01-17" },
      { babyId: "b2", name: " emily ", dateOfBirth: "2020-01-17" },
    ];
    expect(defaultTarget(emily, babies)).toEqual({ kind: "existing", babyId: "b2" });
    expect(defaultTarget(emily, babies.slice(0, 1))).toEqual({
      kind: "new",
      name: "Emily",
      dateOfBirth: "2020-01-17",
      sex: "",
    });
  });

  it("leaves out the entries dated before the baby's date of birth, and says how many", () => {
    expect(entriesOf(emily, "2020-01-17")).toMatchObject({ beforeBirth: 0 });
    expect(entriesOf(emily, "2020-01-17").records).toHaveLength(240);
    const later = entriesOf(emily, "2021-01-01");
    expect(later.beforeBirth).toBeGreaterThan(0);
    expect(later.records.length + later.beforeBirth).toBe(240);
    expect(later.records.every((r) => JSON.stringify(r.values) > "")).toBe(true);
  });

  it("sends at most 49 records at a time", () => {
    expect(batchesOf(Array.from({ length: 100 }, (_, i) => i)).map((b) => b.length)).toEqual([49, 49, 2]);
  });
});

describe("running the import", () => {
  const jobs: Job[] = [
    {
      childId: "1",
      name: "Emily",
      target: { kind: "new", name: "Emily", dateOfBirth: "2020-01-17", sex: "female" },
      records: entriesOf(emily, "2020-01-17").records,
    },
  ];

  it("after a refusal, continuing creates no second baby and resends no answered batch", async () => {
    const babiesMade: string[] = [];
    const sent: number[] = [];
    let refuse = true;
    let last: Progress = startProgress(jobs);
    const io = {
      createBaby: async () => {
        babiesMade.push("new");
        return "baby-1";
      },
      send: async (_babyId: string, records: unknown[]) => {
        if (sent.length === 2 && refuse) {
          refuse = false;
          throw new Error("Over the import budget");
        }
        sent.push(records.length);
        return { created: records.length, alreadyImported: 0 };
      },
      onProgress: (p: Progress) => {
        last = p;
      },
    };
    await expect(runImport(jobs, last, io)).rejects.toThrow("Over the import budget");
    expect(last).toMatchObject({ total: 240, done: 98, created: 98, babyIds: { "1": "baby-1" }, sent: { "1": 2 } });
    const done = await runImport(jobs, last, io);
    expect(babiesMade).toEqual(["new"]);
    expect(sent).toEqual([49, 49, 49, 49, 44]);
    expect(done).toMatchObject({ total: 240, done: 240, created: 240, alreadyImported: 0 });
  });
});
