import { TriangleAlert } from "lucide-react";
import { useT } from "../../../i18n/use-t.ts";
import { showDate } from "../../../lib/dates.ts";
import {
  checkMeasurement,
  flagMessage,
  formatPercentile,
  formatZScore,
  noScoreReason,
} from "../../../lib/growth-scores.ts";
import type { PreparedChart } from "../chart-data.ts";

/** The chart's numbers for people who prefer them: newest first, both ages for a preterm baby. */
export function GrowthTable({ chart, caption }: { chart: PreparedChart; caption: string }) {
  const rows = [...chart.points].reverse();
  const t = useT();
  return (
    <div className="overflow-x-auto rounded-xl bg-white shadow-sm">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-stone-200 text-stone-600">
          <tr>
            <th scope="col" className="px-2 py-2 font-medium sm:px-3">
              {t("growth:table.dateAndAge")}
            </th>
            <th scope="col" className="px-2 py-2 font-medium sm:px-3">
              {chart.valueLabel}
            </th>
            <th scope="col" className="px-2 py-2 text-right font-medium sm:px-3">
              {t("growth:table.percentile")}
            </th>
            <th scope="col" className="px-2 py-2 text-right font-medium sm:px-3">
              {t("growth:table.zScore")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-100">
          {rows.map((p) => (
            <tr
              key={p.measurementId}
              data-flagged={p.score.flag ? "true" : undefined}
              className={p.score.flag ? "bg-amber-50" : undefined}
            >
              <td className="px-2 py-2 align-top sm:px-3">
                <span className="block whitespace-nowrap font-medium text-stone-900">{showDate(p.measuredOn)}</span>
                <span className="block text-stone-600">{p.age}</span>
                {p.correctedAge && (
                  <span className="block text-stone-500">{t("growth:chart.corrected2", { age: p.correctedAge })}</span>
                )}
              </td>
              <td className="px-2 py-2 align-top sm:px-3">
                {p.value}
                {p.score.flag && (
                  <span
                    role="note"
                    aria-label={checkMeasurement()}
                    title={flagMessage(p.score.flag)}
                    className="mt-1 flex items-center gap-1 font-medium text-amber-900"
                  >
                    <TriangleAlert aria-hidden className="size-4 shrink-0" /> {checkMeasurement()}
                  </span>
                )}
              </td>
              {p.score.percentile === null ? (
                <td colSpan={2} className="px-2 py-2 text-right align-top text-stone-500 sm:px-3">
                  {noScoreReason(p.score.reason)}
                </td>
              ) : (
                <>
                  <td className="px-2 py-2 text-right align-top font-medium tabular-nums whitespace-nowrap sm:px-3">
                    {formatPercentile(p.score.percentile)}
                  </td>
                  <td className="px-2 py-2 text-right align-top tabular-nums whitespace-nowrap sm:px-3">
                    {formatZScore(p.score.zScore)}
                  </td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="px-3 py-2 text-xs text-stone-600">{t("growth:table.zScoreAbout")}</p>
    </div>
  );
}
