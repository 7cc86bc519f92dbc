import { randomBytes } from "node:crypto";
import { UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { describe, expect, inject, it } from "vitest";
import { createDocumentClient } from "../core/client.ts";
import { babyMemberKey, userMembershipKey } from "../core/keys.ts";
import { migrate, migrations } from "../migrations/index.ts";
import { createRepositories } from "../repositories/index.ts";
import { createAccount, dumpTable, TEST_CURSOR_SECRET } from "../testing/index.ts";

async function family() {
  const tableName = `upnest-names-${randomBytes(4).toString("hex")}`;
  const db = createDocumentClient({ tableName, endpoint: inject("dynamoEndpoint") });
  await migrate({ db, tableName }, migrations);
  const repos = createRepositories({ db, tableName, cursorSecret: TEST_CURSOR_SECRET });
  const owner = await createAccount({ db, tableName });
  const carer = await createAccount({ db, tableName });
  for (const [who, displayName] of [
    [owner, "Maria Lopez"],
    [carer, "Grandpa Joe"],
  ] as const)
    await repos.users.update(who.userId, { displayName, version: 1 });
  const { babyId } = await repos.babies.create(owner.userId, { name: "Ada", dateOfBirth: "2026-01-10", sex: "female" });
  const ownerAccess = () => repos.babies.access(owner.userId, babyId);
  const { token } = await repos.caregivers.invite(await ownerAccess(), { role: "caregiver", validForHours: 24 });
  await repos.caregivers.accept(carer.userId, token);
  const history = async () => (await repos.audit.list(await ownerAccess(), { limit: 50 })).items;
  return { db, tableName, repos, owner, carer, babyId, ownerAccess, history };
}

describe("the history names who made each change", () => {
  it("after a caregiver is removed, their entries still carry their name, and the removal names them", async () => {
    const { repos, owner, carer, babyId, ownerAccess, history } = await family();
    const access = await repos.babies.access(carer.userId, babyId);
    expect(access.displayName).toBe("Grandpa Joe"); // from the membership item, no profile read
    const added = await repos.measurements.add(access, { measuredOn: "2026-02-01", weightKg: 4.2 });
    await repos.caregivers.remove(await ownerAccess(), { userId: carer.userId });

    const events = await history();
    const byCarer = events.filter((e) => e.actorId === carer.userId);
    expect(byCarer.map((e) => [e.recordType, e.action, e.actorName])).toEqual([
      ["measurement", "create", "Grandpa Joe"],
      ["member", "create", "Grandpa Joe"],
    ]);
    expect(byCarer[0]?.recordId).toBe(added.measurementId);
    const removal = events.find((e) => e.recordType === "member" && e.action === "delete");
    expect(removal).toMatchObject({ actorId: owner.userId, actorName: "Maria Lopez", subjectName: "Grandpa Joe" });
    expect(events.at(-1)).toMatchObject({ recordType: "baby", actorName: "Maria Lopez" });
  });

  it("a rename in Settings reaches every membership: later changes carry the new name, earlier ones the old", async () => {
    const { db, tableName, repos, carer, babyId, history } = await family();
    const before = await repos.measurements.add(await repos.babies.access(carer.userId, babyId), {
      measuredOn: "2026-02-01",
      weightKg: 4.2,
    });
    await repos.users.update(carer.userId, { displayName: "Joe", version: 2 });
    const access = await repos.babies.access(carer.userId, babyId);
    expect(access.displayName).toBe("Joe");
    await repos.measurements.update(access, before.measurementId, before.version, {
      measuredOn: "2026-02-01",
      weightKg: 4.3,
    });
    const names = (await history()).filter((e) => e.recordType === "measurement").map((e) => e.actorName);
    expect(names).toEqual(["Joe", "Grandpa Joe"]);
    const members = (await dumpTable({ db, tableName })).filter((i) => i.userId === carer.userId && i.role);
    expect(members.map((m) => m.displayName)).toEqual(["Joe", "Joe"]); // both sides
  });
});

describe("0004 names memberships written before they carried names", () => {
  it("copies each member's name onto both sides; events made before keep no name; running again changes nothing", async () => {
    const { db, tableName, repos, carer, babyId, history } = await family();
    // Memberships as the previous release wrote them: no name.
    for (const Key of [userMembershipKey(carer.userId, babyId), babyMemberKey(babyId, carer.userId)])
      await db.send(new UpdateCommand({ TableName: tableName, Key, UpdateExpression: "REMOVE displayName" }));
    const old = await repos.babies.access(carer.userId, babyId);
    expect(old.displayName).toBeUndefined();
    await repos.measurements.add(old, { measuredOn: "2026-02-01", weightKg: 4.2 });
    expect((await history())[0]).not.toHaveProperty("actorName"); // the web names them from the member list

    const rest = migrations.filter((m) => m.id === "0004-name-members");
    await rest[0]?.up({ db, tableName });
    expect((await repos.babies.access(carer.userId, babyId)).displayName).toBe("Grandpa Joe");
    const named = (await dumpTable({ db, tableName })).filter((i) => i.userId === carer.userId && i.role);
    expect(named.map((m) => m.displayName)).toEqual(["Grandpa Joe", "Grandpa Joe"]);

    const snapshot = await dumpTable({ db, tableName });
    await rest[0]?.up({ db, tableName });
    expect(await dumpTable({ db, tableName })).toEqual(snapshot);
  });
});
