import { afterEach, describe, expect, it } from "vitest";
import { i18n } from "../../i18n/i18n.ts";
import { describeEvent } from "./history-format.ts";
import { inviteLink, parseInviteToken } from "./invite-link.ts";

const TOKEN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJ-_01234";

describe("invitation links", () => {
  it("builds the link from the app's origin", () => {
    expect(TOKEN).toHaveLength(43);
    expect(inviteLink("https://app.upnest.example/", TOKEN)).toBe(`https://app.upnest.example/invite/${TOKEN}`);
  });
  it("reads the token from a link, with or without extras, or a bare token", () => {
    expect(parseInviteToken(`https://app.upnest.example/invite/${TOKEN}`)).toBe(TOKEN);
    expect(parseInviteToken(` https://app.upnest.example/invite/${TOKEN}/?utm=chat#x `)).toBe(TOKEN);
    expect(parseInviteToken(TOKEN)).toBe(TOKEN);
  });
  it("refuses what is not a whole token", () => {
    expect(parseInviteToken(`https://app.upnest.example/invite/${TOKEN.slice(0, 40)}`)).toBeNull();
    expect(parseInviteToken("https://app.upnest.example/babies")).toBeNull();
    expect(parseInviteToken(`${TOKEN}!`)).toBeNull();
    expect(parseInviteToken("")).toBeNull();
  });
});

describe("history events", () => {
  it("says what changed, field by field", () => {
    expect(
      describeEvent({
        action: "update",
        recordType: "vaccination",
        changes: { clinic: { before: "Old", after: "Riverside" }, givenAbroad: { after: true } },
      }),
    ).toEqual({
      summary: "changed a dose",
      changes: ["Clinic: Old → Riverside", "Given abroad: — → yes"],
    });
    expect(describeEvent({ action: "create", recordType: "member", changes: { role: { after: "viewer" } } })).toEqual({
      summary: "joined",
      changes: ["Role: viewer"],
    });
    expect(
      describeEvent({
        action: "create",
        recordType: "measurement",
        changes: { measurementId: { after: "01M8" }, measuredOn: { after: "2026-03-03" } },
      }),
    ).toEqual({
      summary: "added a measurement",
      changes: ["Date measured: 3 Mar 2026"],
    });
    expect(describeEvent({ action: "delete", recordType: "invitation", changes: {} })).toEqual({
      summary: "removed an invitation",
      changes: [],
    });
  });
  it("names the person a membership change is about, and tells leaving apart", () => {
    const nameOf = (id: string) => (id === "u2" ? "grandma" : "?");
    expect(
      describeEvent({ action: "update", recordType: "member", actorId: "u1", recordId: "u2", changes: {} }, nameOf)
        .summary,
    ).toBe("changed the role of grandma");
    expect(
      describeEvent({ action: "delete", recordType: "member", actorId: "u1", recordId: "u2", changes: {} }, nameOf)
        .summary,
    ).toBe("removed grandma");
    expect(
      describeEvent({ action: "delete", recordType: "member", actorId: "u2", recordId: "u2", changes: {} }, nameOf)
        .summary,
    ).toBe("left");
  });
});

describe("history values in words", () => {
  it("writes weights and lengths rounded with their unit, and names vaccines and milestones instead of codes", () => {
    const { changes } = describeEvent(
      {
        action: "update",
        recordType: "measurement",
        changes: { weightKg: { before: 3.5011661059375, after: 3.6 }, headCircumferenceCm: { after: 35.25 } },
      },
      undefined,
      {},
    );
    expect(changes).toEqual(["Weight: 3.501 kg → 3.6 kg", "Head: — → 35.3 cm"]);
    const names = { vaccine: (cvx: string) => (cvx === "20" ? "DTaP" : undefined), milestone: () => "Smiles" };
    expect(
      describeEvent(
        { action: "create", recordType: "vaccination", changes: { cvx: { after: "20" } } },
        undefined,
        names,
      ).changes,
    ).toEqual(["Vaccine: DTaP"]);
    expect(
      describeEvent(
        { action: "create", recordType: "milestone", changes: { milestoneId: { after: "m02-social-smiles" } } },
        undefined,
        names,
      ).changes,
    ).toEqual(["Milestone: Smiles"]);
  });
});

describe("history sentences about one's own changes", () => {
  const dose = { action: "create", recordType: "vaccination", changes: {} } as const;
  const own = { action: "delete", recordType: "member", actorId: "u1", recordId: "u1", changes: {} } as const;
  afterEach(() => i18n.changeLanguage("en"));

  it("follow “You” in English and agree with “Tú” in Spanish", async () => {
    expect(describeEvent(dose, undefined, {}, true).summary).toBe("added a dose");
    expect(describeEvent({ ...own, action: "update" }, undefined, {}, true).summary).toBe("changed your own role");
    await i18n.changeLanguage("es");
    expect(describeEvent(dose, undefined, {}, true).summary).toBe("añadiste una dosis");
    expect(describeEvent(dose).summary).toBe("añadió una dosis");
    expect(describeEvent(own, undefined, {}, true).summary).toBe("saliste");
  });

  it("write how a length was measured in words", async () => {
    await i18n.changeLanguage("es");
    const lying = { action: "create", recordType: "measurement", changes: { lengthMethod: { after: "lying" } } };
    expect(describeEvent(lying).changes).toEqual([expect.not.stringContaining("lying")]);
  });
});
