import { Upload } from "lucide-react";
import Papa from "papaparse";
import { useState } from "react";
import { Button } from "../../../components/button.tsx";
import { describedBy, Field, inputClass } from "../../../components/field.tsx";
import { ErrorState, Loading } from "../../../components/states.tsx";
import { useT } from "../../../i18n/use-t.ts";
import { describeError } from "../../../lib/errors.ts";
import { useAccountBabies, useImportMeasurements } from "../api/account.ts";
import { chunk, cleanRows, type RowResult, renumber, reportLines, tally } from "../csv-import.ts";
import { Problem, Section } from "./section.tsx";

type Parsed = { fileName: string; rows: Record<string, string>[] };
type Stage =
  | { kind: "idle" }
  | { kind: "checking"; done: number }
  | { kind: "checked"; report: RowResult[] }
  | { kind: "importing"; done: number; report: RowResult[] }
  | { kind: "imported"; report: RowResult[] };

export function CsvImportSection() {
  const babies = useAccountBabies();
  const writable = (babies.data?.items ?? []).filter((b) => b.role !== "viewer");
  const [babyId, setBabyId] = useState("");
  const chosen = writable.find((b) => b.babyId === babyId)?.babyId ?? writable[0]?.babyId ?? "";
  const [parsed, setParsed] = useState<Parsed | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [stage, setStage] = useState<Stage>({ kind: "idle" });
  const [failure, setFailure] = useState<unknown>(null);
  const run = useImportMeasurements();
  const t = useT();

  /** Sends the rows in batches of ≤200; `dryRun` only checks them. Row numbers are the file's. */
  const send = async (rows: Record<string, string>[], dryRun: boolean, onProgress: (done: number) => void) => {
    const report: RowResult[] = [];
    let offset = 0;
    for (const batch of chunk(rows)) {
      const result = await run.mutateAsync({ babyId: chosen, rows: batch, dryRun });
      report.push(...renumber(result.results, offset));
      offset += batch.length;
      onProgress(offset);
    }
    return report;
  };

  const check = async (file: Parsed) => {
    setFailure(null);
    setStage({ kind: "checking", done: 0 });
    try {
      const report = await send(file.rows, true, (done) => setStage({ kind: "checking", done }));
      setStage({ kind: "checked", report });
    } catch (error) {
      setFailure(error);
      setStage({ kind: "idle" });
    }
  };

  const importRows = async (file: Parsed, checked: RowResult[]) => {
    setFailure(null);
    // Only rows the check passed are sent; the API checks them again and skips duplicates.
    const good = new Set(checked.filter((r) => r.status === "created").map((r) => r.row));
    const rows = file.rows.filter((_, i) => good.has(i + 1));
    setStage({ kind: "importing", done: 0, report: checked });
    try {
      const written = await send(rows, false, (done) => setStage({ kind: "importing", done, report: checked }));
      const rowNumbers = [...good].sort((a, b) => a - b);
      const byFileRow = new Map(written.map((r, i) => [rowNumbers[i] ?? r.row, { ...r, row: rowNumbers[i] ?? r.row }]));
      setStage({ kind: "imported", report: checked.map((r) => byFileRow.get(r.row) ?? r) });
    } catch (error) {
      setFailure(error);
      setStage({ kind: "checked", report: checked });
    }
  };

  const onFile = (file: File | undefined) => {
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
        void check(next);
      },
      error: () => setFileError(t("account:csv.unreadable")),
    });
  };

  const busy = stage.kind === "checking" || stage.kind === "importing";
  const total = parsed?.rows.length ?? 0;
  return (
    <Section title={t("account:csv.title")}>
      <p className="text-sm text-stone-600">{t("account:csv.intro")}</p>
      <CsvColumns />
      {!babies.data ? (
        babies.isError ? (
          <ErrorState error={babies.error} onRetry={() => void babies.refetch()} />
        ) : (
          <Loading />
        )
      ) : writable.length === 0 ? (
        <p className="text-sm text-stone-600">{t("account:csv.viewersCannot")}</p>
      ) : (
        <>
          <Field id="csv-baby" label={t("account:csv.baby")}>
            <select
              id="csv-baby"
              className={inputClass}
              value={chosen}
              disabled={busy}
              onChange={(e) => {
                setBabyId(e.target.value);
                setStage({ kind: "idle" });
                if (parsed) void check(parsed);
              }}
            >
              {writable.map((b) => (
                <option key={b.babyId} value={b.babyId}>
                  {b.name}
                </option>
              ))}
            </select>
          </Field>
          <Field id="csv-file" label={t("account:csv.file")} error={fileError ?? undefined}>
            <input
              id="csv-file"
              type="file"
              accept=".csv,text/csv"
              disabled={busy}
              className="block w-full min-h-11 text-base file:mr-3 file:min-h-11 file:rounded-lg file:border file:border-stone-300 file:bg-white file:px-4"
              onChange={(e) => onFile(e.target.files?.[0])}
              {...describedBy("csv-file", fileError ?? undefined)}
            />
          </Field>
        </>
      )}
      {failure !== null && <Problem>{describeError(failure).message}</Problem>}
      {busy && (
        <ImportProgress
          label={stage.kind === "checking" ? t("account:csv.checking") : t("account:csv.importing")}
          done={stage.done}
          total={stage.kind === "importing" ? tally(stage.report).created : total}
        />
      )}
      {parsed && (stage.kind === "checked" || stage.kind === "imported") && (
        <RowReport report={stage.report} imported={stage.kind === "imported"} />
      )}
      {parsed && stage.kind === "checked" && (
        <Button
          className="w-full sm:w-auto"
          disabled={tally(stage.report).created === 0}
          onClick={() => void importRows(parsed, stage.report)}
        >
          <Upload aria-hidden className="size-4" />{" "}
          {t("account:csv.importCount", { count: tally(stage.report).created })}
        </Button>
      )}
    </Section>
  );
}

/** The file's columns: the header a person types, and what goes under it in words. */
function CsvColumns() {
  const t = useT();
  const columns = ["measuredOn", "weightKg", "lengthCm", "lengthMethod", "headCircumferenceCm", "notes"] as const;
  return (
    <table className="w-full text-left text-sm text-stone-700">
      <caption className="text-left font-medium text-stone-800">{t("account:csv.columns")}</caption>
      <thead>
        <tr>
          <th className="py-1 pr-3">{t("account:csv.column")}</th>
          <th className="py-1">{t("account:csv.holds")}</th>
        </tr>
      </thead>
      <tbody>
        {columns.map((column) => (
          <tr key={column}>
            <td className="py-0.5 pr-3">
              <code>{column}</code>
            </td>
            <td className="py-0.5">{t(`account:csv.${column}`)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ImportProgress({ label, done, total }: { label: string; done: number; total: number }) {
  const t = useT();
  return (
    <div className="space-y-1">
      <p className="text-sm text-stone-700">{t("account:csv.progress", { label, done, total })}</p>
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        className="h-3 overflow-hidden rounded-full bg-stone-200"
      >
        <div
          className="h-full bg-teal-700 transition-[width]"
          style={{ width: `${total === 0 ? 0 : Math.round((done / total) * 100)}%` }}
        />
      </div>
    </div>
  );
}

function RowReport({ report, imported }: { report: RowResult[]; imported: boolean }) {
  const t = useT();
  const count = tally(report);
  const lines = reportLines(report);
  return (
    <section className="space-y-2" aria-label={t("account:csv.report")}>
      <p className="text-stone-900">
        {imported ? t("account:csv.imported", { count: count.created }) : t("account:csv.checked", count)}
        {imported && count.duplicates > 0 && t("account:csv.alreadyRecorded", { count: count.duplicates })}
        {imported && count.invalid > 0 && t("account:csv.skipped", { count: count.invalid })}
      </p>
      {lines.length > 0 && (
        <div className="overflow-x-auto rounded-lg border border-amber-200">
          <table className="w-full text-left text-sm">
            <caption className="bg-amber-50 p-2 text-left font-medium text-amber-950">
              {t("account:csv.problemsCaption")}
              {imported ? "" : t("account:csv.problemsFix")}
            </caption>
            <thead className="bg-stone-50 text-stone-600">
              <tr>
                <th className="p-2">{t("account:csv.row")}</th>
                <th className="p-2">{t("account:csv.field")}</th>
                <th className="p-2">{t("account:csv.problem")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-100">
              {lines.map((l) => (
                <tr key={`${l.row}-${l.field}-${l.message}`}>
                  <td className="p-2 tabular-nums">{l.row}</td>
                  <td className="p-2 break-words">{l.field}</td>
                  <td className="p-2">{l.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
