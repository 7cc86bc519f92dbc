import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { MAX_FILES, readBabyBuddyFiles } from "./files.ts";
import { importBabyBuddy } from "./import.ts";

const folder = join(dirname(fileURLToPath(import.meta.url)), "fixtures");
const csvs = readdirSync(folder).filter((f) => f.endsWith(".csv"));
const loose = csvs.map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(folder, name))) }));
const settings = {
  units: { weight: "lb", length: "in", temperature: "F", volume: "ml" },
  timeZone: "America/New_York",
  temperatureMethod: "axillary",
} as const;
const counts = (files: Record<string, string>) =>
  importBabyBuddy({ ...settings, files }).children.map((c) =>
    Object.fromEntries(Object.entries(c.records).map(([kind, list]) => [kind, list.length])),
  );
const codeOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return { code: (error as { code?: string }).code, message: (error as Error).message };
  }
  return undefined;
};

// Zipping and reading every example file twice takes a few seconds when every package's tests run at once.
describe("reading Baby Buddy's export from files or a zip", { timeout: 30_000 }, () => {
  it("gives the same records from the loose CSV files and from a zip of their folder", () => {
    const zip = zipSync({
      "babybuddy/": new Uint8Array(),
      ...Object.fromEntries(loose.map((f) => [`babybuddy/${f.name}`, f.bytes])),
      "__MACOSX/babybuddy/._feeding.csv": strToU8("resource fork"),
      "babybuddy/.DS_Store": strToU8("finder"),
    });
    const fromZip = readBabyBuddyFiles([{ name: "export.zip", bytes: zip }]);
    expect(Object.keys(fromZip)).toHaveLength(csvs.length);
    expect(Object.keys(fromZip)).toContain("export.zip/babybuddy/feeding.csv");
    expect(counts(fromZip)).toEqual(counts(readBabyBuddyFiles(loose)));
    expect(counts(fromZip)[0]?.diapers).toBe(75);
  });

  it("keeps a file chosen twice under a second name, so the import reports it rather than losing one", () => {
    const files = readBabyBuddyFiles([loose[0]!, loose[0]!]);
    expect(Object.keys(files)).toEqual([loose[0]!.name, `${loose[0]!.name} (2)`]);
  });

  it("refuses a zip bomb from what the zip declares, before unpacking it", () => {
    const bomb = zipSync({ "feeding.csv": new Uint8Array(4 * 1024 * 1024) });
    expect(bomb.length).toBeLessThan(20_000);
    expect(codeOf(() => readBabyBuddyFiles([{ name: "bomb.zip", bytes: bomb }]))).toEqual({
      code: "zipBomb",
      message: "feeding.csv unpacks to far more than a CSV file could: this zip is not imported",
    });
  });

  it("refuses a zip whose files would unpack to more than 50 MB, even when it says so falsely", () => {
    const zip = zipSync({ "feeding.csv": strToU8("child_id,start\n") }, { level: 0 });
    // The central directory's "uncompressed size" of the one file, set to 3 GB.
    const view = new DataView(zip.buffer);
    const central = zip.findIndex((_, i) => view.getUint32(i, true) === 0x02014b50);
    view.setUint32(central + 24, 3_000_000_000, true);
    expect(codeOf(() => readBabyBuddyFiles([{ name: "big.zip", bytes: zip }]))?.code).toBe("tooLarge");
    const huge = { name: "sleep.csv", bytes: new Uint8Array(51 * 1024 * 1024) };
    expect(codeOf(() => readBabyBuddyFiles([huge]))).toEqual({
      code: "tooLarge",
      message: "The files are larger than 50 MB unpacked: import them a few at a time",
    });
  });

  it("refuses more files than an export has, and a zip that is not one", () => {
    const many = Object.fromEntries(Array.from({ length: MAX_FILES + 1 }, (_, i) => [`note-${i}.csv`, strToU8("x")]));
    expect(codeOf(() => readBabyBuddyFiles([{ name: "many.zip", bytes: zipSync(many) }]))?.code).toBe("tooManyFiles");
    expect(codeOf(() => readBabyBuddyFiles([{ name: "export.zip", bytes: strToU8("not a zip at all") }]))).toEqual({
      code: "notZip",
      message: "export.zip is not a zip file that can be opened",
    });
  });
});
