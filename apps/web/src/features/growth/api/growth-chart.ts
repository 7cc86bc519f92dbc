import { useQuery } from "@tanstack/react-query";
import type { ChartRange } from "@upnest/schemas";
import { useTRPC } from "../../../lib/trpc.ts";
import type { ChartKind } from "../chart-data.ts";

/**
 * One chart's percentile curves, a segment per standard, and the baby's points (the API sends numbers; no tables
 * in the browser), over the ages measured or to 20 years.
 */
export function useGrowthChart(babyId: string, chart: ChartKind, range: ChartRange) {
  const trpc = useTRPC();
  return useQuery(trpc.measurements.chart.queryOptions({ babyId, chart, range }));
}
