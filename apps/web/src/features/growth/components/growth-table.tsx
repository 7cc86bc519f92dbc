import { TriangleAlert } from "lucide-react";
import { useT } from "../../../i18n/use-t.ts";
import { showDate } from "../../../lib/dates.ts";
import { checkMeasurement, flagMessage, formatPercentile, noScoreReason } from "../../../lib/growth-scores.ts";
import type { PreparedChart } from "../chart-data.ts";
import { standardName } from "../chart-words.ts";

const cell = "px-2 py-2 align-top sm:px-3";

/** The chart's numbers for people who prefer them: newest first, the ages as everywhere, the chart that scored each. */
export function GrowthTable({ chart, caption }: { chart: PreparedChart; caption: string }) {
  const rows = [...chart.points].reverse();
  const t = useT();
  return (
    // On a narrow phone the table scrolls sideways: the region takes the focus, so the keyboard scrolls it too.
    <section
      aria-label={caption}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
      tabIndex={0}
      className="overflow-x-auto rounded-xl bg-white shadow-sm focus-visible:ring-2 focus-visible:ring-teal-700 outline-none"
    >
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-stone-200 text-stone-600">
          <tr>
            <th scope="col" className={`${cell} font-medium`}>
              {t("growth:table.date")}
            </th>
            <th scope="col" className={`${cell} font-medium`}>
              {t("growth:table.age")}
            </th>
            <th scope="col" className={`${cell} font-medium`}>
              {chart.valueLabel}
            </th>
            <th scope="col" className={`${cell} text-right font-medium`}>
              {t("growth:table.percentile")}
            </th>
            <th scope="col" className={`${cell} font-medium`}>
              {t("growth:table.chartUsed")}
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
              <td className={`${cell} whitespace-nowrap font-medium text-stone-900`}>{showDate(p.measuredOn)}</td>
              <td className={cell}>
                <span className="block text-stone-900">{p.ages.age}</span>
                {(p.ages.corrected ?? p.ages.postmenstrual) && (
                  <span className="block text-stone-600">
                    {p.ages.corrected
                      ? t("growth:table.corrected", { age: p.ages.corrected })
                      : t("growth:table.postmenstrual", { age: p.ages.postmenstrual })}
                  </span>
                )}
              </td>
              <td className={cell}>
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
                <td className={`${cell} text-right text-stone-600`}>{noScoreReason(p.score.reason)}</td>
              ) : (
                <td className={`${cell} whitespace-nowrap text-right font-medium tabular-nums`}>
                  {formatPercentile(p.score.percentile)}
                </td>
              )}
              <td className={`${cell} text-stone-700`}>{p.score.standard ? standardName(p.score.standard) : ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="px-3 py-2 text-xs text-stone-600">{t("growth:table.zScoreAbout")}</p>
    </section>
  );
}
