import type { Units } from "@upnest/i18n";
import type { ReactNode } from "react";
import { useT } from "../../../i18n/use-t.ts";
import { formatVolume } from "../../../lib/units.ts";
import { clockTime, dayName, formatDuration } from "../format.ts";
import type { Patterns } from "../patterns-data.ts";

const cell = "px-1.5 py-2 sm:px-3";
const number = `${cell} text-right tabular-nums`;

/** A table of the page: its heading, a caption for screen readers, column headers, one row a day, newest first. */
function DayTable({
  id,
  title,
  columns,
  children,
}: {
  id: string;
  title: string;
  /** The columns after the day's; numbers align to the end, a column of words (`text`) to the start. */
  columns: (string | { text: string })[];
  children: ReactNode;
}) {
  const t = useT();
  return (
    <div className="space-y-2">
      <h2 id={id} className="text-lg font-semibold text-stone-900">
        {title}
      </h2>
      {/* Scrolls sideways when the text is large: a region the keyboard can reach to scroll it. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable (WCAG 2.1.1) */}
      <section aria-labelledby={id} tabIndex={0} className="overflow-x-auto rounded-xl bg-white shadow-sm">
        <table className="w-full text-left text-sm" data-table={id}>
          <caption className="sr-only">{title}</caption>
          <thead className="border-b border-stone-200 text-stone-600">
            <tr>
              <th scope="col" className={`${cell} font-medium`}>
                {t("care:patterns.table.day")}
              </th>
              {columns.map((c) =>
                typeof c === "string" ? (
                  <th key={c} scope="col" className={`${cell} text-right font-medium`}>
                    {c}
                  </th>
                ) : (
                  <th key={c.text} scope="col" className={`${cell} font-medium`}>
                    {c.text}
                  </th>
                ),
              )}
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-100">{children}</tbody>
        </table>
      </section>
    </div>
  );
}

/** The first cell of a row: the day, and "Today" on today's. */
function DayCell({ day, today }: { day: string; today: boolean }) {
  const t = useT();
  return (
    <th scope="row" className={`${cell} font-medium text-stone-900`}>
      {dayName(day)}
      {today && <span className="block text-xs font-normal text-stone-600">{t("care:patterns.today")}</span>}
    </th>
  );
}

/** Each day's totals: feeds, bottle volume, sleep, wet and dirty diapers. */
export function TotalsTable({ patterns, units, today }: { patterns: Patterns; units: Units; today: string }) {
  const t = useT();
  const columns = (["feeds", "bottle", "sleep", "wet", "dirty"] as const).map((c) => t(`care:patterns.table.${c}`));
  return (
    <DayTable id="table-totals" title={t("care:patterns.table.title")} columns={columns}>
      {[...patterns.totals].reverse().map((d) => (
        <tr key={d.day} data-day={d.day}>
          <DayCell day={d.day} today={d.day === today} />
          <td className={number}>{d.feeds}</td>
          <td className={number}>{formatVolume(d.volumeMl, units)}</td>
          <td className={number}>{formatDuration(d.sleepMs)}</td>
          <td className={number}>{d.wet}</td>
          <td className={number}>{d.dirty}</td>
        </tr>
      ))}
    </DayTable>
  );
}

/** Each day's sleeps on the family's clock ("20:00–06:00 night sleep") and the day's total. */
export function SleepTable({ patterns, timeZone, today }: { patterns: Patterns; timeZone: string; today: string }) {
  const t = useT();
  const totals = new Map(patterns.totals.map((d) => [d.day, d.sleepMs]));
  return (
    <DayTable
      id="table-sleep"
      title={t("care:patterns.sleepPattern")}
      columns={[{ text: t("care:patterns.table.sleeps") }, t("care:patterns.table.sleep")]}
    >
      {[...patterns.sleep].reverse().map((row) => (
        <tr key={row.day} data-day={row.day}>
          <DayCell day={row.day} today={row.day === today} />
          <td className={cell}>
            {row.bands.length === 0 ? (
              t("care:patterns.table.none")
            ) : (
              <ul>
                {row.bands.map((b) => (
                  <li key={b.sleepId} className="whitespace-nowrap tabular-nums">
                    {t("care:patterns.sleepSpan", {
                      from: clockTime(b.startedAt, timeZone),
                      to: clockTime(b.endedAt, timeZone),
                      kind: t(b.kind === "night" ? "care:patterns.night" : "care:patterns.nap"),
                    })}
                  </li>
                ))}
              </ul>
            )}
          </td>
          <td className={`${number} align-top`}>{formatDuration(totals.get(row.day) ?? 0)}</td>
        </tr>
      ))}
    </DayTable>
  );
}

/** Each day's time between feeds: the median, the shortest and the longest. */
export function IntervalsTable({ patterns, today }: { patterns: Patterns; today: string }) {
  const t = useT();
  const show = (ms: number | null) => (ms === null ? t("care:patterns.table.none") : formatDuration(ms));
  const columns = (["median", "shortest", "longest"] as const).map((c) => t(`care:patterns.table.${c}`));
  return (
    <DayTable id="table-intervals" title={t("care:patterns.intervals")} columns={columns}>
      {[...patterns.intervals].reverse().map((d) => (
        <tr key={d.day} data-day={d.day}>
          <DayCell day={d.day} today={d.day === today} />
          <td className={number}>{show(d.medianMs)}</td>
          <td className={number}>{show(d.shortestMs)}</td>
          <td className={number}>{show(d.longestMs)}</td>
        </tr>
      ))}
    </DayTable>
  );
}
