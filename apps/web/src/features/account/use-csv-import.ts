import Papa from "papaparse";
import { useState } from "react";
import { useT } from "../../i18n/use-t.ts";
import { useImportMeasurements } from "./api/account.ts";
import { chunk, cleanRows, mergeReports, previewRows, type RowResult, renumber } from "./csv-import.ts";

type Parsed = { fileName: string; rows: Record<string, string>[] };
/** The baby the rows go to: its id, and its date of birth for the rules that need it. */
type Target = { babyId: string; dateOfBirth: string };
export type Stage =
  | { kind: "idle" }
  | { kind: "checking"; done: number; total: number }
  | { kind: "checked"; report: RowResult[] }
  | { kind: "importing"; done: number; total: number; report: RowResult[] }
  | { kind: "imported"; report: RowResult[] };

/**
 * A measurements CSV, from the file to the import: every row is checked in the browser first, with the code the
 * API runs (`@upnest/transfer`); the rows without a problem are sent as a dry run (the API says which are already
 * recorded); after the person confirms, only the rows still new are sent. Row numbers are always the file's.
 */
export function useCsvImport() {
  const [parsed, setParsed] = useState<Parsed | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [stage, setStage] = useState<Stage>({ kind: "idle" });
  const [failure, setFailure] = useState<unknown>(null);
  const run = useImportMeasurements();
  const t = useT();

  /** Sends rows in batches of ≤200; `dryRun` only checks them. */
  const send = async (
    target: Target,
    rows: Record<string, string>[],
    dryRun: boolean,
    onProgress: (done: number) => void,
  ) => {
    const report: RowResult[] = [];
    let offset = 0;
    for (const batch of chunk(rows)) {
      const result = await run.mutateAsync({ babyId: target.babyId, rows: batch, dryRun });
      report.push(...renumber(result.results, offset));
      offset += batch.length;
      onProgress(offset);
    }
    return report;
  };

  const check = async (file: Parsed, target: Target) => {
    setFailure(null);
    const local = previewRows(file.rows, target);
    const good = file.rows.filter((_, i) => local[i]?.status === "created");
    setStage({ kind: "checking", done: 0, total: good.length });
    try {
      const sent = await send(target, good, true, (done) => setStage({ kind: "checking", done, total: good.length }));
      setStage({ kind: "checked", report: mergeReports(local, sent) });
    } catch (error) {
      setFailure(error);
      setStage({ kind: "idle" });
    }
  };

  const importRows = async (target: Target, checked: RowResult[]) => {
    if (!parsed) return;
    setFailure(null);
    // Only rows the check passed are sent; the API checks them again and skips duplicates.
    const good = new Set(checked.filter((r) => r.status === "created").map((r) => r.row));
    const rows = parsed.rows.filter((_, i) => good.has(i + 1));
    const total = rows.length;
    setStage({ kind: "importing", done: 0, total, report: checked });
    try {
      const written = await send(target, rows, false, (done) =>
        setStage({ kind: "importing", done, total, report: checked }),
      );
      setStage({ kind: "imported", report: mergeReports(checked, written) });
    } catch (error) {
      setFailure(error);
      setStage({ kind: "checked", report: checked });
    }
  };

  const chooseFile = (file: File | undefined, target: Target | undefined) => {
    setParsed(null);
    setFileError(null);
    setStage({ kind: "idle" });
    if (!file) return;
    Papa.parse<Record<string, unknown>>(file, {
      header: true,
      skipEmptyLines: "greedy",
      transformHeader: (h) => h.trim(),
      complete: (result) => {
        const rows = cleanRows(result.data);
        if (rows.length === 0) return setFileError(t("account:csv.noRows"));
        const next = { fileName: file.name, rows };
        setParsed(next);
        if (target) void check(next, target);
      },
      error: () => setFileError(t("account:csv.unreadable")),
    });
  };

  /** Another baby: the same file is checked again for it. */
  const chooseBaby = (target: Target) => {
    setStage({ kind: "idle" });
    if (parsed) void check(parsed, target);
  };

  return { parsed, fileError, stage, failure, chooseFile, chooseBaby, importRows };
}
