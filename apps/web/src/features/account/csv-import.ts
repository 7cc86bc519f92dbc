import { measurements, type RuleFacts } from "@upnest/schemas";
import { checkCsvRow, type RowResult, tallyRows } from "@upnest/transfer";
import { t } from "../../i18n/i18n.ts";
import { inAppLanguage } from "../../lib/forms.ts";

export type { RowResult };
export type ReportLine = { row: number; field: string; message: string };

/** At most 200 rows per request, as the API takes them. */
export const BATCH_SIZE = 200;

export function chunk<T>(items: readonly T[], size = BATCH_SIZE): T[][] {
  if (size < 1) throw new RangeError("size must be at least 1");
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** The API numbers rows from 1 within each batch; `offset` (rows in earlier batches) makes them the file's row numbers. */
export const renumber = (results: readonly RowResult[], offset: number): RowResult[] =>
  results.map((r) => ({ ...r, row: r.row + offset }));

/** A problem's column as the file names it (the header a person looks for), the date column saying so. */
const columnLabel = (field: string) =>
  field === "" || field === "row"
    ? t("account:csv.wholeRow")
    : field === "measuredOn"
      ? t("account:csv.dateColumn", { column: field })
      : field;

/** One line per problem (row number, column, message), in row order; a row-level problem has the field "row". */
export function reportLines(results: readonly RowResult[]): ReportLine[] {
  const lines: ReportLine[] = [];
  for (const r of [...results].sort((a, b) => a.row - b.row)) {
    if (r.status !== "invalid") continue;
    const entries = Object.entries(r.errors ?? {}).filter(([, messages]) => messages && messages.length > 0);
    if (entries.length === 0)
      lines.push({ row: r.row, field: t("account:csv.wholeRow"), message: t("account:csv.rowUnreadable") });
    for (const [field, messages] of entries) {
      for (const message of messages ?? [])
        lines.push({ row: r.row, field: columnLabel(field), message: inAppLanguage(message) });
    }
  }
  return lines;
}

/** Counts of a (whole-file) report. */
export const tally = (results: readonly RowResult[]) => ({ rows: results.length, ...tallyRows(results) });

/**
 * Every row checked here, before anything is sent, with the same code the API runs (`@upnest/transfer`): a row
 * with a problem is reported at once; the others are "created" until the API says which are already recorded.
 */
export const previewRows = (rows: readonly Record<string, string>[], baby: RuleFacts): RowResult[] =>
  rows.map((row, i) => {
    const checked = checkCsvRow(measurements, baby, row);
    return checked.ok ? { row: i + 1, status: "created" } : { row: i + 1, status: "invalid", errors: checked.errors };
  });

/**
 * A report of the whole file from the rows checked here (`local`) and the API's answer for the ones sent, which
 * were the rows `local` had as "created", in their order.
 */
export function mergeReports(local: readonly RowResult[], sent: readonly RowResult[]): RowResult[] {
  const rows = local.filter((r) => r.status === "created").map((r) => r.row);
  const answered = new Map(sent.map((r, i) => [rows[i], { ...r, row: rows[i] ?? r.row }]));
  return local.map((r) => answered.get(r.row) ?? r);
}

/** Cells as parsed by papaparse (header row → keys), without rows that are entirely empty. */
export function cleanRows(rows: readonly Record<string, unknown>[]): Record<string, string>[] {
  return rows
    .map((row) =>
      Object.fromEntries(
        Object.entries(row)
          .filter(([key]) => key !== "" && key !== "__parsed_extra")
          .map(([k, v]) => [k.trim(), typeof v === "string" ? v.trim() : String(v ?? "")]),
      ),
    )
    .filter((row) => Object.values(row).some((v) => v !== ""));
}
