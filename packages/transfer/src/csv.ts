import Papa from "papaparse";

/** One data row of a CSV file: its 1-based line in the file and its cells by column name. */
export type CsvRow = { line: number; cells: Record<string, string> };

export type CsvTable = { columns: string[]; rows: CsvRow[] };

/** Parses CSV text with a header row; cells are trimmed strings, blank lines skipped. */
export function parseCsv(text: string): CsvTable {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: true });
  const [header = [], ...data] = parsed.data;
  const columns = header.map((c) => c.trim());
  const rows = data.map((cells, i) => ({
    line: i + 2,
    cells: Object.fromEntries(columns.map((column, c) => [column, (cells[c] ?? "").trim()])),
  }));
  return { columns, rows };
}
