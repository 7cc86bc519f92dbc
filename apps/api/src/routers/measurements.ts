import { babyRef, chartRange, growthChart, measurements } from "@upnest/schemas";
import { scoreMeasurement } from "../derived/growth.ts";
import { buildGrowthChart } from "../derived/growth-chart.ts";
import { growthInsights } from "../derived/growth-insights.ts";
import { todayIn } from "../derived/today.ts";
import { babyProcedure, router } from "../trpc/trpc.ts";
import { recordProcedures } from "./records.ts";

/**
 * Every measurement leaves the API with its scores on the standard for the baby's age (INTERGROWTH-21st, WHO or
 * CDC 2000) for the baby's sex and gestational age: the membership check brings those facts with the `Access`.
 */
export const measurementsRouter = router({
  ...recordProcedures(measurements, { present: (access, m) => scoreMeasurement(access.baby, m) }),
  /** A growth chart in segments by standard: percentile curves and the baby's points (every measurement). */
  chart: babyProcedure(babyRef.extend({ chart: growthChart, range: chartRange.default("measured") })).query(
    async ({ ctx, input }) => {
      const all = await ctx.repos.measurements.all(ctx.access, 20);
      const scored = all.map((m) => scoreMeasurement(ctx.access.baby, m));
      return buildGrowthChart(ctx.access.baby, scored, input.chart, input.range);
    },
  ),
  /** The charts the baby moves through, size at birth, clinical flags and the target height: one membership check. */
  insights: babyProcedure(babyRef).query(async ({ ctx }) => {
    const all = await ctx.repos.measurements.all(ctx.access, 20);
    const { baby } = ctx.access;
    const scored = all.map((m) => scoreMeasurement(baby, m));
    return growthInsights(baby, scored, todayIn(baby.timeZone ?? "UTC"));
  }),
});
