// Reads the vendored files in data/ for tests (the package itself never does).
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const dataDir = join(dirname(fileURLToPath(import.meta.url)), "../data");

export function readData(path: string): Buffer {
  return readFileSync(join(dataDir, path));
}

/** A CSV in data/ as one record per row, keyed by the header's column names. */
export function readDataCsv(path: string): Record<string, string>[] {
  const [header, ...lines] = readData(path)
    .toString("utf8")
    .split(/\r?\n/)
    .filter((line) => line.trim() !== "");
  const columns = (header ?? "").split(",");
  return lines.map((line) => {
    const fields = line.split(",");
    return Object.fromEntries(columns.map((column, i) => [column, fields[i] ?? ""]));
  });
}

export const sexOfCode = (code: string | undefined) => (code === "1" ? "male" : "female") as "male" | "female";

export interface ExampleCase {
  id: string;
  standard: "cdc-2000" | "intergrowth-newborn" | "intergrowth-postnatal";
  indicator: string;
  sex: "female" | "male";
  ageInDays?: number;
  gestationalAgeDays?: number;
  postmenstrualAgeDays?: number;
  value: number;
  z: number;
  percentile: number;
  bmiMethod?: "lms" | "extended";
  model?: "very-preterm" | "st3";
}

export const exampleCases: ExampleCase[] = JSON.parse(readData("example-cases.json").toString("utf8"));
