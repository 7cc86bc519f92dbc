import { DomainError } from "@upnest/db";
import { isKnownCvx, vaccineProducts } from "@upnest/immunizations";
import { addVisitInput, babyRef, vaccinations } from "@upnest/schemas";
import { todayIn } from "../derived/today.ts";
import { vaccinationStatus } from "../derived/vaccination-status.ts";
import { babyProcedure, publicProcedure, requireRole, router } from "../trpc/trpc.ts";
import { familyZone } from "./care.ts";
import { recordProcedures } from "./records.ts";
import { vaccinationImportProcedures } from "./vaccination-imports.ts";
import { vaccinationRecords } from "./vaccination-reads.ts";

const CHOOSE = "Choose a vaccine from the list";

/** The product must be one CDC's data lists; checked before anything is written. */
function knownProduct({ cvx }: { cvx: string }) {
  if (!isKnownCvx(cvx)) throw new DomainError("invalid", CHOOSE, { fieldErrors: { cvx: [CHOOSE] } });
}

export const vaccinationsRouter = router({
  /** The vaccines a family can pick from (name and CVX code). Not user data. */
  products: publicProcedure.query(() => vaccineProducts),
  ...recordProcedures(vaccinations, { beforeWrite: knownProduct }),
  /**
   * The vaccines page in one call, after one membership check (its facts bring the conditions and the mother's
   * RSV vaccine), with the doses and the birth weight read in parallel: the next visits, every group with its
   * status, note and category, and each dose's evaluation, for today where the family lives.
   */
  overview: babyProcedure(babyRef).query(async ({ ctx }) => {
    const [{ doses, birthWeightGrams }, zone] = await Promise.all([
      vaccinationRecords(ctx.repos, ctx.access),
      familyZone(ctx),
    ]);
    const { baby } = ctx.access;
    return {
      ...vaccinationStatus(baby, doses, todayIn(zone), birthWeightGrams),
      birthWeightGrams,
      conditions: baby.conditions ?? [],
    };
  }),
  /** Every vaccine group's status and next dose, and each dose's evaluation (the overview without its extras). */
  status: babyProcedure(babyRef).query(async ({ ctx }) => {
    const [{ doses, birthWeightGrams }, zone] = await Promise.all([
      vaccinationRecords(ctx.repos, ctx.access),
      familyZone(ctx),
    ]);
    return vaccinationStatus(ctx.access.baby, doses, todayIn(zone), birthWeightGrams);
  }),
  /**
   * One visit's doses: the date and clinic once, each vaccine with its lot. Every product is checked before
   * anything is written, each dose counts as one write against the rate limit, and all of them are written in
   * one transaction with their audit events, or none.
   */
  addVisit: babyProcedure(addVisitInput)
    .use(requireRole("caregiver"))
    .mutation(async ({ ctx, input }) => {
      const unknown = input.doses.flatMap((d, i) => (isKnownCvx(d.cvx) ? [] : [i]));
      if (unknown.length > 0) {
        const fieldErrors = Object.fromEntries(unknown.map((i) => [`doses.${i}.cvx`, [CHOOSE]]));
        throw new DomainError("invalid", CHOOSE, { fieldErrors: { ...fieldErrors, doses: [CHOOSE] } });
      }
      // The mutation itself counted one write; the visit's other doses count too, before anything is written.
      if (input.doses.length > 1) await ctx.repos.rateLimit(ctx.userId, ctx.limits.writes, input.doses.length - 1);
      const values = input.doses.map((d) => ({
        dateGiven: input.dateGiven,
        cvx: d.cvx,
        ...(d.lotNumber ? { lotNumber: d.lotNumber } : {}),
        ...(input.clinic ? { clinic: input.clinic } : {}),
      }));
      return ctx.repos.vaccinations.addMany(ctx.access, values, input.idempotencyKey);
    }),
  // Doses from a SMART Health Card or a clinic's FHIR file (vaccination-imports.ts).
  ...vaccinationImportProcedures,
});
