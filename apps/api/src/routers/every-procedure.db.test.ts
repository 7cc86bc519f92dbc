import { dumpTable } from "@upnest/db/testing";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { KEY_PROCEDURES } from "../integrations/allowed.ts";
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
 * Every procedure of the router, tried against another family's ids by a
 * stranger, a revoked caregiver and a viewer. The record registry's procedures
 * (`feedings.add`, …) come from its definitions, with calls built from each
 * type's example; any other procedure added to the router without an entry
 * here fails the first test, so none can escape.
 */
type User = Awaited<ReturnType<Harness["user"]>>;
type Ids = RecordIds & { invitationId: string; ownerId: string; keyId: string };
type Attack = { call: (c: User["caller"], ids: Ids) => Promise<unknown>; write: boolean; ownersOnly?: boolean };

/** The registry's procedures, each called with a valid input for the victim's baby and records. */
const REGISTRY: Record<string, Attack> = Object.fromEntries(
  Object.entries(REGISTRY_PROCEDURES).map(([path, p]) => [
    path,
    { write: p.write, call: (c: User["caller"], ids: Ids) => procedureOf(c, path)(p.input(ids)) },
  ]),
);

/** The procedures no registry definition gives: each by hand. */
const HAND: Record<string, Attack | "own-data-only"> = {
  "users.me": "own-data-only",
  "users.updateProfile": "own-data-only",
  "babies.list": "own-data-only",
  "babies.create": "own-data-only",
  "vaccinations.products": "own-data-only",
  "account.export": "own-data-only",
  "account.import": "own-data-only",
  "account.deletionPreview": "own-data-only",
  "account.delete": "own-data-only",
  // Public: without a link's secret it answers null (src/attacks/invitations.db.test.ts walks it).
  "caregivers.preview": "own-data-only",
  // Keyed by the caller's own id; ending another user's session by its id is tried in attacks/sessions.db.test.ts.
  "sessions.list": "own-data-only",
  "sessions.end": "own-data-only",
  "sessions.endAll": "own-data-only",
  // A person's own devices, calendar feed and test message (keyed by the caller's id; reminders.db.test.ts).
  "reminders.vapidPublicKey": "own-data-only",
  "reminders.subscribe": "own-data-only",
  "reminders.unsubscribe": "own-data-only",
  "reminders.devices": "own-data-only",
  "reminders.calendar": "own-data-only",
  "reminders.createCalendar": "own-data-only",
  "reminders.revokeCalendar": "own-data-only",
  "reminders.sendTest": "own-data-only",
  "reminders.upcoming": { write: false, call: (c, i) => c.reminders.upcoming({ babyId: i.babyId }) },
  "babies.get": { write: false, call: (c, i) => c.babies.get({ babyId: i.babyId }) },
  "babies.update": {
    write: true,
    call: (c, i) => c.babies.update({ babyId: i.babyId, version: 1, patch: { name: "Taken" } }),
  },
  "babies.history": {
    write: false,
    ownersOnly: true,
    call: (c, i) => c.babies.history({ babyId: i.babyId, limit: 10 }),
  },
  "babies.delete": { write: true, call: (c, i) => c.babies.delete({ babyId: i.babyId, version: 1 }) },
  "measurements.chart": { write: false, call: (c, i) => c.measurements.chart({ babyId: i.babyId, chart: "weight" }) },
  "measurements.insights": { write: false, call: (c, i) => c.measurements.insights({ babyId: i.babyId }) },
  "caregivers.list": { write: false, call: (c, i) => c.caregivers.list({ babyId: i.babyId }) },
  "caregivers.invite": { write: true, call: (c, i) => c.caregivers.invite({ babyId: i.babyId, role: "caregiver" }) },
  "caregivers.invitations": {
    write: false,
    ownersOnly: true,
    call: (c, i) => c.caregivers.invitations({ babyId: i.babyId }),
  },
  "caregivers.cancelInvitation": {
    write: true,
    call: (c, i) => c.caregivers.cancelInvitation({ babyId: i.babyId, invitationId: i.invitationId }),
  },
  "caregivers.accept": { write: true, call: (c) => c.caregivers.accept({ token: "A".repeat(43) }) },
  "caregivers.changeRole": {
    write: true,
    call: (c, i) => c.caregivers.changeRole({ babyId: i.babyId, userId: i.ownerId, role: "viewer" }),
  },
  "caregivers.remove": { write: true, call: (c, i) => c.caregivers.remove({ babyId: i.babyId, userId: i.ownerId }) },
  "vaccinations.status": { write: false, call: (c, i) => c.vaccinations.status({ babyId: i.babyId }) },
  "vaccinations.overview": { write: false, call: (c, i) => c.vaccinations.overview({ babyId: i.babyId }) },
  "vaccinations.addVisit": {
    write: true,
    call: (c, i) =>
      c.vaccinations.addVisit({ babyId: i.babyId, dateGiven: "2026-03-10", doses: [{ cvx: "20" }, { cvx: "10" }] }),
  },
  "milestones.view": { write: false, call: (c, i) => c.milestones.view({ babyId: i.babyId }) },
  "milestones.mark": {
    write: true,
    call: (c, i) =>
      c.milestones.mark({ babyId: i.babyId, milestoneId: "m02-social-calms-when-spoken-to", achievedOn: "2026-02-03" }),
  },
  "milestones.addCustom": {
    write: true,
    call: (c, i) => c.milestones.addCustom({ babyId: i.babyId, title: "Mine", achievedOn: "2026-02-03" }),
  },
  "account.csv": { write: false, call: (c, i) => c.account.csv({ babyId: i.babyId, kind: "measurements" }) },
  "account.importMeasurements": {
    write: true,
    call: (c, i) =>
      c.account.importMeasurements({ babyId: i.babyId, rows: [{ measuredOn: "2026-02-03", weightKg: "5" }] }),
  },
  "care.day": { write: false, call: (c, i) => c.care.day({ babyId: i.babyId }) },
  "care.range": {
    write: false,
    call: (c, i) => c.care.range({ babyId: i.babyId, from: "2026-02-01", to: "2026-02-07" }),
  },
  "care.changes": { write: false, call: (c, i) => c.care.changes({ babyId: i.babyId }) },
  "care.zone": { write: false, call: (c, i) => c.care.zone({ babyId: i.babyId }) },
  "health.overview": { write: false, call: (c, i) => c.health.overview({ babyId: i.babyId }) },
  "timers.list": { write: false, call: (c, i) => c.timers.list({ babyId: i.babyId }) },
  "timers.start": {
    write: true,
    call: (c, i) => c.timers.start({ babyId: i.babyId, kind: "sleep", timeZone: "America/Chicago" }),
  },
  "timers.switchSide": {
    write: true,
    call: (c, i) => c.timers.switchSide({ babyId: i.babyId, kind: "feeding", version: 1, side: "right" }),
  },
  "timers.stop": { write: true, call: (c, i) => c.timers.stop({ babyId: i.babyId, kind: "feeding", version: 1 }) },
  "timers.cancel": { write: true, call: (c, i) => c.timers.cancel({ babyId: i.babyId, kind: "feeding", version: 1 }) },
  "report.data": {
    write: false,
    call: (c, i) => c.report.data({ babyId: i.babyId, from: "2026-01-10", to: "2026-12-31" }),
  },
  // API keys (owners, on the web) and the REST operations an integration calls with one.
  "apiKeys.list": { write: false, ownersOnly: true, call: (c, i) => c.apiKeys.list({ babyId: i.babyId }) },
  "apiKeys.create": {
    write: true,
    call: (c, i) => c.apiKeys.create({ babyId: i.babyId, name: "Taken", scope: "read-write" }),
  },
  "apiKeys.revoke": { write: true, call: (c, i) => c.apiKeys.revoke({ babyId: i.babyId, keyId: i.keyId }) },
  "integrations.addFeeding": {
    write: true,
    call: (c, i) => c.integrations.addFeeding({ babyId: i.babyId, method: "bottle", amountMl: 60 }),
  },
  "integrations.addDiaper": {
    write: true,
    call: (c, i) => c.integrations.addDiaper({ babyId: i.babyId, contents: "wet" }),
  },
  "integrations.addMeasurement": {
    write: true,
    call: (c, i) => c.integrations.addMeasurement({ babyId: i.babyId, measuredOn: "2026-02-03", weightKg: 5 }),
  },
  "integrations.lastFeedings": { write: false, call: (c, i) => c.integrations.lastFeedings({ babyId: i.babyId }) },
  "integrations.lastDiapers": { write: false, call: (c, i) => c.integrations.lastDiapers({ babyId: i.babyId }) },
  "integrations.lastSleeps": { write: false, call: (c, i) => c.integrations.lastSleeps({ babyId: i.babyId }) },
  "integrations.lastMeasurements": {
    write: false,
    call: (c, i) => c.integrations.lastMeasurements({ babyId: i.babyId }),
  },
};
/** Those listed once in testing/registry-procedures.ts. */
const LISTED: Record<string, Attack> = Object.fromEntries(
  Object.entries(HAND_PROCEDURES).map(([path, p]) => [
    path,
    { write: p.write, call: (c: User["caller"], ids: Ids) => procedureOf(c, path)(p.input(ids)) },
  ]),
);
const ATTACKS: Record<string, Attack | "own-data-only"> = { ...REGISTRY, ...HAND, ...LISTED };

let h: Harness;
let ids: Ids;
let victim: User;
let readKey: User["caller"];
const attackers: Record<"stranger" | "revoked caregiver" | "viewer", User> = {} as never;

beforeAll(async () => {
  h = await createHarness(inject("dynamoEndpoint"));
  victim = await h.user("victim");
  const baby = await victim.caller.babies.create({ name: "Victim", dateOfBirth: "2026-01-10", sex: "female" });
  const babyId = baby.babyId;
  // A record of every registry type, and a running feeding timer, for the calls to name.
  const records = await seedEveryType(h.services.repos, await h.services.repos.babies.access(victim.userId, babyId));
  await victim.caller.timers.start({ babyId, kind: "feeding", timeZone: "America/Chicago", side: "left" });
  const invite = await victim.caller.caregivers.invite({ babyId, role: "viewer" });
  const key = await victim.caller.apiKeys.create({ babyId, name: "Victim's hub", scope: "read-write" });
  ids = { ...records, invitationId: invite.invitation.invitationId, ownerId: victim.userId, keyId: key.key.keyId };
  // A read key of the victim's own baby: it may read what an integration reads, and nothing else at all.
  readKey = await h.callerWith(
    `Bearer ${(await victim.caller.apiKeys.create({ babyId, name: "Display", scope: "read" })).secret}`,
  );
  attackers.stranger = await h.user("stranger");
  attackers["revoked caregiver"] = await h.user("revoked");
  attackers.viewer = await h.user("viewer");
  for (const [who, role] of [
    ["revoked caregiver", "caregiver"],
    ["viewer", "viewer"],
  ] as const) {
    const { token } = await victim.caller.caregivers.invite({ babyId, role });
    await attackers[who].caller.caregivers.accept({ token });
  }
  await victim.caller.caregivers.remove({ babyId, userId: attackers["revoked caregiver"].userId });
});
afterAll(() => h.close());

/** The victim family's items: anything keyed to the victim or their baby. */
const victimItems = async () =>
  (await dumpTable(h.table)).filter(
    (i) =>
      [victim.userId, ids.babyId].some((k) => JSON.stringify([i.PK, i.SK]).includes(k)) &&
      !String(i.SK).startsWith("AUDIT#"),
  );

it("every procedure of the router is covered, the registry's from its definitions", () => {
  expect(Object.keys(REGISTRY)).toEqual(
    expect.arrayContaining(["feedings.add", "customEntries.delete", "milestones.list"]),
  );
  expect(Object.keys(HAND).filter((path) => path in REGISTRY || path in LISTED)).toEqual([]);
  expect(Object.keys(appRouter._def.procedures).sort()).toEqual(Object.keys(ATTACKS).sort());
});

for (const [who, expected] of [
  ["stranger", "NOT_FOUND"],
  ["revoked caregiver", "NOT_FOUND"],
  ["viewer", "FORBIDDEN"],
] as const) {
  describe(`as a ${who}`, () => {
    for (const [path, attack] of Object.entries(ATTACKS)) {
      if (attack === "own-data-only") continue;
      // A viewer may read; what matters is that they cannot write or read owners-only data.
      if (who === "viewer" && !attack.write && !attack.ownersOnly) continue;
      const want = path === "caregivers.accept" ? "NOT_FOUND" : expected;
      it(`${path} → ${want}, and the family's data is unchanged`, async () => {
        const before = await victimItems();
        const error = await attack.call(attackers[who].caller, ids).then(
          () => null,
          (e: { code?: string }) => e,
        );
        expect(error?.code).toBe(want);
        expect(await victimItems()).toEqual(before);
      });
    }
  });
}

describe("as a read API key of the baby itself", () => {
  // The key's own last use (noted at most once a minute, whatever the answer) is not the family's data.
  const unchanged = async () => (await victimItems()).map(({ lastUsedAt: _, ...item }) => item);
  for (const [path, attack] of Object.entries(ATTACKS)) {
    const allowedRead = KEY_PROCEDURES.has(path) && attack !== "own-data-only" && !attack.write;
    // Public: an invitation's preview (null without a link's secret) and the list of vaccine products answer anyone.
    if (allowedRead || path === "caregivers.preview" || path === "vaccinations.products") continue;
    it(`${path} → FORBIDDEN (a key's allowlist holds reads of its baby; its scope holds no writes), nothing changes`, async () => {
      const before = await unchanged();
      const call =
        attack === "own-data-only" ? () => procedureOf(readKey, path)(undefined) : () => attack.call(readKey, ids);
      const error = await call().then(
        () => null,
        (e: { code?: string }) => e,
      );
      expect(error?.code).toBe("FORBIDDEN");
      expect(await unchanged()).toEqual(before);
    });
  }
});

describe("procedures on one's own data never reveal another family's", () => {
  it("lists, exports and previews of a stranger hold nothing of the victim's", async () => {
    const c = attackers.stranger.caller;
    const seen = JSON.stringify([
      await c.babies.list(),
      await c.account.export(),
      await c.account.deletionPreview(),
      await c.users.me(),
    ]);
    expect(seen).not.toContain(ids.babyId);
    expect(seen).not.toContain(victim.userId);
    expect(seen).not.toContain("Victim");
  });
});
