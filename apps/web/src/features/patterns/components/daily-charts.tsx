import type { Units } from "@upnest/i18n";
import { useT } from "../../../i18n/use-t.ts";
import { displayVolume, formatNumber, volumeUnit } from "../../../lib/units.ts";
import { dayTick, hoursOf } from "../format.ts";
import type { Patterns, Period } from "../patterns-data.ts";
import { type ChartRow, DailyChart } from "./daily-chart.tsx";

const BAR = "var(--chart-bar)";
const BAR_2 = "var(--chart-bar-2)";
const whole = (v: number) => formatNumber(v, 0);
const oneDecimal = (v: number) => formatNumber(v, 1);

/** The daily totals as charts (feeds, bottle volume, sleep hours, wet and dirty diapers) and the feed intervals. */
export function DailyCharts({ patterns, period, units }: { patterns: Patterns; period: Period; units: Units }) {
  const t = useT();
  const rows: ChartRow[] = patterns.totals.map((d) => ({
    day: d.day,
    tick: dayTick(d.day, period),
    feeds: d.feeds,
    volume: Math.round(displayVolume(d.volumeMl, units) * 10) / 10,
    sleep: hoursOf(d.sleepMs),
    wet: d.wet,
    dirty: d.dirty,
  }));
  const unit = volumeUnit(units);
  return (
    <>
      <DailyChart
        id="chart-feeds"
        title={t("care:patterns.feeds")}
        rows={rows}
        series={[{ key: "feeds", label: t("care:patterns.feeds"), color: BAR }]}
        period={period}
        format={whole}
      />
      <DailyChart
        id="chart-volume"
        title={t("care:patterns.volume", { unit })}
        rows={rows}
        series={[{ key: "volume", label: unit, color: BAR }]}
        period={period}
        format={units === "metric" ? whole : oneDecimal}
      />
      <DailyChart
        id="chart-sleep"
        title={t("care:patterns.sleep")}
        rows={rows}
        series={[{ key: "sleep", label: t("care:patterns.sleep"), color: BAR }]}
        period={period}
        format={oneDecimal}
      />
      <DailyChart
        id="chart-diapers"
        title={t("care:patterns.diapers")}
        rows={rows}
        series={[
          { key: "wet", label: t("care:patterns.wet"), color: BAR },
          { key: "dirty", label: t("care:patterns.dirty"), color: BAR_2, striped: true },
        ]}
        period={period}
        format={whole}
      />
    </>
  );
}

/** The median time between feeds on each day, in hours. */
export function IntervalsChart({ patterns, period }: { patterns: Patterns; period: Period }) {
  const t = useT();
  const rows: ChartRow[] = patterns.intervals.map((d) => ({
    day: d.day,
    tick: dayTick(d.day, period),
    interval: d.medianMs === null ? null : hoursOf(d.medianMs),
  }));
  return (
    <DailyChart
      id="chart-intervals"
      title={t("care:patterns.intervalsChart")}
      rows={rows}
      series={[{ key: "interval", label: t("care:patterns.intervalsChart"), color: BAR }]}
      period={period}
      format={oneDecimal}
    />
  );
}
