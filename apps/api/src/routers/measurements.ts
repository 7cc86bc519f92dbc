import { babyRef, growthChart, measurements } from "@upnest/schemas";
import { scoreMeasurement } from "../derived/growth.ts";
import { buildGrowthChart } from "../derived/growth-chart.ts";
import { babyProcedure, router } from "../trpc/trpc.ts";
import { recordProcedures } from "./records.ts";

/**
 * Every measurement leaves the API with its WHO scores for the baby's sex and (corrected) age: the
 * membership check brings those facts with the `Access`.
 */
export const measurementsRouter = router({
  ...recordProcedures(measurements, { present: (access, m) => scoreMeasurement(access.baby, m) }),
  /** A WHO growth chart for the baby: percentile curves and the baby's points (all measurements, at most 2 000). */
  chart: babyProcedure(babyRef.extend({ chart: growthChart })).query(async ({ ctx, input }) => {
    const all = await ctx.repos.measurements.all(ctx.access, 20);
    const scored = all.map((m) => scoreMeasurement(ctx.access.baby, m));
    return buildGrowthChart(ctx.access.baby, scored, input.chart);
  }),
});
