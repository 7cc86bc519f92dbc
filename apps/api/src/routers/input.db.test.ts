import { dumpTable } from "@upnest/db/testing";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createHarness, type Harness } from "../testing/harness.ts";

let h: Harness;
let parent: Awaited<ReturnType<Harness["user"]>>;
let babyId: string;
let measurementId: string;
type Client = typeof parent.client;

beforeAll(async () => {
  h = await createHarness(inject("dynamoEndpoint"));
  parent = await h.user("input");
  babyId = (await parent.caller.babies.create({ name: "Ada", dateOfBirth: "2026-01-10", sex: "female" })).babyId;
  measurementId = (await parent.caller.measurements.add({ babyId, measuredOn: "2026-02-01", weightKg: 4.1 }))
    .measurementId;
});
afterAll(() => h.close());

/** Each procedure with malformed input, and the field a person should be told about. */
const cases: [string, (c: Client) => Promise<unknown>, string][] = [
  ["users.updateProfile", (c) => c.users.updateProfile.mutate({ version: 1, units: "stones" as never }), "units"],
  ["users.updateProfile", (c) => c.users.updateProfile.mutate({ version: 1, timezone: "Mars/Olympus" }), "timezone"],
  ["babies.list", (c) => c.babies.list.query({ limit: 0 }), "limit"],
  ["babies.get", (c) => c.babies.get.query({ babyId: "../../etc" }), "babyId"],
  [
    "babies.create",
    (c) => c.babies.create.mutate({ name: "x".repeat(10_000), dateOfBirth: "2026-01-01", sex: "female" }),
    "name",
  ],
  [
    "babies.create",
    (c) => c.babies.create.mutate({ name: "Ada", dateOfBirth: "2999-01-01", sex: "female" }),
    "dateOfBirth",
  ],
  [
    "babies.create",
    (c) => c.babies.create.mutate({ name: "Ada", dateOfBirth: "2026-01-01", sex: "female", gestationalAgeWeeks: 50 }),
    "gestationalAgeWeeks",
  ],
  ["babies.update", (c) => c.babies.update.mutate({ babyId: "x", version: 1, patch: { name: "A" } }), "babyId"],
  [
    "babies.update",
    (c) => c.babies.update.mutate({ babyId: "01ARZ3NDEKTSV4RRFFQ69G5FAV", version: 0, patch: { name: "A" } }),
    "version",
  ],
  ["babies.update", (c) => c.babies.update.mutate({ babyId, version: 1, patch: { motherHeightCm: 1650 } }), "patch"],
  [
    "measurements.chart",
    (c) => c.measurements.chart.query({ babyId, chart: "weight", range: "lifetime" as never }),
    "range",
  ],
  ["babies.delete", (c) => c.babies.delete.mutate({ babyId: "01ARZ3NDEKTSV4RRFFQ69G5FAV" } as never), "version"],
  ["measurements.list", (c) => c.measurements.list.query({ babyId, from: "2026-05-01", to: "2026-01-01" }), "to"],
  ["measurements.get", (c) => c.measurements.get.query({ babyId, measurementId: "" }), "measurementId"],
  ["measurements.add", (c) => c.measurements.add.mutate({ babyId, measuredOn: "2026-02-01", weightKg: 0 }), "weightKg"],
  [
    "measurements.add",
    (c) => c.measurements.add.mutate({ babyId, measuredOn: "2026-02-01", weightKg: 80 }),
    "weightKg",
  ],
  [
    "measurements.add",
    (c) => c.measurements.add.mutate({ babyId, measuredOn: "2025-12-31", weightKg: 4 }),
    "measuredOn",
  ],
  [
    "measurements.add",
    (c) => c.measurements.add.mutate({ babyId, measuredOn: "2999-01-01", weightKg: 4 }),
    "measuredOn",
  ],
  [
    "measurements.add",
    (c) => c.measurements.add.mutate({ babyId, measuredOn: "2026-02-01", lengthCm: 55 }),
    "lengthMethod",
  ],
  [
    "measurements.update",
    (c) =>
      c.measurements.update.mutate({
        babyId,
        measurementId,
        version: 1,
        measuredOn: "2026-02-01",
        headCircumferenceCm: 100,
      }),
    "headCircumferenceCm",
  ],
  [
    "measurements.update",
    (c) => c.measurements.update.mutate({ babyId, measurementId, version: 1, measuredOn: "2025-01-01", weightKg: 4 }),
    "measuredOn",
  ],
  ["measurements.delete", (c) => c.measurements.delete.mutate({ babyId, measurementId, version: -1 }), "version"],
  [
    "vaccinations.addVisit",
    (c) => c.vaccinations.addVisit.mutate({ babyId, dateGiven: "2026-03-10", doses: [{ cvx: "20" }, { cvx: "999" }] }),
    "doses",
  ],
  [
    "vaccinations.addVisit",
    (c) => c.vaccinations.addVisit.mutate({ babyId, dateGiven: "2026-03-10", doses: [{ cvx: "20" }, { cvx: "20" }] }),
    "doses",
  ],
  [
    "vaccinations.addVisit",
    (c) => c.vaccinations.addVisit.mutate({ babyId, dateGiven: "2026-03-10", doses: [] }),
    "doses",
  ],
  [
    "vaccinations.addVisit",
    (c) => c.vaccinations.addVisit.mutate({ babyId, dateGiven: "2026-01-01", doses: [{ cvx: "20" }] }),
    "dateGiven",
  ],
  [
    "babies.create",
    (c) =>
      c.babies.create.mutate({ name: "Ada", dateOfBirth: "2026-01-01", sex: "female", conditions: [{ code: "999" }] }),
    "conditions",
  ],
  [
    "babies.create",
    (c) =>
      c.babies.create.mutate({
        name: "Ada",
        dateOfBirth: "2026-01-01",
        sex: "female",
        conditions: [{ code: "160", date: "2025-12-01" }],
      }),
    "conditions",
  ],
  [
    "babies.update",
    (c) => c.babies.update.mutate({ babyId, version: 1, patch: { conditions: [{ code: "999" }] } }),
    "conditions",
  ],
  [
    "babies.update",
    (c) =>
      c.babies.update.mutate({
        babyId,
        version: 1,
        patch: { maternalRsvVaccine: { status: "given", date: "2026-02-01" } },
      }),
    "maternalRsvVaccine",
  ],
  [
    "babies.update",
    (c) => c.babies.update.mutate({ babyId, version: 1, patch: { maternalRsvVaccine: { status: "maybe" as never } } }),
    "patch",
  ],
];

describe("bad input is refused with field messages and changes nothing", () => {
  for (const [name, call, field] of cases) {
    it(`${name}: a bad ${field} is BAD_REQUEST naming ${field}`, async () => {
      const before = await dumpTable(h.table);
      const error = await call(parent.client).then(
        () => null,
        (e: { data?: { code: string; fieldErrors: Record<string, string[]> | null } }) => e,
      );
      expect(error?.data?.code).toBe("BAD_REQUEST");
      const messages = error?.data?.fieldErrors?.[field];
      expect(messages?.length).toBeGreaterThan(0);
      expect(messages?.join(" ")).not.toMatch(/Invalid input|expected|received/i);
      expect(await dumpTable(h.table)).toEqual(before);
    });
  }
});
