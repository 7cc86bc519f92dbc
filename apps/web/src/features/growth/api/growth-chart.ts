import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "../../../lib/trpc.ts";
import type { ChartKind } from "../chart-data.ts";

/** WHO percentile curves and the baby's points for one chart (the API sends numbers; no tables in the browser). */
export function useGrowthChart(babyId: string, chart: ChartKind) {
  const trpc = useTRPC();
  return useQuery(trpc.measurements.chart.queryOptions({ babyId, chart }));
}
