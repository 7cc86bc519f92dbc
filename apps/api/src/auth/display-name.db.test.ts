import { authStorage, lookupUserId, userIdForEmail } from "@upnest/db";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { startSignIn } from "../attacks/issuer-support.ts";
import { createHarness, type Harness } from "../testing/harness.ts";
import { browser, form, signUp } from "../testing/sign-up.ts";

/**
 * A new user chooses the name the family sees when they sign up on the issuer's page; the API's first profile
 * has it (the issuer keeps it with the e-mail → id entry, as it cannot write the profile).
 */
let h: Harness;
beforeAll(async () => {
  h = await createHarness(inject("dynamoEndpoint"));
});
afterAll(() => h.close());

const SPANISH = "es-ES,es;q=0.9";
const address = (name: string) => `${name}-${Date.now()}-${Math.random().toString(36).slice(2, 6)}@example.com`;
const me = async (access: string) => (await h.callerWith(`Bearer ${access}`)).users.me();

describe("the name given at sign-up", () => {
  it("is the profile's display name (trimmed), what an invitation shows, and the profile starts in English", async () => {
    const email = address("ana");
    const tokens = await signUp(h.issuerUrl, h.inbox, email, undefined, { name: "  Ana García  " });
    expect(await me(tokens.access)).toMatchObject({ email, displayName: "Ana García", language: "en" });

    const caller = await h.callerWith(`Bearer ${tokens.access}`);
    const { babyId } = await caller.babies.create({ name: "Mia", dateOfBirth: "2026-01-10", sex: "female" });
    const { token } = await caller.caregivers.invite({ babyId, role: "caregiver" });
    expect(await (await h.callerWith()).caregivers.preview({ token })).toMatchObject({ inviterName: "Ana García" });
  });

  it("may be 80 characters long", async () => {
    const name = "Ñ".repeat(80);
    const tokens = await signUp(h.issuerUrl, h.inbox, address("long"), undefined, { name });
    expect((await me(tokens.access)).displayName).toBe(name);
  });

  const refused: [string, string, RegExp][] = [
    ["empty", "", /Escribe tu nombre, tal como debe verlo tu familia\./],
    ["only spaces", "   ", /Escribe tu nombre/],
    ["81 characters", "x".repeat(81), /Tu nombre puede tener como máximo 80 caracteres\./],
  ];
  for (const [what, name, message] of refused)
    it(`${what} is refused on the page, in its language, and nothing is created or sent`, async () => {
      const email = address("refused");
      const go = browser(SPANISH);
      await startSignIn(go, h.issuerUrl);
      await go(new URL("/password/register", h.issuerUrl));
      const password = "correct horse battery";
      const res = await go(
        new URL("/password/register", h.issuerUrl),
        form({ action: "register", name, email, password, repeat: password }),
      );
      const page = await res.text();
      expect(res.status).toBe(400);
      expect(page).toMatch(new RegExp(`role="alert"[^>]*>${message.source}`));
      expect(page, "still the sign-up form, the address kept").toContain(`value="${email}"`);
      expect(page).toContain("<h1>Crea tu cuenta de UpNest</h1>");
      expect(h.inbox.latest(email), "no e-mail").toBeUndefined();
      expect(await lookupUserId(h.table.db, h.table.tableName, email)).toBeUndefined();
      expect(await authStorage(h.table.db, h.table.tableName).get(["email", email, "password"])).toBeUndefined();
    });

  it("a refused name leaves the sign-up open: the same browser gives a good one and gets its code", async () => {
    const email = address("retry");
    const go = browser();
    await startSignIn(go, h.issuerUrl);
    const password = "correct horse battery";
    const register = (name: string) =>
      go(
        new URL("/password/register", h.issuerUrl),
        form({ action: "register", name, email, password, repeat: password }),
      );
    expect((await register("")).status).toBe(400);
    const before = h.inbox.mark();
    expect((await register("Rosa")).status).toBe(200);
    expect((await h.inbox.waitFor(email, { after: before })).subject).toBe("Your UpNest verification code");
  });
});

describe("accounts from before names", () => {
  it("keep the name they have; one without a chosen name gets its address's local part", async () => {
    const email = `before-names-${Date.now()}@example.com`;
    const userId = await userIdForEmail(h.table.db, h.table.tableName, email);
    const created = await h.table.repos.users.getOrCreate(userId, email);
    expect(created).toMatchObject({ displayName: email.split("@")[0], language: "en" });
    const renamed = await h.table.repos.users.update(userId, { version: created.version, displayName: "Grandpa Joe" });
    expect((await h.table.repos.users.getOrCreate(userId, email)).displayName).toBe(renamed.displayName);
  });
});
