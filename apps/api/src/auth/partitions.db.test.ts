import { feedings } from "@upnest/schemas";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { GRANTS } from "../../../../infra/config.ts";
import { createHarness, type Harness } from "../testing/harness.ts";

/**
 * The IAM conditions of infra/ (each role limited to its partitions with
 * `dynamodb:LeadingKeys`, packages/db keys.ts) checked against what the code
 * really sends: every DynamoDB request the issuer and the API make through a
 * family's flows must be one their role allows, or it would be refused on AWS.
 */
type Request = { side: "issuer" | "api"; action: string; pk: string };
const seen: Request[] = [];
let h: Harness;

/** The IAM action of each single-item or query command, by the SDK command's name (client or document client). */
const ACTIONS: Record<string, string> = {
  GetItem: "GetItem",
  Get: "GetItem",
  PutItem: "PutItem",
  Put: "PutItem",
  UpdateItem: "UpdateItem",
  Update: "UpdateItem",
  DeleteItem: "DeleteItem",
  Delete: "DeleteItem",
  Query: "Query",
  Scan: "Scan",
  BatchGetItem: "BatchGetItem",
  BatchGet: "BatchGetItem",
};
const TRANSACT_PARTS: Record<string, string> = {
  Put: "PutItem",
  Update: "UpdateItem",
  Delete: "DeleteItem",
  ConditionCheck: "ConditionCheckItem",
};
const plain = (v: unknown) => (v && typeof v === "object" && "S" in v ? String((v as { S: string }).S) : String(v));
const pkOf = (input: Record<string, any>) =>
  plain(
    input.Key?.PK ??
      input.Item?.PK ??
      input.ExpressionAttributeValues?.[/PK = (:\w+)/.exec(input.KeyConditionExpression ?? "")?.[1] ?? ""],
  );

function record(side: Request["side"], command: string, input: Record<string, any>) {
  const name = command.replace(/Command$/, "");
  if (name === "TransactWriteItems" || name === "TransactWrite") {
    for (const item of input.TransactItems ?? []) {
      const [kind, part] = Object.entries(item)[0] as [string, Record<string, any>];
      seen.push({ side, action: `dynamodb:${TRANSACT_PARTS[kind] ?? kind}`, pk: pkOf(part) });
    }
  } else if (name === "BatchGetItem" || name === "BatchGet") {
    for (const { Keys } of Object.values(input.RequestItems ?? {}) as { Keys: Record<string, any>[] }[])
      for (const key of Keys) seen.push({ side, action: "dynamodb:BatchGetItem", pk: plain(key.PK) });
  } else if (name === "BatchWriteItem" || name === "BatchWrite") {
    for (const requests of Object.values(input.RequestItems ?? {}) as Record<string, any>[][])
      for (const r of requests)
        seen.push({
          side,
          action: "dynamodb:BatchWriteItem",
          pk: plain(r.PutRequest?.Item?.PK ?? r.DeleteRequest?.Key?.PK),
        });
  } else {
    seen.push({ side, action: `dynamodb:${ACTIONS[name] ?? name}`, pk: pkOf(input) });
  }
}

/** IAM StringLike: `*` any run of characters, `?` exactly one. */
const like = (pattern: string, value: string) =>
  new RegExp(
    `^${pattern
      .replace(/[.+^${}()|[\]\\]/g, "\\$&")
      .replace(/\*/g, ".*")
      .replace(/\?/g, ".")}$`,
    "s",
  ).test(value);
const allowed = (r: Request) =>
  GRANTS[r.side].some((g) => g.actions.includes(r.action) && g.leadingKeys.some((p) => like(p, r.pk)));

beforeAll(async () => {
  h = await createHarness(inject("dynamoEndpoint"), undefined, { observe: record });
});
afterAll(() => h.close());

describe("the roles' partition limits hold for what the code sends", () => {
  it("a family's flows, from sign-up to account deletion, stay inside each side's partitions", async () => {
    const parent = await h.user("partitions-parent");
    const helper = await h.user("partitions-helper");
    const { babyId } = await parent.caller.babies.create({ name: "Ada", dateOfBirth: "2026-01-10", sex: "female" });
    await parent.caller.measurements.add({ babyId, measuredOn: "2026-02-01", weightKg: 3.9 });
    await parent.caller.vaccinations.add({ babyId, dateGiven: "2026-01-10", cvx: "08" });
    await parent.caller.milestones.addCustom({ babyId, title: "First bath", achievedOn: "2026-01-12" });
    const imported = { kind: "feedings" as const, importKey: "bb-feeding-00000000000000ff", values: feedings.example };
    await parent.caller.imports.babyBuddyRecords({ babyId, records: [imported] });
    const { token } = await parent.caller.caregivers.invite({ babyId, role: "caregiver" });
    await helper.caller.caregivers.accept({ token });
    await helper.caller.babies.list({});
    const exported = await parent.caller.account.export();
    await helper.caller.account.delete({ confirm: "DELETE" });
    await parent.caller.account.delete({ confirm: "DELETE" });
    const again = await h.user("partitions-again");
    await again.caller.account.import({ document: exported, idempotencyKey: "partitions-import-1" });

    expect(seen.filter((r) => r.side === "issuer").length).toBeGreaterThan(5);
    expect(seen.some((r) => r.side === "api" && r.pk.startsWith("AUTH#"))).toBe(true); // deletion revokes sign-in
    expect(seen.some((r) => r.action === "dynamodb:BatchGetItem" && r.pk.startsWith("BABY#"))).toBe(true);
    expect(seen.filter((r) => !allowed(r))).toEqual([]);
  });

  it("the checker is sound: what the roles must refuse, it refuses", () => {
    const refused: Request[] = [
      { side: "api", action: "dynamodb:GetItem", pk: "AUTH#email\u001fa@example.com" }, // a password hash
      { side: "api", action: "dynamodb:Scan", pk: "USER#1" },
      { side: "api", action: "dynamodb:GetItem", pk: "AUTH#signing:key" },
      { side: "issuer", action: "dynamodb:GetItem", pk: "BABY#1" },
      { side: "issuer", action: "dynamodb:PutItem", pk: "USER#1" },
      { side: "api", action: "dynamodb:PutItem", pk: "MIGRATION" },
    ];
    expect(refused.filter(allowed)).toEqual([]);
  });
});
