import type { Access } from "@upnest/db";
import {
  type BabyRecordDefinition,
  diapers,
  feedings,
  integrationDiaper,
  integrationDiaperInput,
  integrationDiapers,
  integrationFeeding,
  integrationFeedingInput,
  integrationFeedings,
  integrationLastInput,
  integrationMeasurement,
  integrationMeasurementInput,
  integrationMeasurements,
  integrationSleeps,
  measurements,
  type RecordOf,
  sleeps,
} from "@upnest/schemas";
import { todayIn } from "../derived/today.ts";
import type { Context } from "../trpc/context.ts";
import { babyProcedure, requireRole, router } from "../trpc/trpc.ts";
import { familyZone } from "./care.ts";

/** A REST operation at `/api/v1/babies/{babyId}/<kind>` (integrations/rest.ts serves them; openapi.ts documents them). */
const rest = (method: "GET" | "POST", kind: string, summary: string) => ({
  openapi: { method, path: `/babies/{babyId}/${kind}` as const, summary, tags: [kind], protect: true },
});

/** Timeline kinds share one range (decision 0008): a page of the baby's care log may hold few of one kind. */
const PAGE = 100;
const MAX_PAGES = 10;

/** The newest `limit` records of a kind, newest first (a shared timeline is read page by page until there are enough). */
async function newest<D extends BabyRecordDefinition>(
  ctx: Context & { access: Access },
  definition: D,
  limit: number,
): Promise<{ items: RecordOf<D>[] }> {
  const repository = ctx.repos.records(definition);
  const items: RecordOf<D>[] = [];
  let cursor: string | undefined;
  for (let pages = 0; pages < MAX_PAGES && items.length < limit; pages++) {
    const page = await repository.list(ctx.access, { limit: definition.timeline ? PAGE : limit, cursor });
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
    if (!cursor) break;
  }
  return { items: items.slice(0, limit) };
}

const writes = <S extends Parameters<typeof babyProcedure>[0]>(input: S) =>
  babyProcedure(input).use(requireRole("caregiver"));

/**
 * What an integration (Home Assistant and the like) does with a baby: add a feeding, a diaper, a measurement,
 * and read the newest of each and of sleeps. Each is a baby procedure (the membership check, the role guard, the
 * write limit, the audit event), written through the record type's own repository; a left-out moment is now and
 * a left-out time zone the baby's. The same procedures are the OpenAPI document (`/api/v1/openapi.json`).
 */
export const integrationsRouter = router({
  addFeeding: writes(integrationFeedingInput)
    .meta(rest("POST", "feedings", "Add a feeding"))
    .output(integrationFeeding)
    .mutation(async ({ ctx, input }) => {
      const { babyId: _, idempotencyKey, ...values } = input;
      const moment = { startedAt: values.startedAt ?? new Date().toISOString(), timeZone: await zone(ctx, values) };
      return ctx.repos.records(feedings).add(ctx.access, { ...values, ...moment }, idempotencyKey);
    }),
  addDiaper: writes(integrationDiaperInput)
    .meta(rest("POST", "diapers", "Add a diaper change"))
    .output(integrationDiaper)
    .mutation(async ({ ctx, input }) => {
      const { babyId: _, idempotencyKey, ...values } = input;
      const moment = { at: values.at ?? new Date().toISOString(), timeZone: await zone(ctx, values) };
      return ctx.repos.records(diapers).add(ctx.access, { ...values, ...moment }, idempotencyKey);
    }),
  addMeasurement: writes(integrationMeasurementInput)
    .meta(rest("POST", "measurements", "Add a measurement (weight, length/height, head circumference)"))
    .output(integrationMeasurement)
    .mutation(async ({ ctx, input }) => {
      const { babyId: _, idempotencyKey, ...values } = input;
      const measuredOn = values.measuredOn ?? todayIn(await familyZone(ctx));
      return ctx.repos.measurements.add(ctx.access, { ...values, measuredOn }, idempotencyKey);
    }),
  lastFeedings: babyProcedure(integrationLastInput)
    .meta(rest("GET", "feedings", "The newest feedings, newest first"))
    .output(integrationFeedings)
    .query(({ ctx, input }) => newest(ctx, feedings, input.limit)),
  lastDiapers: babyProcedure(integrationLastInput)
    .meta(rest("GET", "diapers", "The newest diaper changes, newest first"))
    .output(integrationDiapers)
    .query(({ ctx, input }) => newest(ctx, diapers, input.limit)),
  lastSleeps: babyProcedure(integrationLastInput)
    .meta(rest("GET", "sleeps", "The newest sleeps, newest first"))
    .output(integrationSleeps)
    .query(({ ctx, input }) => newest(ctx, sleeps, input.limit)),
  lastMeasurements: babyProcedure(integrationLastInput)
    .meta(rest("GET", "measurements", "The newest measurements, newest first"))
    .output(integrationMeasurements)
    .query(({ ctx, input }) => newest(ctx, measurements, input.limit)),
});

/** The zone a record was logged in: the one sent, else the family's. */
const zone = async (ctx: Parameters<typeof familyZone>[0], values: { timeZone?: string | undefined }) =>
  values.timeZone ?? (await familyZone(ctx));
