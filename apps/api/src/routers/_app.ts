import { type BabyRecordDefinition, babyRecordTypes } from "@upnest/schemas";
import { router } from "../trpc/trpc.ts";
import { accountRouterFor } from "./account.ts";
import { apiKeysRouter } from "./api-keys.ts";
import { babiesRouter } from "./babies.ts";
import { careRouter } from "./care.ts";
import { caregiversRouter } from "./caregivers.ts";
import { fhirRouter } from "./fhir.ts";
import { healthRouter, medicineDosesRouter } from "./health.ts";
import { importsRouter } from "./imports.ts";
import { integrationsRouter } from "./integrations.ts";
import { measurementsRouter } from "./measurements.ts";
import { milestonesRouter } from "./milestones.ts";
import { recordProcedures } from "./records.ts";
import { remindersRouter } from "./reminders.ts";
import { reportRouter } from "./report.ts";
import { sessionsRouter } from "./sessions.ts";
import { timersRouter } from "./timers.ts";
import { usersRouter } from "./users.ts";
import { vaccinationsRouter } from "./vaccinations.ts";

/** The types whose routers add to their registry procedures (scores, product checks, marking, a dose's course). */
const OWN_ROUTERS = ["measurements", "vaccinations", "milestones", "medicineDoses"] as const;
type Own = (typeof OWN_ROUTERS)[number];
const recordRouter = <D extends BabyRecordDefinition>(definition: D) => router(recordProcedures(definition));
type RecordRouters<R extends readonly BabyRecordDefinition[]> = {
  [D in R[number] as D["kind"] extends Own ? never : D["kind"]]: ReturnType<typeof recordRouter<D>>;
};

/**
 * The API over a record registry: every type gets its router from its definition (`recordProcedures`),
 * except those whose own routers build on it; account export, import and CSV cover every type.
 */
export function createAppRouter<const R extends readonly [BabyRecordDefinition, ...BabyRecordDefinition[]]>(
  registry: R,
) {
  const generic = Object.fromEntries(
    registry.filter((d) => !(OWN_ROUTERS as readonly string[]).includes(d.kind)).map((d) => [d.kind, recordRouter(d)]),
  ) as RecordRouters<R>;
  return router({
    ...generic,
    users: usersRouter,
    babies: babiesRouter,
    measurements: measurementsRouter,
    caregivers: caregiversRouter,
    vaccinations: vaccinationsRouter,
    milestones: milestonesRouter,
    account: accountRouterFor(registry),
    sessions: sessionsRouter,
    care: careRouter,
    timers: timersRouter,
    report: reportRouter,
    medicineDoses: medicineDosesRouter,
    health: healthRouter,
    reminders: remindersRouter,
    imports: importsRouter,
    fhir: fhirRouter,
    // API keys for integrations (owners, on the web) and the operations a key may call (REST at /api/v1).
    apiKeys: apiKeysRouter,
    integrations: integrationsRouter,
  });
}

export const appRouter = createAppRouter(babyRecordTypes);
export type AppRouter = typeof appRouter;
