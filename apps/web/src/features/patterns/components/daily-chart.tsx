// A bar a day for one of the care log's totals (Recharts; the page and this load only when Patterns opens).
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, XAxis, YAxis } from "recharts";
import { useT } from "../../../i18n/use-t.ts";
import { dayName } from "../format.ts";
import type { Period } from "../patterns-data.ts";
import { Legend } from "./swatch.tsx";

export type Series = { key: string; label: string; color: string; striped?: boolean };
export type ChartRow = { day: string; tick: string } & Record<string, number | string | null>;

/** One chart of the Patterns page: a heading (with the unit), bars per day (a second series striped), a legend. */
export function DailyChart({
  id,
  title,
  rows,
  series,
  period,
  format,
}: {
  id: string;
  title: string;
  rows: ChartRow[];
  series: readonly Series[];
  period: Period;
  format: (value: number) => string;
}) {
  const t = useT();
  const first = rows[0]?.day;
  const last = rows.at(-1)?.day;
  const summary = t("care:patterns.chartSummary", {
    title,
    from: first ? dayName(first) : "",
    to: last ? dayName(last) : "",
  });
  return (
    <section aria-labelledby={id} className="space-y-2">
      <h2 id={id} className="text-lg font-semibold text-stone-900">
        {title}
      </h2>
      <figure className="space-y-2 rounded-xl bg-white p-2 pt-3 shadow-sm">
        <div role="img" aria-label={summary} className="patterns-chart" data-chart={id}>
          <ResponsiveContainer width="100%" height={200}>
            <BarChart data={rows} accessibilityLayer={false} margin={{ top: 16, right: 4, bottom: 0, left: 0 }}>
              <defs>
                {series
                  .filter((s) => s.striped)
                  .map((s) => (
                    <pattern
                      key={s.key}
                      id={`${id}-${s.key}-stripes`}
                      width={6}
                      height={6}
                      patternUnits="userSpaceOnUse"
                      patternTransform="rotate(45)"
                    >
                      <rect width={3} height={6} fill={s.color} />
                    </pattern>
                  ))}
              </defs>
              <CartesianGrid vertical={false} stroke="var(--chart-grid)" strokeDasharray="3 3" />
              <XAxis
                dataKey="tick"
                interval={period === 30 ? 4 : 0}
                tickLine={false}
                fontSize={12}
                tick={{ fill: "var(--chart-label)" }}
              />
              <YAxis
                width={36}
                fontSize={12}
                allowDecimals={false}
                tick={{ fill: "var(--chart-label)" }}
                tickFormatter={(v: number) => format(v)}
              />
              {series.map((s) => (
                <Bar
                  key={s.key}
                  dataKey={s.key}
                  name={s.label}
                  className={`patterns-bar patterns-bar-${s.key}`}
                  fill={s.striped ? `url(#${id}-${s.key}-stripes)` : s.color}
                  stroke={s.color}
                  strokeWidth={s.striped ? 1.5 : 0}
                  isAnimationActive={false}
                >
                  {period === 7 && (
                    <LabelList
                      dataKey={s.key}
                      position="top"
                      fontSize={11}
                      fill="var(--chart-label)"
                      formatter={(v: unknown) => (typeof v === "number" && v > 0 ? format(v) : "")}
                    />
                  )}
                </Bar>
              ))}
            </BarChart>
          </ResponsiveContainer>
        </div>
        {series.length > 1 && <Legend items={series} />}
      </figure>
    </section>
  );
}
