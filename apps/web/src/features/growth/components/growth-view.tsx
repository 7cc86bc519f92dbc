import { Link } from "@tanstack/react-router";
import type { ChartRange, Role } from "@upnest/schemas";
import { ChartSpline, Table2 } from "lucide-react";
import { lazy, Suspense, useMemo } from "react";
import { Empty, ErrorState, Loading } from "../../../components/states.tsx";
import { useT } from "../../../i18n/use-t.ts";
import { useUnits } from "../../../lib/preferences.ts";
import { formatLength } from "../../../lib/units.ts";
import { useDeleteFromChart } from "../api/delete-from-chart.ts";
import { useGrowthChart } from "../api/growth-chart.ts";
import { type BabyAges, CHART_KINDS, type ChartKind, chartLabel, prepareChart } from "../chart-data.ts";
import { GrowthTable } from "./growth-table.tsx";

// Recharts (~100 kB gzipped) arrives only when a chart is shown.
const GrowthChart = lazy(() => import("./growth-chart.tsx"));

export type GrowthView = "chart" | "table";

const tabClass =
  "inline-flex min-h-11 items-center gap-1.5 whitespace-nowrap rounded-lg px-3 text-sm font-medium text-stone-700 hover:bg-stone-100 aria-[current=page]:bg-teal-700 aria-[current=page]:text-white";

function Legend({ target }: { target: boolean }) {
  const t = useT();
  const swatch = (className: string) => <span aria-hidden className={`inline-block size-3 rounded-sm ${className}`} />;
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-stone-600">
      <li className="flex items-center gap-1.5">
        {swatch("bg-(--chart-band-inner)")} {t("growth:chart.legendInner")}
      </li>
      <li className="flex items-center gap-1.5">
        {swatch("bg-(--chart-band-outer)")} {t("growth:chart.legendOuter")}
      </li>
      <li className="flex items-center gap-1.5">
        <span aria-hidden className="inline-block size-3 rounded-full bg-(--chart-point)" />{" "}
        {t("growth:chart.legendBaby")}
      </li>
      <li className="flex items-center gap-1.5">
        <span aria-hidden className="inline-block size-2.5 rotate-45 bg-(--chart-flagged)" />{" "}
        {t("growth:chart.legendCheck")}
      </li>
      {target && (
        <li className="flex items-center gap-1.5">
          {swatch("bg-(--chart-night)/40 border border-(--chart-night)")} {t("growth:chart.targetLegend")}
        </li>
      )}
    </ul>
  );
}

/**
 * One growth chart (or its table) for a baby: pick the measure, then chart or numbers. The chart names its
 * standards (INTERGROWTH-21st, WHO, CDC 2000) and says in a sentence where it switches; the length chart can run to
 * 20 years to show the target height from the parents' heights.
 */
export function GrowthCharts({
  babyId,
  baby,
  kind,
  view,
  range,
}: {
  babyId: string;
  baby: BabyAges & { role: Role };
  kind: ChartKind;
  view: GrowthView;
  range: ChartRange;
}) {
  const { units, ready } = useUnits();
  const t = useT();
  const title = t(`growth:chart.title.${kind}`);
  const query = useGrowthChart(babyId, kind, range);
  const deletion = useDeleteFromChart(babyId);
  // Prepared again when the data, the units or the language change (t does), not on every render: the chart is
  // drawn anew only then, so a point keeps the focus.
  const { data } = query;
  const { dateOfBirth, gestationalAgeWeeks } = baby;
  const chart = useMemo(
    () => (data && ready ? prepareChart(data, units, { dateOfBirth, gestationalAgeWeeks }) : undefined),
    [data, ready, units, dateOfBirth, gestationalAgeWeeks, t],
  );
  const target = kind === "length" ? query.data?.targetHeight : null;
  const actions = { babyId, remove: baby.role === "viewer" ? null : deletion.remove, deleting: deletion.deleting };

  return (
    <div className="space-y-4">
      <nav aria-label={t("growth:chart.tabs")} className="-mx-4 overflow-x-auto px-4">
        <ul className="flex gap-1">
          {CHART_KINDS.map((k) => (
            <li key={k}>
              <Link
                to="/babies/$babyId/growth"
                params={{ babyId }}
                search={{ chart: k, view }}
                aria-current={k === kind ? "page" : undefined}
                className={tabClass}
              >
                {chartLabel(k)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 className="text-lg font-semibold text-stone-900">{title}</h2>
        <nav
          aria-label={t("growth:chart.showAs")}
          className="flex flex-wrap gap-1 rounded-lg border border-stone-200 bg-white p-1"
        >
          <Link
            to="/babies/$babyId/growth"
            params={{ babyId }}
            search={{ chart: kind, view: "chart", range }}
            aria-current={view === "chart" ? "page" : undefined}
            className={tabClass}
          >
            <ChartSpline aria-hidden className="size-4" /> {t("growth:chart.chart")}
          </Link>
          <Link
            to="/babies/$babyId/growth"
            params={{ babyId }}
            search={{ chart: kind, view: "table", range }}
            aria-current={view === "table" ? "page" : undefined}
            className={tabClass}
          >
            <Table2 aria-hidden className="size-4" /> {t("growth:chart.table")}
          </Link>
        </nav>
      </div>

      {query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : !chart ? (
        <Loading label={t("growth:chart.loading")} />
      ) : (
        <>
          {chart.points.length === 0 && (
            <Empty title={t("growth:chart.nothingYet")}>
              <p className="text-sm text-stone-600">
                {kind === "weight-for-length" || kind === "bmi"
                  ? t("growth:chart.needBoth")
                  : t("growth:chart.needOne", { measure: t(`growth:chart.measureWord.${kind}`) })}
              </p>
            </Empty>
          )}
          <p className="growth-standards text-sm font-medium text-stone-800">
            {t("growth:chart.chartOf", { standards: chart.standardsTitle })}
          </p>
          {view === "chart" ? (
            <figure className="space-y-2 rounded-xl bg-white p-2 pt-3 shadow-sm">
              <Suspense fallback={<Loading label={t("growth:chart.loading")} />}>
                <GrowthChart chart={chart} actions={actions} />
              </Suspense>
              <figcaption className="space-y-2 px-2 pb-2">
                <p className="growth-standards-sentence text-sm text-stone-700">{chart.standardsSentence}</p>
                <Legend target={chart.target !== null} />
                <p className="text-xs text-stone-600">{t("growth:chart.about")}</p>
              </figcaption>
            </figure>
          ) : (
            <>
              {chart.points.length > 0 && <GrowthTable chart={chart} caption={title} />}
              <p className="growth-standards-sentence text-sm text-stone-700">{chart.standardsSentence}</p>
            </>
          )}
          {target && (
            <div className="space-y-1 rounded-xl bg-white p-3 text-sm shadow-sm">
              <p className="growth-target-height text-stone-800">
                {t("growth:chart.targetHeight", {
                  target: formatLength(target.targetCm, units),
                  low: formatLength(target.lowCm, units),
                  high: formatLength(target.highCm, units),
                })}
              </p>
              <Link
                to="/babies/$babyId/growth"
                params={{ babyId }}
                search={{ chart: kind, view, range: range === "adult" ? "measured" : "adult" }}
                className="inline-flex min-h-11 items-center font-medium text-teal-800 underline"
              >
                {range === "adult" ? t("growth:chart.showMeasured") : t("growth:chart.showAdult")}
              </Link>
            </div>
          )}
        </>
      )}
    </div>
  );
}
