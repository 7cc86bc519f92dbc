import { router } from "../trpc/trpc.ts";
import { accountRouter } from "./account.ts";
import { babiesRouter } from "./babies.ts";
import { caregiversRouter } from "./caregivers.ts";
import { measurementsRouter } from "./measurements.ts";
import { milestonesRouter } from "./milestones.ts";
import { sessionsRouter } from "./sessions.ts";
import { usersRouter } from "./users.ts";
import { vaccinationsRouter } from "./vaccinations.ts";

export const appRouter = router({
  users: usersRouter,
  babies: babiesRouter,
  measurements: measurementsRouter,
  caregivers: caregiversRouter,
  vaccinations: vaccinationsRouter,
  milestones: milestonesRouter,
  account: accountRouter,
  sessions: sessionsRouter,
});
export type AppRouter = typeof appRouter;
