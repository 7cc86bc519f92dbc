import { babyRef, createBabyInput, deleteBabyInput, updateBabyInput } from "@upnest/schemas";
import { z } from "zod";
import { protectedProcedure, router } from "../trpc.ts";

const pageInput = {
  limit: z.number().int().min(1, { error: "Limit must be 1–100" }).max(100, { error: "Limit must be 1–100" }).default(50),
  cursor: z.string().max(1024, { error: "Invalid cursor" }).optional(),
};

const listInput = z.object(pageInput).default({ limit: 50 });

export const babiesRouter = router({
  list: protectedProcedure.input(listInput).query(({ ctx, input }) => ctx.repos.babies.list(ctx.userId, input)),
  get: protectedProcedure.input(babyRef).query(({ ctx, input }) => ctx.repos.babies.get(ctx.userId, input.babyId)),
  create: protectedProcedure.input(createBabyInput).mutation(({ ctx, input }) => ctx.repos.babies.create(ctx.userId, input)),
  update: protectedProcedure.input(updateBabyInput).mutation(({ ctx, input }) => ctx.repos.babies.update(ctx.userId, input)),
  /** The history of changes to a baby's records, newest first (owners only). */
  history: protectedProcedure
    .input(babyRef.extend(pageInput))
    .query(({ ctx, input }) => ctx.repos.audit.list(ctx.userId, input.babyId, input)),
  delete: protectedProcedure.input(deleteBabyInput).mutation(async ({ ctx, input }) => {
    await ctx.repos.babies.remove(ctx.userId, input);
    return { babyId: input.babyId };
  }),
});
