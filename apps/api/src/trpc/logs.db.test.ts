import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { codeIn } from "../mail/inbox.ts";
import { createHarness, type Harness } from "../testing/harness.ts";
import { capturePrinted } from "../testing/printed.ts";

let h: Harness;
beforeAll(async () => {
  h = await createHarness(inject("dynamoEndpoint"));
});
afterAll(() => h.close());

describe("logs", () => {
  it("every call is one JSON line with a request id, and no e-mail, code, name, token or measured value appears", async () => {
    // What the issuer (in this process) prints while it signs the person up and e-mails the code.
    const printed = capturePrinted();
    const parent = await h.user("private-person").finally(printed.restore);
    const code = codeIn(h.inbox.latest(parent.email) ?? { text: "" });
    const baby = await parent.client.babies.create.mutate({
      name: "Zephyrine",
      dateOfBirth: "2026-01-01",
      sex: "female",
    });
    await parent.client.measurements.add.mutate({
      babyId: baby.babyId,
      measuredOn: "2026-02-01",
      weightKg: 4.321,
      notes: "secret note",
    });
    await parent.client.measurements.add
      .mutate({ babyId: baby.babyId, measuredOn: "2026-02-01", weightKg: 999 })
      .catch(() => undefined);
    await parent.client.babies.get.query({ babyId: "01ARZ3NDEKTSV4RRFFQ69G5FAV" }).catch(() => undefined);
    await parent.client.account.export.query();
    const lines = h.logLines;
    const calls = lines.filter((l) => l.message === "call");
    expect(calls.length).toBeGreaterThanOrEqual(6);
    for (const line of lines) expect(line.requestId).toEqual(expect.any(String));
    expect(calls.map((l) => l.code)).toEqual(expect.arrayContaining(["OK", "BAD_REQUEST", "NOT_FOUND"]));
    const text = JSON.stringify(lines) + printed.text();
    for (const secret of [
      parent.email,
      "Zephyrine",
      "secret note",
      parent.tokens.access.slice(0, 40),
      parent.tokens.refresh.slice(0, 20),
    ]) {
      expect(text).not.toContain(secret);
    }
    // The code and the weight as values of their own: a timestamp ("…:24.321Z") or a duration ("14.3215") may hold
    // their digits by chance, and that is not a leak.
    expect(code).toMatch(/^\d+$/);
    expect(text).not.toMatch(new RegExp(`(?<![\\d.])${code}(?![\\d])`));
    expect(text).not.toMatch(/(?<![\d.])4\.321(?!\d)/);
  });
});
