import { Link } from "@tanstack/react-router";
import { ChartSpline, Table2 } from "lucide-react";
import { lazy, Suspense, useMemo } from "react";
import { Empty, ErrorState, Loading } from "../../../components/states.tsx";
import { useUnits } from "../../../lib/preferences.ts";
import { useGrowthChart } from "../api/growth-chart.ts";
import { type BabyAges, CHART_KINDS, CHART_LABELS, type ChartKind, prepareChart } from "../chart-data.ts";
import { GrowthTable } from "./growth-table.tsx";

// Recharts (~100 kB gzipped) arrives only when a chart is shown.
const GrowthChart = lazy(() => import("./growth-chart.tsx"));

export type GrowthView = "chart" | "table";

const TITLES: Record<ChartKind, string> = {
  weight: "Weight for age",
  length: "Length/height for age",
  head: "Head circumference for age",
  "weight-for-length": "Weight for length/height",
};

const tabClass =
  "inline-flex min-h-11 items-center gap-1.5 whitespace-nowrap rounded-lg px-3 text-sm font-medium text-stone-700 hover:bg-stone-100 aria-[current=page]:bg-teal-700 aria-[current=page]:text-white";

function Legend() {
  const swatch = (className: string) => <span aria-hidden className={`inline-block size-3 rounded-sm ${className}`} />;
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-stone-600">
      <li className="flex items-center gap-1.5">{swatch("bg-(--chart-band-inner)")} 15th–85th percentile</li>
      <li className="flex items-center gap-1.5">{swatch("bg-(--chart-band-outer)")} 3rd–15th and 85th–97th</li>
      <li className="flex items-center gap-1.5">
        <span aria-hidden className="inline-block size-3 rounded-full bg-(--chart-point)" /> Your baby
      </li>
      <li className="flex items-center gap-1.5">
        <span aria-hidden className="inline-block size-2.5 rotate-45 bg-(--chart-flagged)" /> Check this measurement
      </li>
    </ul>
  );
}

/** One WHO growth chart (or its table) for a baby: pick the measure, then chart or numbers. */
export function GrowthCharts({
  babyId,
  baby,
  kind,
  view,
}: {
  babyId: string;
  baby: BabyAges;
  kind: ChartKind;
  view: GrowthView;
}) {
  const { units, ready } = useUnits();
  const query = useGrowthChart(babyId, kind);
  const chart = useMemo(
    () => (query.data && ready ? prepareChart(query.data, units, baby) : undefined),
    [query.data, ready, units, baby],
  );

  return (
    <div className="space-y-4">
      <nav aria-label="Growth charts" className="-mx-4 overflow-x-auto px-4">
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
                {CHART_LABELS[k]}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 className="text-lg font-semibold text-stone-900">{TITLES[kind]}</h2>
        <nav aria-label="Show as" className="flex flex-wrap gap-1 rounded-lg border border-stone-200 bg-white p-1">
          <Link
            to="/babies/$babyId/growth"
            params={{ babyId }}
            search={{ chart: kind, view: "chart" }}
            aria-current={view === "chart" ? "page" : undefined}
            className={tabClass}
          >
            <ChartSpline aria-hidden className="size-4" /> Chart
          </Link>
          <Link
            to="/babies/$babyId/growth"
            params={{ babyId }}
            search={{ chart: kind, view: "table" }}
            aria-current={view === "table" ? "page" : undefined}
            className={tabClass}
          >
            <Table2 aria-hidden className="size-4" /> Table
          </Link>
        </nav>
      </div>

      {query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : !chart ? (
        <Loading label="Loading the chart…" />
      ) : (
        <>
          {chart.points.length === 0 && (
            <Empty title="Nothing to plot yet">
              <p className="text-sm text-stone-600">
                {kind === "weight-for-length"
                  ? "Add a measurement with both weight and length."
                  : `Add a measurement with ${CHART_LABELS[kind].toLowerCase()}.`}
              </p>
            </Empty>
          )}
          {view === "chart" ? (
            <figure className="space-y-2 rounded-xl bg-white p-2 pt-3 shadow-sm">
              <Suspense fallback={<Loading label="Loading the chart…" />}>
                <GrowthChart chart={chart} />
              </Suspense>
              <figcaption className="space-y-2 px-2 pb-2">
                <Legend />
                <p className="text-xs text-stone-600">
                  WHO Child Growth Standards. The middle line is the 50th percentile: half of babies of the same age and
                  sex are below it. Tap a point for its date and percentile; the table shows the same numbers.
                </p>
              </figcaption>
            </figure>
          ) : (
            chart.points.length > 0 && <GrowthTable chart={chart} caption={TITLES[kind]} />
          )}
          {chart.corrected && (
            <p className="text-sm text-stone-600">
              Born early: percentiles use the age counted from the due date (corrected age) until 2 years.
            </p>
          )}
        </>
      )}
    </div>
  );
}
