import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createHarness, type Harness } from "../testing/harness.ts";

let h: Harness;
beforeAll(async () => {
  h = await createHarness(inject("dynamoEndpoint"));
});
afterAll(() => h.close());

describe("sign-in", () => {
  it("a parent who signs up through the issuer gets a profile keyed to their account", async () => {
    const parent = await h.user("ada");
    const me = await parent.caller.users.me();
    expect(me.email).toBe(parent.email);
    expect(me.units).toBe("metric");
    expect(me.userId).toMatch(/^[0-9A-Z]{26}$/);
  });

  it("without a token, every data procedure answers UNAUTHORIZED", async () => {
    const anonymous = await h.callerWith();
    await expect(anonymous.users.me()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(anonymous.babies.list()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("a tampered or foreign token is refused", async () => {
    const parent = await h.user("tamper");
    const [header, payload, signature] = parent.tokens.access.split(".");
    const claims = JSON.parse(Buffer.from(payload ?? "", "base64url").toString());
    claims.properties.id = "01ARZ3NDEKTSV4RRFFQ69G5FAV";
    const forged = `${header}.${Buffer.from(JSON.stringify(claims)).toString("base64url")}.${signature}`;
    for (const token of [forged, "not-a-jwt", `${header}.${payload}.`]) {
      const caller = await h.callerWith(`Bearer ${token}`);
      await expect(caller.babies.list()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    }
  });

  it("the same person signing in twice keeps one account", async () => {
    const parent = await h.user("again");
    const me1 = await parent.caller.users.me();
    const me2 = await parent.caller.users.me();
    expect(me2.userId).toBe(me1.userId);
  });
});
