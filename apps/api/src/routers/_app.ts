import { type BabyRecordDefinition, babyRecordTypes } from "@upnest/schemas";
import { router } from "../trpc/trpc.ts";
import { accountRouterFor } from "./account.ts";
import { babiesRouter } from "./babies.ts";
import { caregiversRouter } from "./caregivers.ts";
import { measurementsRouter } from "./measurements.ts";
import { milestonesRouter } from "./milestones.ts";
import { sessionsRouter } from "./sessions.ts";
import { usersRouter } from "./users.ts";
import { vaccinationsRouter } from "./vaccinations.ts";

/**
 * The API over a record registry: each type's router (here the three types' own, built on
 * `recordProcedures`), and account export, import and CSV over every type in the registry. A test adds a
 * type by passing a longer registry and merging that type's `recordProcedures` in.
 */
export function createAppRouter<const R extends readonly [BabyRecordDefinition, ...BabyRecordDefinition[]]>(
  registry: R,
) {
  return router({
    users: usersRouter,
    babies: babiesRouter,
    measurements: measurementsRouter,
    caregivers: caregiversRouter,
    vaccinations: vaccinationsRouter,
    milestones: milestonesRouter,
    account: accountRouterFor(registry),
    sessions: sessionsRouter,
  });
}

export const appRouter = createAppRouter(babyRecordTypes);
export type AppRouter = typeof appRouter;
