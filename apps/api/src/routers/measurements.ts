import {
  addMeasurementInput,
  deleteMeasurementInput,
  listMeasurementsInput,
  measurementRef,
  updateMeasurementInput,
} from "@upnest/schemas";
import { protectedProcedure, router } from "../trpc.ts";

export const measurementsRouter = router({
  /** Newest first; a date range and an opaque cursor for the next page. */
  list: protectedProcedure.input(listMeasurementsInput).query(({ ctx, input }) => ctx.repos.measurements.list(ctx.userId, input)),
  get: protectedProcedure.input(measurementRef).query(({ ctx, input }) => ctx.repos.measurements.get(ctx.userId, input)),
  add: protectedProcedure.input(addMeasurementInput).mutation(({ ctx, input }) => ctx.repos.measurements.add(ctx.userId, input)),
  update: protectedProcedure.input(updateMeasurementInput).mutation(({ ctx, input }) => ctx.repos.measurements.update(ctx.userId, input)),
  delete: protectedProcedure.input(deleteMeasurementInput).mutation(async ({ ctx, input }) => {
    await ctx.repos.measurements.remove(ctx.userId, input);
    return { measurementId: input.measurementId };
  }),
});
