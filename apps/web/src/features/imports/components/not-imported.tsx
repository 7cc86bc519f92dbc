import type { ReportRow } from "@upnest/transfer";
import { currentLanguage } from "../../../i18n/i18n.ts";
import { useT } from "../../../i18n/use-t.ts";
import { reasonWords } from "../words.ts";

/** How many of the rows that will not be imported are listed (the rest are counted). */
const LISTED = 20;

/** The rows that become nothing, each with its file, line and reason: folded away, the first 20 and a count. */
export function NotImported({ report }: { report: readonly ReportRow[] }) {
  const t = useT();
  const language = currentLanguage();
  if (report.length === 0) return null;
  const listed = report.slice(0, LISTED);
  return (
    <details className="rounded-xl border border-amber-200 bg-amber-50 p-3 text-amber-950">
      <summary className="min-h-11 cursor-pointer content-center font-medium">
        {t("imports:preview.notImported", { count: report.length })}
      </summary>
      {report.length > LISTED && <p className="mt-2 text-sm">{t("imports:preview.firstOnly", { count: LISTED })}</p>}
      <ul className="mt-2 space-y-2 text-sm">
        {listed.map((row) => (
          <li key={`${row.file}:${row.line}:${row.code}`} className="break-words">
            <span className="font-medium">
              {row.line > 0
                ? t("imports:preview.where", { file: row.file, line: row.line })
                : t("imports:preview.whereFile", { file: row.file })}
            </span>
            {": "}
            {reasonWords(row, t, language)}
          </li>
        ))}
      </ul>
      {report.length > LISTED && (
        <p className="mt-2 text-sm">{t("imports:preview.more", { count: report.length - LISTED })}</p>
      )}
    </details>
  );
}
