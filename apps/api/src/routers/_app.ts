import { router } from "../trpc.ts";
import { babiesRouter } from "./babies.ts";
import { caregiversRouter } from "./caregivers.ts";
import { measurementsRouter } from "./measurements.ts";
import { usersRouter } from "./users.ts";
import { vaccinationsRouter } from "./vaccinations.ts";

export const appRouter = router({
  users: usersRouter,
  babies: babiesRouter,
  measurements: measurementsRouter,
  caregivers: caregiversRouter,
  vaccinations: vaccinationsRouter,
});
export type AppRouter = typeof appRouter;
