import { type Access, DomainError } from "@upnest/db";
import { choosableConditions } from "@upnest/immunizations";
import {
  type BabyCondition,
  babyHealthIssues,
  babyPageInput,
  babyRef,
  createBabyInput,
  deleteBabyInput,
  pageInput,
  type UpdateBabyInput,
  updateBabyInput,
} from "@upnest/schemas";
import { babyProcedure, protectedProcedure, requireRole, router } from "../trpc/trpc.ts";

const CHOOSABLE = new Set(choosableConditions.map((c) => c.code));
const CHOOSE = "Choose a condition from the list";

/** Each condition is one a family can choose (CDC's list, `choosableConditions`); checked before anything is written. */
function knownConditions(conditions: readonly BabyCondition[] | null | undefined) {
  const unknown = (conditions ?? []).flatMap((c, i) => (CHOOSABLE.has(c.code) ? [] : [i]));
  if (unknown.length > 0) throw new DomainError("invalid", CHOOSE, { fieldErrors: { conditions: [CHOOSE] } });
}

/**
 * The profile after the patch keeps the rules that need the date of birth (a condition not dated before birth,
 * the mother's RSV vaccine during the pregnancy): the patch's fields with the stored ones, checked before writing.
 */
function datesAroundBirth(access: Access, { patch }: UpdateBabyInput) {
  const stored = access.baby;
  const pick = <K extends "conditions" | "maternalRsvVaccine">(k: K) => (patch[k] === undefined ? stored[k] : patch[k]);
  const issues = babyHealthIssues(
    { conditions: pick("conditions"), maternalRsvVaccine: pick("maternalRsvVaccine") },
    patch.dateOfBirth ?? stored.dateOfBirth,
  );
  if (issues.length === 0) return;
  const fieldErrors: Record<string, string[]> = {};
  for (const { path, message } of issues) {
    const field = String(path[0]);
    fieldErrors[field] = [...(fieldErrors[field] ?? []), message];
  }
  throw new DomainError("invalid", issues[0]!.message, { fieldErrors });
}

export const babiesRouter = router({
  list: protectedProcedure.input(pageInput).query(({ ctx, input }) => ctx.repos.babies.list(ctx.userId, input)),
  get: babyProcedure(babyRef).query(({ ctx }) => ctx.repos.babies.get(ctx.access)),
  create: protectedProcedure.input(createBabyInput).mutation(async ({ ctx, input }) => {
    knownConditions(input.conditions);
    // The account must be live (its profile is made on first use): a deleted account's token creates nothing.
    const { displayName, timezone } = await ctx.repos.users.getOrCreate(ctx.userId, ctx.email);
    // The family's day is the creator's until an owner sets the baby's own zone.
    return ctx.repos.babies.create(ctx.userId, { ...input, timeZone: input.timeZone ?? timezone }, displayName);
  }),
  update: babyProcedure(updateBabyInput)
    .use(requireRole("caregiver"))
    .mutation(({ ctx, input }) => {
      knownConditions(input.patch.conditions);
      datesAroundBirth(ctx.access, input);
      return ctx.repos.babies.update(ctx.access, input);
    }),
  /** The history of changes to a baby's records, newest first (owners only). */
  history: babyProcedure(babyPageInput).query(({ ctx, input }) => ctx.repos.audit.list(ctx.access, input)),
  delete: babyProcedure(deleteBabyInput).mutation(async ({ ctx, input }) => {
    await ctx.repos.babies.remove(ctx.access, input);
    return { babyId: input.babyId };
  }),
});
