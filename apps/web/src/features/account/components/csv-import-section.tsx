import type { resources } from "@upnest/i18n";
import { measurements } from "@upnest/schemas";
import { Upload } from "lucide-react";
import { useState } from "react";
import { Button } from "../../../components/button.tsx";
import { describedBy, Field, inputClass } from "../../../components/field.tsx";
import { ErrorState, Loading } from "../../../components/states.tsx";
import { useT } from "../../../i18n/use-t.ts";
import { describeError } from "../../../lib/errors.ts";
import { useAccountBabies } from "../api/account.ts";
import { type RowResult, reportLines, tally } from "../csv-import.ts";
import { useCsvImport } from "../use-csv-import.ts";
import { Problem, Section } from "./section.tsx";

type ColumnHelp = keyof typeof resources.en.account.csv;

export function CsvImportSection() {
  const babies = useAccountBabies();
  const writable = (babies.data?.items ?? []).filter((b) => b.role !== "viewer");
  const [babyId, setBabyId] = useState("");
  const baby = writable.find((b) => b.babyId === babyId) ?? writable[0];
  const chosen = baby?.babyId ?? "";
  const { parsed, fileError, stage, failure, chooseFile, chooseBaby, importRows } = useCsvImport();
  const t = useT();

  const busy = stage.kind === "checking" || stage.kind === "importing";
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
                const next = writable.find((b) => b.babyId === e.target.value);
                if (next) chooseBaby(next);
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
              onChange={(e) => chooseFile(e.target.files?.[0], baby)}
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
          total={stage.total}
        />
      )}
      {parsed && (stage.kind === "checked" || stage.kind === "imported") && (
        <RowReport report={stage.report} imported={stage.kind === "imported"} />
      )}
      {parsed && stage.kind === "checked" && (
        <Button
          className="w-full sm:w-auto"
          disabled={tally(stage.report).created === 0}
          onClick={() => baby && void importRows(baby, stage.report)}
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
  // The columns the API reads, from the measurements' one definition (csv-import.test.ts: each has its words).
  const columns = measurements.csv as readonly ColumnHelp[];
  return (
    // A table may scroll on its own at 320 px with large text (WCAG 1.4.10); the page does not.
    <div className="overflow-x-auto">
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
                <code className="break-all">{column}</code>
              </td>
              <td className="py-0.5">{t(`account:csv.${column}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
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
