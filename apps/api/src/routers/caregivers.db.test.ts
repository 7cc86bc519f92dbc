import { createDocumentClient, createRepositories } from "@upnest/db";
import { dumpTable, TEST_CURSOR_SECRET } from "@upnest/db/testing";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createHarness, type Harness } from "../testing/harness.ts";

let h: Harness;
type User = Awaited<ReturnType<Harness["user"]>>;
let owner: User;
let second: User;

beforeAll(async () => {
  h = await createHarness(inject("dynamoEndpoint"));
  owner = await h.user("owner");
  second = await h.user("grandma");
});
afterAll(() => h.close());

async function babyWith(role: "caregiver" | "viewer", who = second) {
  const baby = await owner.caller.babies.create({ name: "Ada", dateOfBirth: "2026-01-10", sex: "female" });
  const { token } = await owner.caller.caregivers.invite({ babyId: baby.babyId, role });
  await who.caller.caregivers.accept({ token });
  return baby.babyId;
}

describe("caregivers", () => {
  it("a caregiver sees and edits the baby, and the owner sees who has access", async () => {
    const babyId = await babyWith("caregiver");
    expect((await second.caller.babies.list()).items.map((b) => b.babyId)).toContain(babyId);
    const baby = await second.caller.babies.get({ babyId });
    expect(baby.role).toBe("caregiver");
    await second.caller.babies.update({ babyId, version: baby.version, patch: { name: "Ada May" } });
    await second.caller.measurements.add({ babyId, measuredOn: "2026-02-01", weightKg: 4 });
    expect((await owner.caller.measurements.list({ babyId })).items).toHaveLength(1);
    // The rename reaches every member's list.
    expect((await owner.caller.babies.list()).items.find((b) => b.babyId === babyId)?.name).toBe("Ada May");
    const members = (await owner.caller.caregivers.list({ babyId })).items;
    expect(members.map((m) => m.role).sort()).toEqual(["caregiver", "owner"]);
  });

  it("a viewer only sees: every write is FORBIDDEN and changes nothing", async () => {
    const babyId = await babyWith("viewer");
    const m = await owner.caller.measurements.add({ babyId, measuredOn: "2026-02-01", weightKg: 4 });
    expect((await second.caller.measurements.list({ babyId })).items).toHaveLength(1);
    const before = await dumpTable(h.table);
    const writes = [
      () => second.caller.babies.update({ babyId, version: 1, patch: { name: "X" } }),
      () => second.caller.babies.update({ babyId, version: 1, patch: { gestationalAgeWeeks: 30 } }),
      () => second.caller.babies.delete({ babyId, version: 1 }),
      () => second.caller.measurements.add({ babyId, measuredOn: "2026-02-02", weightKg: 4 }),
      () =>
        second.caller.measurements.update({
          babyId,
          measurementId: m.measurementId,
          version: 1,
          measuredOn: "2026-02-01",
          weightKg: 5,
        }),
      () => second.caller.measurements.delete({ babyId, measurementId: m.measurementId, version: 1 }),
      () => second.caller.caregivers.invite({ babyId, role: "viewer" }),
    ];
    for (const write of writes) await expect(write()).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await dumpTable(h.table)).toEqual(before);
  });

  it("after revocation the former caregiver sees nothing: NOT_FOUND", async () => {
    const babyId = await babyWith("caregiver");
    await owner.caller.caregivers.remove({ babyId, userId: second.userId });
    await expect(second.caller.babies.get({ babyId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(second.caller.measurements.list({ babyId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      second.caller.measurements.add({ babyId, measuredOn: "2026-02-02", weightKg: 4 }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await second.caller.babies.list()).items.map((b) => b.babyId)).not.toContain(babyId);
  });

  it("a write racing the revocation is refused inside its own transaction", async () => {
    const babyId = await babyWith("caregiver");
    // The caregiver's write passes the membership read; the owner revokes before its transaction commits.
    const db = createDocumentClient({ tableName: h.table.tableName, endpoint: h.table.endpoint });
    let revoked = false;
    db.middlewareStack.add(
      (next) => async (args) => {
        if (!revoked && args.input && "TransactItems" in (args.input as object)) {
          revoked = true;
          await owner.caller.caregivers.remove({ babyId, userId: second.userId });
        }
        return next(args);
      },
      { step: "initialize", name: "revokeBeforeWrite" },
    );
    const racing = createRepositories({ db, tableName: h.table.tableName, cursorSecret: TEST_CURSOR_SECRET });
    await expect(
      racing.measurements.add(await racing.babies.access(second.userId, babyId), {
        measuredOn: "2026-02-03",
        weightKg: 4.2,
      }),
    ).rejects.toMatchObject({ kind: "not-found" });
    expect(revoked).toBe(true);
    expect((await owner.caller.measurements.list({ babyId })).items).toEqual([]);
  });

  it("an invitation link works once", async () => {
    const baby = await owner.caller.babies.create({ name: "Bo", dateOfBirth: "2026-01-10", sex: "male" });
    const { token } = await owner.caller.caregivers.invite({ babyId: baby.babyId, role: "viewer" });
    await second.caller.caregivers.accept({ token });
    const third = await h.user("uncle");
    await expect(third.caller.caregivers.accept({ token })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(third.caller.babies.get({ babyId: baby.babyId })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("an expired invitation is refused even while its item still exists", async () => {
    const baby = await owner.caller.babies.create({ name: "Cy", dateOfBirth: "2026-01-10", sex: "male" });
    const { token } = await owner.caller.caregivers.invite({
      babyId: baby.babyId,
      role: "caregiver",
      validForHours: 1,
    });
    const later = createRepositories({
      db: h.table.db,
      tableName: h.table.tableName,
      cursorSecret: TEST_CURSOR_SECRET,
      now: () => new Date(Date.now() + 2 * 3600_000),
    });
    const stored = (await dumpTable(h.table)).filter((i) => String(i.PK).startsWith("INVITE#"));
    expect(stored.length).toBeGreaterThan(0);
    await expect(later.caregivers.accept(second.userId, token)).rejects.toMatchObject({ kind: "not-found" });
    await expect(second.caller.babies.get({ babyId: baby.babyId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const ownerAccess = await later.babies.access(owner.userId, baby.babyId);
    expect((await later.caregivers.invitations(ownerAccess, { limit: 50 })).items).toEqual([]);
  });

  it("the last owner cannot leave or step down, but can once there is another owner", async () => {
    const babyId = await babyWith("caregiver");
    await expect(owner.caller.caregivers.remove({ babyId, userId: owner.userId })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expect(
      owner.caller.caregivers.changeRole({ babyId, userId: owner.userId, role: "viewer" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await owner.caller.caregivers.changeRole({ babyId, userId: second.userId, role: "owner" });
    // Two owners demoting each other at the same moment: at most one succeeds.
    const results = await Promise.allSettled([
      owner.caller.caregivers.changeRole({ babyId, userId: second.userId, role: "caregiver" }),
      second.caller.caregivers.changeRole({ babyId, userId: owner.userId, role: "caregiver" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled").length).toBeLessThanOrEqual(1);
    const roles = (await second.caller.caregivers.list({ babyId })).items.map((m) => m.role);
    expect(roles).toContain("owner");
  });

  it("a member can leave; a caregiver cannot revoke others", async () => {
    const babyId = await babyWith("caregiver");
    await expect(second.caller.caregivers.remove({ babyId, userId: owner.userId })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await second.caller.caregivers.remove({ babyId, userId: second.userId });
    await expect(second.caller.babies.get({ babyId })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("invitations follow their inviter", () => {
  /** A baby with a second owner, who has made `count` invitation links. */
  async function coOwnerWithLinks(count: number) {
    const coOwner = await h.user("co-owner");
    const { babyId } = await owner.caller.babies.create({ name: "Ivy Rose", dateOfBirth: "2026-01-10", sex: "female" });
    const { token } = await owner.caller.caregivers.invite({ babyId, role: "caregiver" });
    await coOwner.caller.caregivers.accept({ token });
    await owner.caller.caregivers.changeRole({ babyId, userId: coOwner.userId, role: "owner" });
    const tokens: string[] = [];
    for (let i = 0; i < count; i++)
      tokens.push((await coOwner.caller.caregivers.invite({ babyId, role: "viewer" })).token);
    const ownLink = (await owner.caller.caregivers.invite({ babyId, role: "viewer" })).token;
    return { coOwner, babyId, tokens, ownLink };
  }
  const pendingBy = async (babyId: string, userId: string) =>
    (await owner.caller.caregivers.invitations({ babyId })).items.filter((i) => i.invitedBy === userId);

  it("removing an owner cancels the links they made; another owner's links still work", async () => {
    const { coOwner, babyId, tokens, ownLink } = await coOwnerWithLinks(2);
    expect(await pendingBy(babyId, coOwner.userId)).toHaveLength(2);
    await owner.caller.caregivers.remove({ babyId, userId: coOwner.userId });
    expect(await pendingBy(babyId, coOwner.userId)).toEqual([]);
    const cousin = await h.user("cousin");
    for (const token of tokens) {
      await expect(cousin.caller.caregivers.accept({ token })).rejects.toMatchObject({ code: "NOT_FOUND" });
      expect(await cousin.caller.caregivers.preview({ token })).toBeNull();
    }
    await expect(cousin.caller.babies.get({ babyId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(cousin.caller.caregivers.accept({ token: ownLink })).resolves.toMatchObject({ babyId });
  });

  it("demoting an owner cancels the links they made", async () => {
    const { coOwner, babyId, tokens } = await coOwnerWithLinks(1);
    await owner.caller.caregivers.changeRole({ babyId, userId: coOwner.userId, role: "caregiver" });
    expect(await pendingBy(babyId, coOwner.userId)).toEqual([]);
    const cousin = await h.user("cousin");
    await expect(cousin.caller.caregivers.accept({ token: tokens[0] ?? "" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(cousin.caller.babies.get({ babyId })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("an owner who leaves takes their links with them, however many (more than one transaction holds)", async () => {
    const { coOwner, babyId, tokens } = await coOwnerWithLinks(45);
    await coOwner.caller.caregivers.remove({ babyId, userId: coOwner.userId });
    const left = (await dumpTable(h.table)).filter((i) => i.type === "invitation" && i.invitedBy === coOwner.userId);
    expect(left).toEqual([]);
    const cousin = await h.user("cousin");
    await expect(cousin.caller.caregivers.accept({ token: tokens[44] ?? "" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("nobody accepts an invitation they made, and trying changes nothing", async () => {
    const { coOwner, babyId, tokens } = await coOwnerWithLinks(1);
    const before = await dumpTable(h.table);
    await expect(coOwner.caller.caregivers.accept({ token: tokens[0] ?? "" })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "You created this invitation. Send the link to the person you want to invite instead.",
    });
    expect(await dumpTable(h.table)).toEqual(before);
    // The link still works for the person it was meant for.
    const cousin = await h.user("cousin");
    await expect(cousin.caller.caregivers.accept({ token: tokens[0] ?? "" })).resolves.toMatchObject({ babyId });
  });
});

describe("the invitation's landing page", () => {
  it("names the inviter, the baby's first name and the role, and nothing more", async () => {
    const { version } = await owner.caller.users.me();
    await owner.caller.users.updateProfile({ version, displayName: "Sam Parent" });
    const { babyId } = await owner.caller.babies.create({
      name: "Noa Grace Lee",
      dateOfBirth: "2026-01-10",
      sex: "female",
    });
    const { token } = await owner.caller.caregivers.invite({ babyId, role: "caregiver" });
    const anonymous = await h.callerWith();
    expect(await anonymous.caregivers.preview({ token })).toEqual({
      inviterName: "Sam Parent",
      babyName: "Noa",
      role: "caregiver",
    });
  });
});

describe("audit trail", () => {
  it("records who changed what, with before and after, and only owners read it", async () => {
    const babyId = await babyWith("caregiver");
    const m = await second.caller.measurements.add({ babyId, measuredOn: "2026-02-01", weightKg: 4 });
    await second.caller.measurements.update({
      babyId,
      measurementId: m.measurementId,
      version: 1,
      measuredOn: "2026-02-01",
      weightKg: 4.3,
    });
    const page = await owner.caller.babies.history({ babyId, limit: 2 });
    expect(page.items[0]).toMatchObject({
      actorId: second.userId,
      action: "update",
      recordType: "measurement",
      changes: { weightKg: { before: 4, after: 4.3 } },
    });
    expect(page.items[1]).toMatchObject({ action: "create", recordType: "measurement" });
    const rest = await owner.caller.babies.history({ babyId, limit: 10, cursor: page.nextCursor ?? "" });
    expect(rest.items.map((e) => e.recordType)).toEqual(expect.arrayContaining(["member", "invitation", "baby"]));
    await expect(second.caller.babies.history({ babyId, limit: 10 })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("names a caregiver who added a record after they are removed, and the removal names them", async () => {
    const carer = await h.user("grandpa");
    const babyId = await babyWith("caregiver", carer);
    await carer.caller.measurements.add({ babyId, measuredOn: "2026-02-01", weightKg: 4 });
    await owner.caller.caregivers.remove({ babyId, userId: carer.userId });
    expect((await owner.caller.caregivers.list({ babyId })).items.map((m) => m.userId)).not.toContain(carer.userId);
    const events = (await owner.caller.babies.history({ babyId, limit: 10 })).items;
    expect(events[0]).toMatchObject({ action: "delete", recordType: "member", subjectName: "grandpa" });
    expect(events[1]).toMatchObject({ actorId: carer.userId, actorName: "grandpa", recordType: "measurement" });
  });
});
