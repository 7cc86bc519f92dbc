import { dumpTable } from "@upnest/db/testing";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createHarness, type Harness } from "../testing/harness.ts";
import { appRouter } from "./_app.ts";

/**
 * Every procedure of the router, tried against another family's ids by a
 * stranger, a revoked caregiver and a viewer. A procedure added to the router
 * without an entry here fails the first test, so none can escape.
 */
type User = Awaited<ReturnType<Harness["user"]>>;
type Ids = {
  babyId: string;
  measurementId: string;
  vaccinationId: string;
  milestoneRecordId: string;
  invitationId: string;
  ownerId: string;
};
type Attack = { call: (c: User["caller"], ids: Ids) => Promise<unknown>; write: boolean; ownersOnly?: boolean };

const ATTACKS: Record<string, Attack | "own-data-only"> = {
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
  "measurements.list": { write: false, call: (c, i) => c.measurements.list({ babyId: i.babyId }) },
  "measurements.get": {
    write: false,
    call: (c, i) => c.measurements.get({ babyId: i.babyId, measurementId: i.measurementId }),
  },
  "measurements.add": {
    write: true,
    call: (c, i) => c.measurements.add({ babyId: i.babyId, measuredOn: "2026-02-03", weightKg: 5 }),
  },
  "measurements.update": {
    write: true,
    call: (c, i) =>
      c.measurements.update({
        babyId: i.babyId,
        measurementId: i.measurementId,
        version: 1,
        measuredOn: "2026-02-01",
        weightKg: 9,
      }),
  },
  "measurements.chart": { write: false, call: (c, i) => c.measurements.chart({ babyId: i.babyId, chart: "weight" }) },
  "measurements.delete": {
    write: true,
    call: (c, i) => c.measurements.delete({ babyId: i.babyId, measurementId: i.measurementId, version: 1 }),
  },
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
  "vaccinations.list": { write: false, call: (c, i) => c.vaccinations.list({ babyId: i.babyId }) },
  "vaccinations.get": {
    write: false,
    call: (c, i) => c.vaccinations.get({ babyId: i.babyId, vaccinationId: i.vaccinationId }),
  },
  "vaccinations.add": {
    write: true,
    call: (c, i) => c.vaccinations.add({ babyId: i.babyId, dateGiven: "2026-02-03", cvx: "20" }),
  },
  "vaccinations.update": {
    write: true,
    call: (c, i) =>
      c.vaccinations.update({
        babyId: i.babyId,
        vaccinationId: i.vaccinationId,
        version: 1,
        dateGiven: "2026-02-03",
        cvx: "20",
      }),
  },
  "vaccinations.delete": {
    write: true,
    call: (c, i) => c.vaccinations.delete({ babyId: i.babyId, vaccinationId: i.vaccinationId, version: 1 }),
  },
  "vaccinations.status": { write: false, call: (c, i) => c.vaccinations.status({ babyId: i.babyId }) },
  "milestones.view": { write: false, call: (c, i) => c.milestones.view({ babyId: i.babyId }) },
  "milestones.list": { write: false, call: (c, i) => c.milestones.list({ babyId: i.babyId }) },
  "milestones.mark": {
    write: true,
    call: (c, i) =>
      c.milestones.mark({ babyId: i.babyId, milestoneId: "m02-social-calms-when-spoken-to", achievedOn: "2026-02-03" }),
  },
  "milestones.addCustom": {
    write: true,
    call: (c, i) => c.milestones.addCustom({ babyId: i.babyId, title: "Mine", achievedOn: "2026-02-03" }),
  },
  "milestones.update": {
    write: true,
    call: (c, i) =>
      c.milestones.update({
        babyId: i.babyId,
        milestoneRecordId: i.milestoneRecordId,
        version: 1,
        achievedOn: "2026-02-03",
      }),
  },
  "milestones.delete": {
    write: true,
    call: (c, i) => c.milestones.delete({ babyId: i.babyId, milestoneRecordId: i.milestoneRecordId, version: 1 }),
  },
  "account.csv": { write: false, call: (c, i) => c.account.csv({ babyId: i.babyId, kind: "measurements" }) },
  "account.importMeasurements": {
    write: true,
    call: (c, i) =>
      c.account.importMeasurements({ babyId: i.babyId, rows: [{ measuredOn: "2026-02-03", weightKg: "5" }] }),
  },
};

let h: Harness;
let ids: Ids;
let victim: User;
const attackers: Record<"stranger" | "revoked caregiver" | "viewer", User> = {} as never;

beforeAll(async () => {
  h = await createHarness(inject("dynamoEndpoint"));
  victim = await h.user("victim");
  const baby = await victim.caller.babies.create({ name: "Victim", dateOfBirth: "2026-01-10", sex: "female" });
  const babyId = baby.babyId;
  const measurement = await victim.caller.measurements.add({ babyId, measuredOn: "2026-02-01", weightKg: 4 });
  const dose = await victim.caller.vaccinations.add({ babyId, dateGiven: "2026-01-10", cvx: "08" });
  const milestone = await victim.caller.milestones.addCustom({
    babyId,
    title: "First smile",
    achievedOn: "2026-02-01",
  });
  const invite = await victim.caller.caregivers.invite({ babyId, role: "viewer" });
  ids = {
    babyId,
    measurementId: measurement.measurementId,
    vaccinationId: dose.vaccinationId,
    milestoneRecordId: milestone.milestoneRecordId,
    invitationId: invite.invitation.invitationId,
    ownerId: victim.userId,
  };
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

it("every procedure of the router is covered", () => {
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
