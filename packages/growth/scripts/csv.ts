// Reading the vendored CSV files for the generators: every field is checked
// so a damaged or edited file cannot be copied into src/data/ silently.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { basename } from "node:path";

export interface Csv {
  file: string;
  sha256: string;
  rows: { line: number; get: (column: string) => string; num: (column: string) => number }[];
}

const NUMBER = /^-?\d+(\.\d+)?(e-?\d+)?$/;

export function fail(file: string, line: number, why: string): never {
  throw new Error(`${file}:${line}: ${why}`);
}

/** Reads a comma-separated file whose header must be exactly `header`. */
export function readCsv(path: string, header: readonly string[]): Csv {
  const file = basename(path);
  const raw = readFileSync(path);
  const lines = raw
    .toString("utf8")
    .split(/\r?\n/)
    .filter((line) => line.trim() !== "");
  const found = (lines[0] ?? "").split(",");
  if (found.join(",") !== header.join(",")) fail(file, 1, `header ${found.join(",")}, expected ${header.join(",")}`);
  const rows = lines.slice(1).map((text, i) => {
    const line = i + 2;
    const fields = text.split(",");
    if (fields.length !== header.length) fail(file, line, `${fields.length} fields, expected ${header.length}`);
    const get = (column: string) => {
      const at = header.indexOf(column);
      if (at < 0) throw new Error(`no column ${column} in ${file}`);
      return fields[at] ?? "";
    };
    const num = (column: string) => {
      const token = get(column);
      if (!NUMBER.test(token)) fail(file, line, `${column} is not a number: ${token}`);
      return Number(token);
    };
    return { line, get, num };
  });
  return { file, sha256: createHash("sha256").update(raw).digest("hex"), rows };
}

/** 1 = male, 2 = female, as in CDC's, WHO's and INTERGROWTH-21st's files. */
export function sexOf(csv: Csv, row: Csv["rows"][number], column = "sex"): "male" | "female" {
  const code = row.get(column);
  if (code === "1") return "male";
  if (code === "2") return "female";
  return fail(csv.file, row.line, `sex ${code}`);
}

export function digestsLiteral(files: readonly Csv[]): string {
  return files.map((csv) => `    '${csv.file}': '${csv.sha256}',`).join("\n");
}
