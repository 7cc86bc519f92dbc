import { z } from "zod";
import { diaperFields, diaperRecord, feedingFields, feedingRecord, instant, sleepRecord } from "./care.ts";
import { id, idempotencyKey } from "./common.ts";
import { measuredOn, measurement, measurementFields } from "./measurement.ts";
import { timezone } from "./user.ts";

// The REST operations an integration uses (`/api/v1`, with an API key): each kind's own values (the registry's
// definitions check them again when written), except that the moment defaults to now and the time zone to the
// baby's, so a button in Home Assistant can send `{"contents":"wet"}` and nothing else.

const when = {
  timeZone: timezone.optional().meta({ description: "IANA time zone; the baby's when left out" }),
  idempotencyKey: idempotencyKey.optional().meta({ description: "Send the same key again to retry safely" }),
};
const now = instant.optional().meta({ description: "ISO 8601 in UTC; now when left out" });

const extra = { babyId: id, idempotencyKey: when.idempotencyKey };

/**
 * The rest of a kind's rules (its refinements across fields) for its values with some fields made optional:
 * checked as the kind checks them, with `defaults` standing in for the fields left out.
 */
function sameRules(values: z.ZodObject, defaults: Record<string, () => unknown>) {
  const shape = values.shape as Record<string, z.ZodType>;
  return (payload: z.core.ParsePayload<Record<string, unknown>>) => {
    const given = payload.value;
    const filled: Record<string, unknown> = { ...given };
    for (const [field, make] of Object.entries(defaults)) filled[field] = filled[field] ?? make();
    for (const issue of values.safeParse(filled).error?.issues ?? []) {
      const field = String(issue.path[0]);
      if (field in defaults && given[field] === undefined) continue; // a default stood in for it
      // A field that fails its own schema is already reported by it: only the rules across fields are added here.
      if (shape[field]?.safeParse(given[field]).success === false) continue;
      payload.issues.push({ code: "custom", path: issue.path, message: issue.message, input: given });
    }
  };
}
const nowIso = () => new Date().toISOString();
const UTC = () => "UTC";

export const integrationFeedingInput = z
  .object({ ...feedingFields.shape, ...extra, startedAt: now, timeZone: when.timeZone })
  .check(sameRules(feedingFields, { startedAt: nowIso, timeZone: UTC }));
export const integrationDiaperInput = z
  .object({ ...diaperFields.shape, ...extra, at: now, timeZone: when.timeZone })
  .check(sameRules(diaperFields, { at: nowIso, timeZone: UTC }));
export const integrationMeasurementInput = z
  .object({
    ...measurementFields.shape,
    ...extra,
    measuredOn: measuredOn.optional().meta({ description: "YYYY-MM-DD; today on the baby's clock when left out" }),
  })
  .check(sameRules(measurementFields, { measuredOn: () => nowIso().slice(0, 10) }));
export type IntegrationFeedingInput = z.output<typeof integrationFeedingInput>;
export type IntegrationDiaperInput = z.output<typeof integrationDiaperInput>;
export type IntegrationMeasurementInput = z.output<typeof integrationMeasurementInput>;

/** The newest records of a kind: `limit` of them (1–100, 10 by default), newest first. */
export const integrationLastInput = z.object({
  babyId: id,
  // A query string's digits are read as a number by the REST layer (integrations/rest.ts), never coerced here.
  limit: z
    .number({ error: "Limit must be 1–100" })
    .int({ error: "Limit must be 1–100" })
    .min(1, { error: "Limit must be 1–100" })
    .max(100, { error: "Limit must be 1–100" })
    .default(10),
});

const newest = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });
export const integrationFeedings = newest(feedingRecord);
export const integrationDiapers = newest(diaperRecord);
export const integrationSleeps = newest(sleepRecord);
export const integrationMeasurements = newest(measurement);
export {
  diaperRecord as integrationDiaper,
  feedingRecord as integrationFeeding,
  measurement as integrationMeasurement,
};
