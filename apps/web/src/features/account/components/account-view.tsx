import { useQueryClient } from "@tanstack/react-query";
import { type ExportDocument, exportDocument } from "@upnest/schemas";
import { Download, FileUp, Trash2, Upload } from "lucide-react";
import Papa from "papaparse";
import { useId, useState } from "react";
import { Button } from "../../../components/button.tsx";
import { describedBy, Field, inputClass } from "../../../components/field.tsx";
import { ErrorState, Loading } from "../../../components/states.tsx";
import { signOut } from "../../../lib/auth.ts";
import { localToday } from "../../../lib/dates.ts";
import { downloadText } from "../../../lib/download.ts";
import { describeError } from "../../../lib/errors.ts";
import { newIdempotencyKey } from "../../../lib/idempotency.ts";
import { useAccountBabies, useCsvDownload, useDeleteAccount, useDeletionPreview, useExportAll, useImportDocument, useImportMeasurements } from "../api/account.ts";
import { chunk, cleanRows, type RowResult, renumber, reportLines, tally } from "../csv-import.ts";

const Section = ({ title, children }: { title: string; children: React.ReactNode }) => {
  const id = useId();
  return (
    <section aria-labelledby={id} className="space-y-3 rounded-xl bg-white p-4 shadow-sm">
      <h2 id={id} className="text-lg font-semibold text-stone-900">
        {title}
      </h2>
      {children}
    </section>
  );
};

const Problem = ({ children }: { children: React.ReactNode }) => (
  <p role="alert" className="rounded-lg border border-red-200 bg-red-50 p-3 text-sm text-red-900">
    {children}
  </p>
);

/** Taking data out (JSON, CSV), bringing it in (CSV measurements, JSON export) and deleting the account. */
export function AccountView() {
  return (
    <div className="space-y-6">
      <ExportSection />
      <CsvImportSection />
      <JsonImportSection />
      <DeleteSection />
    </div>
  );
}

function ExportSection() {
  const all = useExportAll();
  const csv = useCsvDownload();
  const babies = useAccountBabies();
  const KINDS = [
    { kind: "measurements", label: "Measurements" },
    { kind: "vaccinations", label: "Doses" },
    { kind: "milestones", label: "Milestones" },
  ] as const;
  return (
    <Section title="Download your data">
      <p className="text-sm text-stone-600">Everything in one file (JSON): every baby you can see, with measurements, doses and milestones. It can be imported again, here or in another account.</p>
      <Button
        variant="secondary"
        className="w-full sm:w-auto"
        disabled={all.isPending}
        onClick={() => all.mutate(undefined, { onSuccess: (doc) => downloadText(`upnest-export-${localToday()}.json`, JSON.stringify(doc, null, 2), "application/json") })}
      >
        <Download aria-hidden className="size-4" /> {all.isPending ? "Preparing…" : "Download all data (JSON)"}
      </Button>
      {all.isError && <Problem>{describeError(all.error).message}</Problem>}
      <h3 className="pt-2 font-medium text-stone-900">Spreadsheets (CSV) per baby</h3>
      {!babies.data ? (
        babies.isError ? <ErrorState error={babies.error} onRetry={() => void babies.refetch()} /> : <Loading />
      ) : babies.data.items.length === 0 ? (
        <p className="text-sm text-stone-600">No babies yet.</p>
      ) : (
        <ul className="space-y-3">
          {babies.data.items.map((b) => (
            <li key={b.babyId} className="space-y-1">
              <p className="text-stone-800">{b.name}</p>
              <div className="flex flex-wrap gap-2">
                {KINDS.map((k) => (
                  <Button
                    key={k.kind}
                    variant="secondary"
                    aria-label={`${k.label} of ${b.name} (CSV)`}
                    disabled={csv.isPending}
                    onClick={() => csv.mutate({ babyId: b.babyId, kind: k.kind }, { onSuccess: (file) => downloadText(file.filename, file.csv, "text/csv") })}
                  >
                    <Download aria-hidden className="size-4" /> {k.label}
                  </Button>
                ))}
              </div>
            </li>
          ))}
        </ul>
      )}
      {csv.isError && <Problem>{describeError(csv.error).message}</Problem>}
    </Section>
  );
}

type Parsed = { fileName: string; rows: Record<string, string>[] };
type Stage = { kind: "idle" } | { kind: "checking"; done: number } | { kind: "checked"; report: RowResult[] } | { kind: "importing"; done: number; report: RowResult[] } | { kind: "imported"; report: RowResult[] };

function CsvImportSection() {
  const babies = useAccountBabies();
  const writable = (babies.data?.items ?? []).filter((b) => b.role !== "viewer");
  const [babyId, setBabyId] = useState("");
  const chosen = writable.find((b) => b.babyId === babyId)?.babyId ?? writable[0]?.babyId ?? "";
  const [parsed, setParsed] = useState<Parsed | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [stage, setStage] = useState<Stage>({ kind: "idle" });
  const [failure, setFailure] = useState<unknown>(null);
  const run = useImportMeasurements();

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
        if (rows.length === 0) return setFileError("The file has no rows under its header line.");
        const next = { fileName: file.name, rows };
        setParsed(next);
        void check(next);
      },
      error: () => setFileError("This file could not be read as CSV."),
    });
  };

  const busy = stage.kind === "checking" || stage.kind === "importing";
  const total = parsed?.rows.length ?? 0;
  return (
    <Section title="Import measurements from a spreadsheet">
      <p className="text-sm text-stone-600">
        A CSV file with a header line and the columns <code>measuredOn</code> (YYYY-MM-DD), <code>weightKg</code>, <code>lengthCm</code>, <code>lengthMethod</code> (lying or standing), <code>headCircumferenceCm</code> and{" "}
        <code>notes</code> — the same as the Measurements download. Every row is checked first; nothing is saved until you confirm.
      </p>
      {!babies.data ? (
        babies.isError ? <ErrorState error={babies.error} onRetry={() => void babies.refetch()} /> : <Loading />
      ) : writable.length === 0 ? (
        <p className="text-sm text-stone-600">Add a baby first (or ask to be a caregiver): viewers cannot import.</p>
      ) : (
        <>
          <Field id="csv-baby" label="Baby">
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
          <Field id="csv-file" label="CSV file" error={fileError ?? undefined}>
            <input id="csv-file" type="file" accept=".csv,text/csv" disabled={busy} className="block w-full min-h-11 text-base file:mr-3 file:min-h-11 file:rounded-lg file:border file:border-stone-300 file:bg-white file:px-4" onChange={(e) => onFile(e.target.files?.[0])} {...describedBy("csv-file", fileError ?? undefined)} />
          </Field>
        </>
      )}
      {failure !== null && <Problem>{describeError(failure).message}</Problem>}
      {busy && <ImportProgress label={stage.kind === "checking" ? "Checking rows" : "Importing"} done={stage.done} total={stage.kind === "importing" ? tally(stage.report).created : total} />}
      {parsed && (stage.kind === "checked" || stage.kind === "imported") && <RowReport report={stage.report} imported={stage.kind === "imported"} />}
      {parsed && stage.kind === "checked" && (
        <Button className="w-full sm:w-auto" disabled={tally(stage.report).created === 0} onClick={() => void importRows(parsed, stage.report)}>
          <Upload aria-hidden className="size-4" /> Import {tally(stage.report).created} measurement{tally(stage.report).created === 1 ? "" : "s"}
        </Button>
      )}
    </Section>
  );
}

function ImportProgress({ label, done, total }: { label: string; done: number; total: number }) {
  return (
    <div className="space-y-1">
      <p className="text-sm text-stone-700">
        {label}… {done} of {total}
      </p>
      <div role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={total} aria-valuenow={done} className="h-3 overflow-hidden rounded-full bg-stone-200">
        <div className="h-full bg-teal-700 transition-[width]" style={{ width: `${total === 0 ? 0 : Math.round((done / total) * 100)}%` }} />
      </div>
    </div>
  );
}

function RowReport({ report, imported }: { report: RowResult[]; imported: boolean }) {
  const t = tally(report);
  const lines = reportLines(report);
  return (
    <div className="space-y-2" aria-label="Import report" role="region">
      <p className="text-stone-900">
        {imported ? (
          <>
            Imported {t.created} measurement{t.created === 1 ? "" : "s"}.
          </>
        ) : (
          <>
            {t.rows} rows checked: {t.created} new, {t.duplicates} already recorded, {t.invalid} with problems.
          </>
        )}
        {imported && t.duplicates > 0 && ` ${t.duplicates} were already recorded.`}
        {imported && t.invalid > 0 && ` ${t.invalid} rows with problems were skipped.`}
      </p>
      {lines.length > 0 && (
        <div className="overflow-x-auto rounded-lg border border-amber-200">
          <table className="w-full text-left text-sm">
            <caption className="bg-amber-50 p-2 text-left font-medium text-amber-950">Rows with problems (row 1 is the first line under the header){imported ? "" : ": fix them in the file and choose it again, or import the others"}</caption>
            <thead className="bg-stone-50 text-stone-600">
              <tr>
                <th className="p-2">Row</th>
                <th className="p-2">Field</th>
                <th className="p-2">Problem</th>
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
    </div>
  );
}

function JsonImportSection() {
  const run = useImportDocument();
  const [doc, setDoc] = useState<ExportDocument | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [key, setKey] = useState(newIdempotencyKey);
  const onFile = async (file: File | undefined) => {
    setDoc(null);
    setProblem(null);
    run.reset();
    if (!file) return;
    let json: unknown;
    try {
      json = JSON.parse(await file.text());
    } catch {
      return setProblem("This file is not a JSON file.");
    }
    const parsed = exportDocument.safeParse(json);
    if (!parsed.success) return setProblem(parsed.error.issues[0]?.message ?? "This is not an UpNest export file.");
    setDoc(parsed.data);
    setKey(newIdempotencyKey());
  };
  const records = doc ? doc.babies.reduce((n, b) => n + b.measurements.length + b.vaccinations.length + b.milestones.length, 0) : 0;
  return (
    <Section title="Import an UpNest export (JSON)">
      <p className="text-sm text-stone-600">Each baby in the file is added to your account as a new baby you own. Importing the same file twice in a row adds it once.</p>
      <Field id="json-file" label="Export file" error={problem ?? undefined}>
        <input id="json-file" type="file" accept=".json,application/json" className="block w-full min-h-11 text-base file:mr-3 file:min-h-11 file:rounded-lg file:border file:border-stone-300 file:bg-white file:px-4" onChange={(e) => void onFile(e.target.files?.[0])} {...describedBy("json-file", problem ?? undefined)} />
      </Field>
      {doc && !run.isSuccess && (
        <div className="space-y-2">
          <p className="text-stone-800">
            {doc.babies.length} {doc.babies.length === 1 ? "baby" : "babies"} ({doc.babies.map((b) => b.baby.name).join(", ")}) with {records} records.
          </p>
          <Button disabled={run.isPending} onClick={() => run.mutate({ document: doc, idempotencyKey: key })}>
            <FileUp aria-hidden className="size-4" /> {run.isPending ? "Importing…" : "Import"}
          </Button>
        </div>
      )}
      {run.isError && <Problem>{describeError(run.error).message}</Problem>}
      {run.isSuccess && (
        <p role="status" className="text-teal-900">
          Imported {run.data.babyIds.length} {run.data.babyIds.length === 1 ? "baby" : "babies"} with {run.data.records} records.
        </p>
      )}
    </Section>
  );
}

function DeleteSection() {
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState("");
  const preview = useDeletionPreview(open);
  const babies = useAccountBabies();
  const remove = useDeleteAccount();
  const queryClient = useQueryClient();
  const names = new Map((babies.data?.items ?? []).map((b) => [b.babyId, b.name]));
  const nameList = (ids: string[]) => ids.map((id) => names.get(id) ?? "a baby").join(", ");
  const typedError = remove.isError && typed !== "DELETE" ? "Type DELETE to confirm" : undefined;
  return (
    <Section title="Delete your account">
      {!open ? (
        <>
          <p className="text-sm text-stone-600">Deletes your sign-in and everything only you look after. This cannot be undone; download your data first.</p>
          <Button variant="secondary" className="border-red-300 text-red-800" onClick={() => setOpen(true)}>
            <Trash2 aria-hidden className="size-4" /> Delete account…
          </Button>
        </>
      ) : !preview.data ? (
        preview.isError ? <ErrorState error={preview.error} onRetry={() => void preview.refetch()} /> : <Loading label="Checking what would be deleted…" />
      ) : (
        <form
          className="space-y-3"
          onSubmit={(e) => {
            e.preventDefault();
            if (typed !== "DELETE") return;
            remove.mutate(
              { confirm: "DELETE" },
              {
                onSuccess: () => {
                  signOut();
                  queryClient.clear();
                },
              },
            );
          }}
        >
          <div className="space-y-1 rounded-lg border border-red-200 bg-red-50 p-3 text-sm text-red-950">
            <p className="font-medium">What happens:</p>
            <ul className="list-disc pl-5">
              {preview.data.babiesDeleted.length > 0 ? (
                <li>
                  Deleted with all their records (you are their only owner): <strong>{nameList(preview.data.babiesDeleted)}</strong>
                </li>
              ) : (
                <li>No baby is deleted.</li>
              )}
              {preview.data.babiesLeft.length > 0 && (
                <li>
                  You leave, and the others keep them: <strong>{nameList(preview.data.babiesLeft)}</strong>
                </li>
              )}
              <li>Your sign-in and profile are deleted.</li>
            </ul>
          </div>
          <Field id="delete-confirm" label="Type DELETE to confirm" error={typedError}>
            <input id="delete-confirm" className={inputClass} autoComplete="off" autoCapitalize="characters" value={typed} onChange={(e) => setTyped(e.target.value)} {...describedBy("delete-confirm", typedError)} />
          </Field>
          {remove.isError && <Problem>{describeError(remove.error).message}</Problem>}
          <div className="flex flex-wrap gap-2">
            <Button type="submit" className="bg-red-700 hover:bg-red-800 disabled:bg-red-700/50" disabled={typed !== "DELETE" || remove.isPending}>
              <Trash2 aria-hidden className="size-4" /> {remove.isPending ? "Deleting…" : "Delete my account"}
            </Button>
            <Button
              variant="quiet"
              onClick={() => {
                setOpen(false);
                setTyped("");
              }}
            >
              Cancel
            </Button>
          </div>
        </form>
      )}
    </Section>
  );
}
