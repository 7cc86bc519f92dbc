import { dumpTable } from "@upnest/db/testing";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { z } from "zod";
import { createHarness, type Harness } from "../testing/harness.ts";
import {
  HAND_PROCEDURES,
  procedureOf,
  REGISTRY_PROCEDURES,
  type RecordIds,
  seedEveryType,
} from "../testing/registry-procedures.ts";
import { appRouter } from "./_app.ts";

/**
 * Property-based fuzzing of every procedure's input, as the baby's owner (so
 * only validation stands between bad input and a write): a valid input with
 * one field made wrong (wrong type, oversized, out of range, NaN, huge array,
 * odd unicode), with prototype-pollution keys mixed in, must be a BAD_REQUEST
 * with field messages; arbitrary values must never cause a server error; and
 * nothing is ever written. The record registry's procedures are fuzzed from
 * each type's example (packages/schemas, `defineBabyRecord`), so a new type
 * is covered with no edit here.
 */
type Ids = RecordIds & { invitationId: string; userId: string; sessionId: string };
/** The procedures no registry definition gives, each with a valid input (null: it takes none). */
const HAND: Record<string, ((i: Ids) => Record<string, unknown>) | null> = {
  "users.me": null,
  "users.updateProfile": () => ({ version: 1, units: "metric", timezone: "UTC", displayName: "Pat" }),
  "babies.list": () => ({ limit: 10 }),
  "babies.get": (i) => ({ babyId: i.babyId }),
  "babies.create": () => ({ name: "Ada", dateOfBirth: "2026-01-01", sex: "female", gestationalAgeWeeks: 39 }),
  "babies.update": (i) => ({ babyId: i.babyId, version: 1, patch: { name: "Ada" } }),
  "babies.history": (i) => ({ babyId: i.babyId, limit: 10 }),
  "babies.delete": (i) => ({ babyId: i.babyId, version: 1 }),
  "measurements.chart": (i) => ({ babyId: i.babyId, chart: "weight", range: "adult" }),
  "measurements.insights": (i) => ({ babyId: i.babyId }),
  "caregivers.list": (i) => ({ babyId: i.babyId }),
  "caregivers.invite": (i) => ({ babyId: i.babyId, role: "viewer", validForHours: 24 }),
  "caregivers.invitations": (i) => ({ babyId: i.babyId }),
  "caregivers.cancelInvitation": (i) => ({ babyId: i.babyId, invitationId: i.invitationId }),
  "caregivers.accept": () => ({ token: "A".repeat(43) }),
  "caregivers.preview": () => ({ token: "A".repeat(43) }),
  "caregivers.changeRole": (i) => ({ babyId: i.babyId, userId: i.userId, role: "owner" }),
  "caregivers.remove": (i) => ({ babyId: i.babyId, userId: i.userId }),
  "vaccinations.products": null,
  "vaccinations.status": (i) => ({ babyId: i.babyId }),
  "vaccinations.overview": (i) => ({ babyId: i.babyId }),
  "vaccinations.addVisit": (i) => ({
    babyId: i.babyId,
    dateGiven: "2026-03-10",
    clinic: "Clinic",
    doses: [{ cvx: "20", lotNumber: "L1" }, { cvx: "10" }],
  }),
  "milestones.view": (i) => ({ babyId: i.babyId }),
  "milestones.mark": (i) => ({
    babyId: i.babyId,
    milestoneId: "m02-social-calms-when-spoken-to",
    achievedOn: "2026-02-01",
    notes: "n",
  }),
  "milestones.addCustom": (i) => ({ babyId: i.babyId, title: "Swim", achievedOn: "2026-02-01" }),
  "account.export": null,
  "account.csv": (i) => ({ babyId: i.babyId, kind: "measurements" }),
  "account.import": () => ({
    document: { format: "upnest-export", version: 1, exportedAt: "x", profile: {}, babies: [] },
    idempotencyKey: "fuzz-key-0001",
  }),
  "account.importMeasurements": (i) => ({
    babyId: i.babyId,
    rows: [{ measuredOn: "2026-02-01", weightKg: "4" }],
    dryRun: true,
  }),
  "account.deletionPreview": null,
  "account.delete": () => ({ confirm: "DELETE" }),
  "sessions.list": null,
  "sessions.end": (i) => ({ sessionId: i.sessionId }),
  "sessions.endAll": () => ({ confirm: "everywhere" }),
  "care.day": (i) => ({ babyId: i.babyId, day: "2026-02-01" }),
  "care.range": (i) => ({ babyId: i.babyId, from: "2026-02-01", to: "2026-02-07", limit: 10 }),
  "care.changes": (i) => ({ babyId: i.babyId, since: "marker" }),
  "care.zone": (i) => ({ babyId: i.babyId }),
  "health.overview": (i) => ({ babyId: i.babyId }),
  "timers.list": (i) => ({ babyId: i.babyId }),
  "timers.start": (i) => ({
    babyId: i.babyId,
    kind: "feeding",
    timeZone: "America/Chicago",
    startedAt: "2026-02-01T10:00:00.000Z",
    side: "left",
  }),
  "timers.switchSide": (i) => ({ babyId: i.babyId, kind: "feeding", version: 1, side: "right" }),
  "timers.stop": (i) => ({
    babyId: i.babyId,
    kind: "sleep",
    version: 1,
    endedAt: "2026-02-01T10:30:00.000Z",
    sleepKind: "nap",
    amountMl: 60,
    notes: "n",
    idempotencyKey: "fuzz-stop-0001",
  }),
  "timers.cancel": (i) => ({ babyId: i.babyId, kind: "feeding", version: 1 }),
  "report.data": (i) => ({ babyId: i.babyId, from: "2026-01-10", to: "2026-12-31" }),
  "reminders.vapidPublicKey": null,
  "reminders.subscribe": () => ({
    endpoint: "https://fcm.googleapis.com/fcm/send/fuzz",
    keys: { p256dh: `B${"A".repeat(86)}`, auth: "A".repeat(22) },
    device: "Fuzz browser",
  }),
  "reminders.unsubscribe": () => ({ endpoint: "https://fcm.googleapis.com/fcm/send/fuzz" }),
  "reminders.devices": null,
  "reminders.calendar": null,
  "reminders.createCalendar": () => ({ confirm: "new-url" }),
  "reminders.revokeCalendar": null,
  "reminders.sendTest": null,
  "reminders.upcoming": (i) => ({ babyId: i.babyId }),
  // API keys (owners, on the web) and the REST operations an integration calls with one.
  "apiKeys.list": (i) => ({ babyId: i.babyId }),
  "apiKeys.create": (i) => ({ babyId: i.babyId, name: "Hub", scope: "read" }),
  "apiKeys.revoke": (i) => ({ babyId: i.babyId, keyId: i.invitationId }),
  "integrations.addFeeding": (i) => ({
    babyId: i.babyId,
    startedAt: "2026-02-01T10:00:00.000Z",
    timeZone: "America/Chicago",
    method: "bottle",
    amountMl: 90,
    milk: "formula",
    notes: "n",
    idempotencyKey: "fuzz-feed-0001",
  }),
  "integrations.addDiaper": (i) => ({
    babyId: i.babyId,
    at: "2026-02-01T10:00:00.000Z",
    timeZone: "America/Chicago",
    contents: "dirty",
    colour: "yellow",
    consistency: "soft",
    rash: false,
    notes: "n",
  }),
  "integrations.addMeasurement": (i) => ({
    babyId: i.babyId,
    measuredOn: "2026-02-01",
    weightKg: 4,
    lengthCm: 50,
    lengthMethod: "lying",
    headCircumferenceCm: 35,
    notes: "n",
  }),
  "integrations.lastFeedings": (i) => ({ babyId: i.babyId, limit: 5 }),
  "integrations.lastDiapers": (i) => ({ babyId: i.babyId, limit: 5 }),
  "integrations.lastSleeps": (i) => ({ babyId: i.babyId, limit: 5 }),
  "integrations.lastMeasurements": (i) => ({ babyId: i.babyId, limit: 5 }),
};
const VALID: Record<string, ((i: Ids) => Record<string, unknown>) | null> = {
  ...Object.fromEntries(Object.entries(REGISTRY_PROCEDURES).map(([path, p]) => [path, p.input])),
  ...HAND,
  ...Object.fromEntries(Object.entries(HAND_PROCEDURES).map(([path, p]) => [path, p.input])),
};

/** A value that no field of this type accepts. */
function wrongFor(value: unknown): fc.Arbitrary<unknown> {
  const junk = [
    fc.constant(null),
    fc.constant(undefined).map(() => ({ nested: { deep: [1, 2, 3] } })),
    fc.array(fc.anything(), { minLength: 1, maxLength: 5 }),
  ];
  if (typeof value === "string")
    return fc.oneof(
      fc.integer(),
      fc.boolean(),
      fc.string({ unit: "grapheme", minLength: 1200, maxLength: 1500 }).map((s) => s.padEnd(20_000, "x")),
      ...junk,
    );
  if (typeof value === "number")
    return fc.oneof(
      fc.string(),
      fc.constant(Number.NaN),
      fc.constant(Number.POSITIVE_INFINITY),
      fc.constantFrom(-1e308, 1e308, -1),
      fc.boolean(),
      ...junk,
    );
  if (typeof value === "boolean") return fc.oneof(fc.string({ minLength: 1 }), fc.integer(), ...junk);
  if (Array.isArray(value))
    return fc.oneof(
      fc.string(),
      fc.integer(),
      fc.constant(Array.from({ length: 5000 }, () => ({ measuredOn: "x" }))),
      // An empty list is wrong where rows are needed; a list of words (foods, allergens) may be empty, not junk.
      typeof value[0] === "object" ? fc.constant([]) : fc.constantFrom([null], [12_345], ["x".repeat(20_000)]),
    );
  return fc.oneof(fc.string(), fc.integer(), fc.array(fc.integer(), { maxLength: 3 }));
}

const POLLUTION = ["__proto__", "constructor", "prototype"];

function corrupted(valid: Record<string, unknown>) {
  const fields = Object.keys(valid);
  return fc.tuple(fc.constantFrom(...fields), fc.boolean()).chain(([field, pollute]) =>
    wrongFor(valid[field]).map((bad) => {
      const input: Record<string, unknown> = JSON.parse(JSON.stringify(valid));
      input[field] = bad;
      if (pollute)
        for (const key of POLLUTION)
          Object.defineProperty(input, key, {
            value: { polluted: true, isAdmin: true },
            enumerable: true,
            configurable: true,
            writable: true,
          });
      return input;
    }),
  );
}

let h: Harness;
let owner: Awaited<ReturnType<Harness["user"]>>;
let ids: Ids;
beforeAll(async () => {
  // Some 25 000 calls in a minute or two: the request limits are out of the way (limits.db.test.ts tries them).
  const unlimited = { limit: 1_000_000, windowSeconds: 60 };
  h = await createHarness(inject("dynamoEndpoint"), { writes: unlimited, reads: unlimited });
  owner = await h.user("fuzz");
  const { babyId } = await owner.caller.babies.create({ name: "Fuzz", dateOfBirth: "2026-01-01", sex: "male" });
  const records = await seedEveryType(h.services.repos, await h.services.repos.babies.access(owner.userId, babyId));
  const inv = await owner.caller.caregivers.invite({ babyId, role: "viewer" });
  ids = {
    ...records,
    invitationId: inv.invitation.invitationId,
    userId: owner.userId,
    sessionId: (await owner.caller.sessions.list())[0]?.sessionId ?? "",
  };
});
afterAll(() => h.close());

const outcome = (p: Promise<unknown>): Promise<{ code: string; cause?: unknown }> =>
  p.then(
    () => ({ code: "OK" }),
    (e: { code?: string; cause?: unknown }) => ({ code: e.code ?? "THROWN", cause: e.cause }),
  );

it("every procedure is fuzzed", () => {
  expect(Object.keys(appRouter._def.procedures).sort()).toEqual(Object.keys(VALID).sort());
});

describe("fuzzing every procedure's input", () => {
  for (const [path, valid] of Object.entries(VALID)) {
    it(`${path}: bad input is BAD_REQUEST with field messages, nothing else is ever a server error, and nothing is written`, async () => {
      const call = procedureOf(owner.caller, path);
      const before = await dumpTable(h.table);
      if (valid) {
        await fc.assert(
          fc.asyncProperty(corrupted(valid(ids)), async (input) => {
            const result = await outcome(call(input));
            expect(result.code).toBe("BAD_REQUEST");
            // The client is told which field is wrong, in words.
            const issues = result.cause instanceof z.ZodError ? result.cause.issues : [];
            expect(issues.length).toBeGreaterThan(0);
            expect(issues.every((issue) => issue.message.length > 0)).toBe(true);
          }),
          { numRuns: 200 },
        );
      }
      await fc.assert(
        fc.asyncProperty(
          fc.anything({ withObjectString: true, withNullPrototype: true, maxDepth: 3 }),
          async (input) => {
            const result = await outcome(call(input));
            expect(result.code).not.toBe("INTERNAL_SERVER_ERROR");
          },
        ),
        { numRuns: valid ? 50 : 200 },
      );
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      const after = await dumpTable(h.table);
      // Only a procedure without input can succeed here (e.g. users.me): nothing else may change the table.
      expect(after).toEqual(before);
    }, 120_000);
  }
});
