import fc from "fast-check";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { escapeFormula } from "./formula-escape.ts";

const TRIGGERS = ["=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠"];
/** What a spreadsheet sees: each line of each cell after the CSV is read back; none may start a formula. */
const linesOf = (cell: string) => cell.split(/\r\n|\r|\n/);
const startsFormula = (line: string) => TRIGGERS.some((t) => line.startsWith(t));

describe("formula escaping of CSV cells", () => {
  it.each([
    ["=1+1", "'=1+1"],
    ["+1", "'+1"],
    ["-1", "'-1"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\t=1", "'\t=1"],
    ["\r=1", "'\r'=1"],
    ['\n=HYPERLINK("http://evil.example")', '\n\'=HYPERLINK("http://evil.example")'],
    ["x\r=1", "x\r'=1"],
    ["ok\r\n@cmd", "ok\r\n'@cmd"],
    ["＝1+1", "'＝1+1"],
    ["＠SUM(A1)", "'＠SUM(A1)"],
    ["Well baby visit", "Well baby visit"],
    ["a=b", "a=b"],
  ])("%j becomes %j", (cell, escaped) => {
    expect(escapeFormula(cell)).toBe(escaped);
  });

  it("leaves numbers and empty cells alone", () => {
    expect(escapeFormula(3.9)).toBe(3.9);
    expect(escapeFormula(-1)).toBe(-1);
    expect(escapeFormula("")).toBe("");
  });

  it("no line of any cell starts a formula once written as CSV and read back, and the text is otherwise kept", () => {
    const piece = fc.oneof(fc.constantFrom(...TRIGGERS, "\n", "\r\n", '"', ",", " "), fc.string({ maxLength: 4 }));
    const cellText = fc.array(piece, { maxLength: 8 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(fc.array(cellText, { minLength: 1, maxLength: 4 }), (cells) => {
        const csv = Papa.unparse({ fields: cells.map((_, i) => `c${i}`), data: [cells.map(escapeFormula)] });
        const [row] = Papa.parse<string[]>(csv, { delimiter: ",", skipEmptyLines: false }).data.slice(1);
        expect(row).toHaveLength(cells.length);
        for (const [i, read] of (row ?? []).entries()) {
          for (const line of linesOf(read)) expect(startsFormula(line)).toBe(false);
          // Only apostrophes were added.
          expect(read.replaceAll("'", "")).toBe(String(cells[i]).replaceAll("'", ""));
        }
      }),
      // A cell of tabs once made the reader guess tab as the delimiter: the reader is told it is a comma.
      { numRuns: 500, examples: [[["\t\t"]], [["\r=", "\n@"]]] },
    );
  });
});
