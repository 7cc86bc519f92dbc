import { attemptCounters } from "@upnest/db";
import { afterEach, describe, expect, inject, it } from "vitest";
import { policy } from "../auth/attempt-policy.ts";
import { signUp } from "../testing/sign-up.ts";
import {
  browser,
  form,
  type Issuers,
  location,
  PASSWORD,
  REDIRECT,
  registerUntilCode,
  startIssuers,
  startSignIn,
} from "./issuer-support.ts";

/**
 * Guessing against the issuer, spread over two instances sharing the table
 * (as Lambda instances do), and what it tells about who has an account. Each
 * test gets its own table, so counters never carry over. No timing is measured:
 * "the same work" is shown by what the password hash was asked to do.
 */
let s: Issuers;
const fresh = async () => (s = await startIssuers(inject("dynamoEndpoint")));
afterEach(() => s?.close());
const email = (name: string) => `${name}-${Math.random().toString(36).slice(2, 8)}@example.com`;
const both = () => [s.a, s.b];
const on = (i: number) => both()[i % 2] as string;

describe("e-mailed codes", () => {
  it("30 wrong sign-up codes, then the right one: refused, and no account is created", async () => {
    await fresh();
    const address = email("guess");
    const go = browser();
    await startSignIn(go, s.a);
    await registerUntilCode(go, s.a, address);
    const right = s.inbox.codeFor(address) ?? "";
    const wrong = right === "000000" ? "111111" : "000000";
    const answers: string[] = [];
    for (let i = 0; i < 30; i++) {
      const res = await go(new URL("/password/register", on(i)), form({ action: "verify", code: wrong }));
      expect(location(res)).toBeNull();
      answers.push(await res.text());
    }
    expect(answers.slice(0, policy.codeTries).every((a) => a.includes("That code is not right"))).toBe(true);
    expect(answers.slice(policy.codeTries).every((a) => a.includes("no longer works"))).toBe(true);

    const res = await go(new URL("/password/register", s.b), form({ action: "verify", code: right }));
    expect(location(res)).toBeNull();
    expect(await res.text()).toContain("no longer works. Send a new code");
    // No account: signing in with that password fails.
    const signIn = browser();
    await startSignIn(signIn, s.a);
    const login = await signIn(new URL("/password/authorize", s.a), form({ email: address, password: PASSWORD }));
    expect(location(login)).toBeNull();
  });

  it("4 wrong codes leave the 5th try for the right one (the limit is not stricter than it says)", async () => {
    await fresh();
    const address = email("typo");
    const go = browser();
    await startSignIn(go, s.a);
    await registerUntilCode(go, s.a, address);
    const right = s.inbox.codeFor(address) ?? "";
    for (let i = 0; i < policy.codeTries - 1; i++)
      await go(new URL("/password/register", on(i)), form({ action: "verify", code: right === "000000" ? "1" : "0" }));
    const res = await go(new URL("/password/register", s.a), form({ action: "verify", code: right }));
    expect(location(res)).toMatch(new RegExp(`^${REDIRECT}\\?code=`));
  });

  it("30 wrong password-reset codes, then the right one: refused, and the password is unchanged", async () => {
    await fresh();
    const address = email("reset");
    await signUp(s.a, s.inbox, address);
    const go = browser();
    await go(new URL("/password/change", s.a));
    await go(new URL("/password/change", s.a), form({ action: "code", email: address }));
    const right = s.inbox.codeFor(address) ?? "";
    for (let i = 0; i < 30; i++)
      await go(new URL("/password/change", on(i)), form({ action: "verify", code: right === "000000" ? "1" : "0" }));
    const res = await go(new URL("/password/change", s.b), form({ action: "verify", code: right }));
    expect(await res.text()).toContain("no longer works");
    const update = await go(
      new URL("/password/change", s.a),
      form({ action: "update", password: "attacker password", repeat: "attacker password" }),
    );
    expect(location(update)).toBeNull();
    // The old password still signs in.
    const signIn = browser();
    await startSignIn(signIn, s.a);
    const login = await signIn(new URL("/password/authorize", s.a), form({ email: address, password: PASSWORD }));
    expect(location(login)).toMatch(new RegExp(`^${REDIRECT}\\?code=`));
  });

  it("a code stops working after an hour", async () => {
    await fresh();
    const address = email("late");
    const go = browser();
    await startSignIn(go, s.a);
    await registerUntilCode(go, s.a, address);
    s.advance(policy.codeLifetimeSeconds + 1);
    const res = await go(
      new URL("/password/register", s.a),
      form({ action: "verify", code: s.inbox.codeFor(address) ?? "" }),
    );
    expect(location(res)).toBeNull();
    expect(await res.text()).toContain("This code has expired");
  });

  it(`code e-mails are capped at ${policy.mailsPerHour} per address per hour, across instances and flows`, async () => {
    await fresh();
    const address = email("flood");
    const sent: string[] = [];
    const go = browser();
    await startSignIn(go, s.a);
    await registerUntilCode(go, s.a, address);
    sent.push(s.inbox.codeFor(address) ?? "");
    for (let i = 1; i < policy.mailsPerHour; i++) {
      const res = await go(new URL("/password/register", on(i)), form({ action: "register" }));
      expect(res.status).toBe(200);
      sent.push(s.inbox.codeFor(address) ?? "");
    }
    expect(new Set(sent).size).toBeGreaterThan(1);
    const last = s.inbox.codeFor(address);
    const capped = await go(new URL("/password/register", s.b), form({ action: "register" }));
    expect(capped.status).toBe(429);
    expect(await capped.text()).toContain(`We have sent ${policy.mailsPerHour} e-mails to this address`);
    // The reset flow shares the allowance.
    const reset = browser();
    await reset(new URL("/password/change", s.a));
    const resetCapped = await reset(new URL("/password/change", s.a), form({ action: "code", email: address }));
    expect(resetCapped.status).toBe(429);
    expect(s.inbox.codeFor(address)).toBe(last);
    s.advance(3600);
    const later = await go(new URL("/password/register", s.a), form({ action: "register" }));
    expect(later.status).toBe(200);
  });
});

describe("password guessing", () => {
  it(`backs off per account after ${policy.account.freeFailures} wrong passwords, across two instances`, async () => {
    await fresh();
    const address = email("victim");
    await signUp(s.a, s.inbox, address);
    const go = browser();
    await startSignIn(go, s.a);
    const answers: Response[] = [];
    for (let i = 0; i < policy.account.freeFailures; i++)
      answers.push(await go(new URL("/password/authorize", on(i)), form({ email: address, password: `guess ${i}` })));
    expect(answers.map((r) => r.status)).toEqual([400, 400, 400, 400, 429]);
    expect(await answers.at(-1)?.text()).toContain("sign-in is paused: try again in 1 minute");

    // Even the right password is refused while paused, on the other instance too.
    const right = await go(new URL("/password/authorize", s.b), form({ email: address, password: PASSWORD }));
    expect(right.status).toBe(429);
    expect(location(right)).toBeNull();

    s.advance(61);
    const after = await go(new URL("/password/authorize", s.b), form({ email: address, password: PASSWORD }));
    expect(location(after)).toMatch(new RegExp(`^${REDIRECT}\\?code=`));
  });

  it("each further failure doubles the pause", async () => {
    await fresh();
    const address = email("patient");
    await signUp(s.a, s.inbox, address);
    const go = browser();
    await startSignIn(go, s.a);
    for (let i = 0; i < policy.account.freeFailures; i++)
      await go(new URL("/password/authorize", on(i)), form({ email: address, password: "nope" }));
    s.advance(61);
    const sixth = await go(new URL("/password/authorize", s.a), form({ email: address, password: "nope" }));
    expect(await sixth.text()).toContain("try again in 2 minutes");
    s.advance(61);
    const stillPaused = await go(new URL("/password/authorize", s.b), form({ email: address, password: PASSWORD }));
    expect(stillPaused.status).toBe(429);
  });

  it(`backs off per client address after ${policy.address.freeFailures} failures over many accounts`, async () => {
    await fresh();
    const mine = email("mine");
    await signUp(s.a, s.inbox, mine);
    const go = browser();
    await startSignIn(go, s.a);
    const statuses: number[] = [];
    for (let i = 0; i < policy.address.freeFailures; i++)
      statuses.push(
        (await go(new URL("/password/authorize", on(i)), form({ email: email(`spray${i}`), password: "Summer2026!" })))
          .status,
      );
    expect(statuses.slice(0, -1).every((st) => st === 400)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    const another = await go(new URL("/password/authorize", s.b), form({ email: email("next"), password: "x" }));
    expect(another.status).toBe(429);
    expect(await another.text()).toContain("sign-in is paused");
    // Counted under the socket's peer address, not under a catch-all.
    const counters = attemptCounters(s.table.db, s.table.tableName, () => s.clock.now);
    const peers = await Promise.all(
      ["127.0.0.1", "::1", "::ffff:127.0.0.1"].map((a) => counters.failures("password-address", a)),
    );
    expect(peers.some((f) => (f?.count ?? 0) >= policy.address.freeFailures)).toBe(true);
    expect(await counters.failures("password-address", "unknown")).toBeUndefined();
    // From that address even a right password waits, until the pause is over.
    const right = await go(new URL("/password/authorize", s.a), form({ email: mine, password: PASSWORD }));
    expect([right.status, location(right)]).toEqual([429, null]);
    s.advance(61);
    const later = await go(new URL("/password/authorize", s.a), form({ email: mine, password: PASSWORD }));
    expect(location(later)).toMatch(new RegExp(`^${REDIRECT}\\?code=`));
  });
});

describe("who has an account is not revealed", () => {
  it("sign-up with a taken address: the same answer as a new one, and its owner gets an e-mail instead", async () => {
    await fresh();
    const taken = email("taken");
    await signUp(s.a, s.inbox, taken);
    const newcomer = email("newcomer");

    const answer = async (address: string) => {
      const go = browser();
      await startSignIn(go, s.a);
      const hashesBefore = s.hashCalls.hash;
      const res = await registerUntilCode(go, s.a, address, "another password 1");
      return {
        status: res.status,
        page: (await res.text()).replaceAll(address, "ADDRESS"),
        cookies: res.headers.getSetCookie().map((c) => c.split("=")[0]),
        hashes: s.hashCalls.hash - hashesBefore,
        go,
      };
    };
    const forTaken = await answer(taken);
    const forNew = await answer(newcomer);
    expect(forTaken.status).toBe(forNew.status);
    expect(forTaken.page).toBe(forNew.page);
    expect(forTaken.page).toContain("Check your e-mail");
    expect(forTaken.cookies).toEqual(forNew.cookies);
    expect([forTaken.hashes, forNew.hashes]).toEqual([1, 1]);
    expect(s.inbox.accountExists).toEqual([taken]);
    expect(s.inbox.codeFor(newcomer)).toMatch(/^\d{6}$/);

    // The taken address's code step leads nowhere, and its password is not replaced.
    const res = await forTaken.go(new URL("/password/register", s.a), form({ action: "verify", code: "123456" }));
    expect(location(res)).toBeNull();
    const signIn = browser();
    await startSignIn(signIn, s.a);
    const login = await signIn(new URL("/password/authorize", s.a), form({ email: taken, password: PASSWORD }));
    expect(location(login)).toMatch(new RegExp(`^${REDIRECT}\\?code=`));
  });

  it("a sign-up code for an address that got an account meanwhile does not replace that account's password", async () => {
    await fresh();
    const address = email("race");
    const attacker = browser();
    await startSignIn(attacker, s.a);
    await registerUntilCode(attacker, s.a, address, "attacker password 1");
    const attackerCode = s.inbox.codeFor(address) ?? "";
    await signUp(s.b, s.inbox, address); // the owner signs up (with PASSWORD) before the first code is used
    const res = await attacker(new URL("/password/register", s.a), form({ action: "verify", code: attackerCode }));
    expect(location(res)).toBeNull();
    const signIn = browser();
    await startSignIn(signIn, s.a);
    const owner = await signIn(new URL("/password/authorize", s.a), form({ email: address, password: PASSWORD }));
    expect(location(owner)).toMatch(new RegExp(`^${REDIRECT}\\?code=`));
  });

  it("a failed sign-in runs the password hash for an unknown address too, and answers the same", async () => {
    await fresh();
    const known = email("known");
    await signUp(s.a, s.inbox, known);
    const attempt = async (address: string) => {
      const go = browser();
      await startSignIn(go, s.a);
      const before = s.hashCalls.verify;
      const res = await go(new URL("/password/authorize", s.a), form({ email: address, password: "wrong password" }));
      return {
        status: res.status,
        page: (await res.text()).replaceAll(address, "ADDRESS"),
        verifies: s.hashCalls.verify - before,
      };
    };
    const forKnown = await attempt(known);
    const forUnknown = await attempt(email("unknown"));
    expect(forKnown).toEqual(forUnknown);
    expect(forKnown.verifies).toBe(1);
  });
});
