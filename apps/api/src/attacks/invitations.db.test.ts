// Invitation links, tried as an attacker would: a co-owner on the way out keeping a way back in, an
// accomplice using their links, and a stranger probing the public landing page.
import { PutCommand } from "@aws-sdk/lib-dynamodb";
import { createRepositories } from "@upnest/db";
import { dumpTable, TEST_CURSOR_SECRET } from "@upnest/db/testing";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createHarness, type Harness } from "../testing/harness.ts";

let h: Harness;
type User = Awaited<ReturnType<Harness["user"]>>;
let owner: User;
let insider: User;
let accomplice: User;

beforeAll(async () => {
  h = await createHarness(inject("dynamoEndpoint"), { invitePreviews: { limit: 40, windowSeconds: 3600 } });
  [owner, insider, accomplice] = await Promise.all([h.user("owner"), h.user("insider"), h.user("accomplice")]);
});
afterAll(() => h.close());

/** A baby the insider co-owns, and a link the insider made while an owner. */
async function insiderWithLink() {
  const { babyId } = await owner.caller.babies.create({ name: "Mia", dateOfBirth: "2026-01-10", sex: "female" });
  const { token } = await owner.caller.caregivers.invite({ babyId, role: "caregiver" });
  await insider.caller.caregivers.accept({ token });
  await owner.caller.caregivers.changeRole({ babyId, userId: insider.userId, role: "owner" });
  const link = (await insider.caller.caregivers.invite({ babyId, role: "caregiver" })).token;
  return { babyId, link };
}
const invitationItems = async () => (await dumpTable(h.table)).filter((i) => i.type === "invitation");
const noAccess = async (who: User, babyId: string) =>
  expect(who.caller.babies.get({ babyId })).rejects.toMatchObject({ code: "NOT_FOUND" });

describe("a co-owner who is removed keeps no way back in", () => {
  it("their own link, kept for later, opens nothing for them or for an accomplice", async () => {
    const { babyId, link } = await insiderWithLink();
    await owner.caller.caregivers.remove({ babyId, userId: insider.userId });
    await expect(insider.caller.caregivers.accept({ token: link })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(accomplice.caller.caregivers.accept({ token: link })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await noAccess(insider, babyId);
    await noAccess(accomplice, babyId);
  });

  it("a link that escaped the cancellation (made in the same instant as the removal) still opens nothing", async () => {
    const { babyId, link } = await insiderWithLink();
    const kept = (await invitationItems()).filter((i) => i.babyId === babyId && i.invitedBy === insider.userId);
    expect(kept).toHaveLength(2);
    await owner.caller.caregivers.remove({ babyId, userId: insider.userId });
    // The race, replayed: the invitation's items written again after the removal's cancellation.
    for (const Item of kept) await h.table.db.send(new PutCommand({ TableName: h.table.tableName, Item }));
    const before = await dumpTable(h.table);
    await expect(insider.caller.caregivers.accept({ token: link })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(accomplice.caller.caregivers.accept({ token: link })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await h.callerWith().then((c) => c.caregivers.preview({ token: link }))).toBeNull();
    expect(await dumpTable(h.table)).toEqual(before);
    await noAccess(accomplice, babyId);
  });

  it("demoted to viewer, their link no longer lets an accomplice in as a caregiver", async () => {
    const { babyId, link } = await insiderWithLink();
    await owner.caller.caregivers.changeRole({ babyId, userId: insider.userId, role: "viewer" });
    await expect(accomplice.caller.caregivers.accept({ token: link })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await noAccess(accomplice, babyId);
    expect((await insider.caller.babies.get({ babyId })).role).toBe("viewer");
  });

  it("an owner cannot use their own link to add a second membership or change their role", async () => {
    const { babyId, link } = await insiderWithLink();
    const before = await dumpTable(h.table);
    await expect(insider.caller.caregivers.accept({ token: link })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await dumpTable(h.table)).toEqual(before);
    expect((await insider.caller.babies.get({ babyId })).role).toBe("owner");
  });
});

describe("the public landing page reveals nothing without a working link", () => {
  it("a wrong, used, cancelled, expired or orphaned link all answer the same: null", async () => {
    const anonymous = await h.callerWith();
    const { babyId } = await owner.caller.babies.create({ name: "Leo", dateOfBirth: "2026-01-10", sex: "male" });
    const used = (await owner.caller.caregivers.invite({ babyId, role: "viewer" })).token;
    await accomplice.caller.caregivers.accept({ token: used });
    const cancelled = await owner.caller.caregivers.invite({ babyId, role: "viewer" });
    await owner.caller.caregivers.cancelInvitation({ babyId, invitationId: cancelled.invitation.invitationId });
    const expiring = (await owner.caller.caregivers.invite({ babyId, role: "viewer", validForHours: 1 })).token;
    const orphaned = (await insiderWithLink()).link;
    await owner.caller.caregivers.remove({
      babyId: (await insider.caller.babies.list()).items.at(-1)?.babyId ?? "",
      userId: insider.userId,
    });
    const later = createRepositories({
      db: h.table.db,
      tableName: h.table.tableName,
      cursorSecret: TEST_CURSOR_SECRET,
      now: () => new Date(Date.now() + 2 * 3600_000),
    });
    const answers = [
      await anonymous.caregivers.preview({ token: "A".repeat(43) }),
      await anonymous.caregivers.preview({ token: used }),
      await anonymous.caregivers.preview({ token: cancelled.token }),
      await later.caregivers.preview(expiring),
      await anonymous.caregivers.preview({ token: orphaned }),
    ];
    expect(answers).toEqual([null, null, null, null, null]);
    // The same link, still working, names only the inviter, the first name and the role: no ids, no e-mail.
    const working = (await owner.caller.caregivers.invite({ babyId, role: "viewer" })).token;
    const shown = JSON.stringify(await anonymous.caregivers.preview({ token: working }));
    expect(shown).toContain("Leo");
    for (const secret of [babyId, owner.userId, owner.email, "2026-01-10"]) expect(shown).not.toContain(secret);
  });

  it("a malformed token is a clear BAD_REQUEST, never a server error", async () => {
    const anonymous = await h.callerWith();
    for (const token of ["", "x", "A".repeat(44), "<script>", `${"A".repeat(42)}!`])
      await expect(anonymous.caregivers.preview({ token })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const res = await fetch(`${h.apiUrl}/trpc/caregivers.preview?input=${encodeURIComponent('{"token":"x"}')}`);
    expect(res.status).toBe(400);
    expect(JSON.stringify(await res.json())).toContain("This invitation link is not valid");
  });
});

describe("probing the landing page is rate limited per client address", () => {
  it("past the limit the answer is 429 with Retry-After; another address is not affected", async () => {
    const strict = await createHarness(inject("dynamoEndpoint"), { invitePreviews: { limit: 3, windowSeconds: 3600 } });
    try {
      const input = encodeURIComponent(JSON.stringify({ token: "B".repeat(43) }));
      const probe = () => fetch(`${strict.apiUrl}/trpc/caregivers.preview?input=${input}`);
      const statuses: number[] = [];
      let last: Response | undefined;
      for (let i = 0; i < 5; i++) {
        last = await probe();
        statuses.push(last.status);
      }
      expect(statuses).toEqual([200, 200, 200, 429, 429]);
      expect(Number(last?.headers.get("retry-after"))).toBeGreaterThan(0);
      // Counted per address: a request from elsewhere is still answered.
      await expect((await strict.callerWith()).caregivers.preview({ token: "B".repeat(43) })).resolves.toBeNull();
    } finally {
      await strict.close();
    }
  });
});
