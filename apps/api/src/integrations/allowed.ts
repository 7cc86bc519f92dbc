/**
 * What an API key may call: the REST operations an integration needs (the `integrations` router, served at
 * `/api/v1`) and a few reads of its baby. Everything else (the account, profiles, caregivers, the keys themselves,
 * export and import, every other write) is FORBIDDEN to a key, whatever its scope. Each of these is a baby
 * procedure, so the key's own baby is the only one it reaches (`routers/api-keys.db.test.ts` walks the router).
 */
export const KEY_PROCEDURES: ReadonlySet<string> = new Set([
  "integrations.addFeeding",
  "integrations.addDiaper",
  "integrations.addMeasurement",
  "integrations.lastFeedings",
  "integrations.lastDiapers",
  "integrations.lastSleeps",
  "integrations.lastMeasurements",
  "babies.get",
  "care.day",
  "care.changes",
]);

export const keyMayCall = (path: string) => KEY_PROCEDURES.has(path);

/** Unknown, revoked, or its owner no longer an owner or caregiver of the baby. */
export const API_KEY_REFUSED = "This API key is not valid. It may have been revoked.";
export const API_KEY_NOT_HERE = "An API key cannot be used for this";
