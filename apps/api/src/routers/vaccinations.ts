import { DomainError } from "@upnest/db";
import { isKnownCvx, vaccineProducts } from "@upnest/immunizations";
import {
  addVaccinationInput,
  babyPageInput,
  babyRef,
  deleteVaccinationInput,
  updateVaccinationInput,
  vaccinationRef,
} from "@upnest/schemas";
import { todayIn } from "../derived/today.ts";
import { vaccinationStatus } from "../derived/vaccination-status.ts";
import { protectedProcedure, publicProcedure, router } from "../trpc/trpc.ts";

/** The product must be one CDC's data lists; checked before anything is written. */
function knownProduct(cvx: string) {
  if (!isKnownCvx(cvx)) {
    throw new DomainError("invalid", "Choose a vaccine from the list", {
      fieldErrors: { cvx: ["Choose a vaccine from the list"] },
    });
  }
}

export const vaccinationsRouter = router({
  /** The vaccines a family can pick from (name and CVX code). Not user data. */
  products: publicProcedure.query(() => vaccineProducts),
  list: protectedProcedure
    .input(babyPageInput)
    .query(({ ctx, input }) => ctx.repos.vaccinations.list(ctx.userId, input.babyId, input)),
  get: protectedProcedure
    .input(vaccinationRef)
    .query(({ ctx, input }) => ctx.repos.vaccinations.get(ctx.userId, input)),
  add: protectedProcedure.input(addVaccinationInput).mutation(({ ctx, input }) => {
    knownProduct(input.cvx);
    return ctx.repos.vaccinations.add(ctx.userId, input);
  }),
  update: protectedProcedure.input(updateVaccinationInput).mutation(({ ctx, input }) => {
    knownProduct(input.cvx);
    return ctx.repos.vaccinations.update(ctx.userId, input);
  }),
  delete: protectedProcedure.input(deleteVaccinationInput).mutation(async ({ ctx, input }) => {
    await ctx.repos.vaccinations.remove(ctx.userId, input);
    return { vaccinationId: input.vaccinationId };
  }),
  /** Every vaccine group's status and next dose, and each dose's evaluation, for today where the family lives. */
  status: protectedProcedure.input(babyRef).query(async ({ ctx, input }) => {
    const access = await ctx.repos.babies.access(ctx.userId, input.babyId);
    const [doses, me] = await Promise.all([
      ctx.repos.vaccinations.all(ctx.userId, input.babyId, access),
      ctx.repos.users.getOrCreate(ctx.userId, ctx.email),
    ]);
    return vaccinationStatus(access.baby, doses, todayIn(me.timezone));
  }),
});
