import { allPages } from "@upnest/db";
import {
  addMeasurementInput,
  babyRef,
  deleteMeasurementInput,
  growthChart,
  listMeasurementsInput,
  type Measurement,
  measurementRef,
  updateMeasurementInput,
} from "@upnest/schemas";
import { scoreMeasurement } from "../derived/growth.ts";
import { buildGrowthChart } from "../derived/growth-chart.ts";
import type { Context } from "../trpc/context.ts";
import { protectedProcedure, router } from "../trpc/trpc.ts";

/**
 * Every measurement leaves the API with its WHO scores for the baby's sex and
 * (corrected) age. The membership check brings those facts, and its proof
 * (`access`) spares the repository a second check.
 */
const scoredFor = async (ctx: Context & { userId: string }, babyId: string) => {
  const access = await ctx.repos.babies.access(ctx.userId, babyId);
  return Object.assign((m: Measurement) => scoreMeasurement(access.baby, m), { access });
};

export const measurementsRouter = router({
  /** Newest first; a date range and an opaque cursor for the next page. */
  list: protectedProcedure.input(listMeasurementsInput).query(async ({ ctx, input }) => {
    const score = await scoredFor(ctx, input.babyId);
    const page = await ctx.repos.measurements.list(ctx.userId, input, score.access);
    return { ...page, items: page.items.map(score) };
  }),
  get: protectedProcedure.input(measurementRef).query(async ({ ctx, input }) => {
    const score = await scoredFor(ctx, input.babyId);
    return score(await ctx.repos.measurements.get(ctx.userId, input, score.access));
  }),
  add: protectedProcedure.input(addMeasurementInput).mutation(async ({ ctx, input }) => {
    const score = await scoredFor(ctx, input.babyId);
    return score(await ctx.repos.measurements.add(ctx.userId, input, score.access));
  }),
  update: protectedProcedure.input(updateMeasurementInput).mutation(async ({ ctx, input }) => {
    const score = await scoredFor(ctx, input.babyId);
    return score(await ctx.repos.measurements.update(ctx.userId, input, score.access));
  }),
  /** A WHO growth chart for the baby: percentile curves and the baby's points (all measurements, at most 2 000). */
  chart: protectedProcedure.input(babyRef.extend({ chart: growthChart })).query(async ({ ctx, input }) => {
    const score = await scoredFor(ctx, input.babyId);
    const all = await allPages(
      (cursor) => ctx.repos.measurements.list(ctx.userId, { babyId: input.babyId, limit: 100, cursor }, score.access),
      20,
    );
    return buildGrowthChart(score.access.baby, all.reverse().map(score), input.chart);
  }),
  delete: protectedProcedure.input(deleteMeasurementInput).mutation(async ({ ctx, input }) => {
    await ctx.repos.measurements.remove(ctx.userId, input);
    return { measurementId: input.measurementId };
  }),
});
