import type { CareEntry } from "@upnest/care";
import { DomainError } from "@upnest/db";
import {
  babyRef,
  cancelTimerInput,
  notBeforeBirth,
  startTimerInput,
  stopTimerInput,
  switchTimerSideInput,
} from "@upnest/schemas";
import { definitionOfTimer, endOf, entryOfTimer } from "../derived/timer-entry.ts";
import { babyProcedure, requireRole, router } from "../trpc/trpc.ts";

const writes = <S extends Parameters<typeof babyProcedure>[0]>(input: S) =>
  babyProcedure(input).use(requireRole("caregiver"));
const refuse = (field: string, message: string) =>
  new DomainError("invalid", message, { fieldErrors: { [field]: [message] } });
const notBeforeBirthOf = notBeforeBirth("startedAt", "Start");

/**
 * The baby's running timers, shared by every caregiver (packages/db `timersRepository`): started on one phone,
 * seen and stopped on another; stopping records the feeding, sleep, tummy time or pumping session.
 */
export const timersRouter = router({
  list: babyProcedure(babyRef).query(({ ctx }) => ctx.repos.timers.list(ctx.access)),

  start: writes(startTimerInput).mutation(async ({ ctx, input }) => {
    if (input.kind === "feeding" && !input.side) throw refuse("side", "Say which side");
    const startedAt = input.startedAt ?? new Date().toISOString();
    const problem = notBeforeBirthOf(ctx.access.baby, { startedAt });
    if (problem) throw refuse(problem.field, problem.message);
    return ctx.repos.timers.start(ctx.access, { ...input, startedAt });
  }),

  switchSide: writes(switchTimerSideInput).mutation(({ ctx, input }) =>
    ctx.repos.timers.switchSide(ctx.access, input.kind, input.version, input.side),
  ),

  /** Stops a timer and records what it timed; a timer left running far too long needs its real end. */
  stop: writes(stopTimerInput).mutation(async ({ ctx, input }) => {
    const repository = ctx.repos.records(definitionOfTimer(input.kind));
    const record = await ctx.repos.timers.stop(
      ctx.access,
      input.kind,
      input.version,
      (running) => {
        const endedAt = endOf(running, input.endedAt, new Date());
        const parsed = repository.definition.values.safeParse(entryOfTimer(running, { ...input, endedAt }));
        if (!parsed.success) {
          const issue = parsed.error.issues[0];
          throw refuse(String(issue?.path[0] ?? "endedAt"), issue?.message ?? "This timer cannot be saved");
        }
        return repository.creation(ctx.access, parsed.data);
      },
      (id) => repository.get(ctx.access, id),
      input.idempotencyKey,
    );
    return { kind: repository.definition.kind, record } as CareEntry;
  }),

  cancel: writes(cancelTimerInput).mutation(async ({ ctx, input }) => {
    await ctx.repos.timers.cancel(ctx.access, input.kind, input.version);
    return { kind: input.kind };
  }),
});
