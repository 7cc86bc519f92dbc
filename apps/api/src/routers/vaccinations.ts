import { DomainError } from "@upnest/db";
import { isKnownCvx, vaccineProducts } from "@upnest/immunizations";
import { babyRef, vaccinations } from "@upnest/schemas";
import { todayIn } from "../derived/today.ts";
import { vaccinationStatus } from "../derived/vaccination-status.ts";
import { babyProcedure, publicProcedure, router } from "../trpc/trpc.ts";
import { recordProcedures } from "./records.ts";

/** The product must be one CDC's data lists; checked before anything is written. */
function knownProduct({ cvx }: { cvx: string }) {
  if (!isKnownCvx(cvx)) {
    throw new DomainError("invalid", "Choose a vaccine from the list", {
      fieldErrors: { cvx: ["Choose a vaccine from the list"] },
    });
  }
}

export const vaccinationsRouter = router({
  /** The vaccines a family can pick from (name and CVX code). Not user data. */
  products: publicProcedure.query(() => vaccineProducts),
  ...recordProcedures(vaccinations, { beforeWrite: knownProduct }),
  /** Every vaccine group's status and next dose, and each dose's evaluation, for today where the family lives. */
  status: babyProcedure(babyRef).query(async ({ ctx }) => {
    const [doses, me] = await Promise.all([
      ctx.repos.vaccinations.all(ctx.access),
      ctx.repos.users.getOrCreate(ctx.userId, ctx.email),
    ]);
    return vaccinationStatus(ctx.access.baby, doses, todayIn(me.timezone));
  }),
});
