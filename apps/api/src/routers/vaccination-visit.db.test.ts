import { dumpTable } from "@upnest/db/testing";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { topicsMovedBy } from "../reminders/replan.ts";
import { createHarness, type Harness } from "../testing/harness.ts";

let h: Harness;
let mum: Awaited<ReturnType<Harness["user"]>>;
let gran: Awaited<ReturnType<Harness["user"]>>;
let babyId: string;

beforeAll(async () => {
  h = await createHarness(inject("dynamoEndpoint"));
  mum = await h.user("visit-mum");
  gran = await h.user("visit-gran");
  ({ babyId } = await mum.caller.babies.create({ name: "Vi", dateOfBirth: "2026-01-10", sex: "female" }));
  const asViewer = await mum.caller.caregivers.invite({ babyId, role: "viewer" });
  await gran.caller.caregivers.accept({ token: asViewer.token });
});
afterAll(() => h.close());

const SIX = ["20", "49", "216", "10", "116", "08"];

describe("vaccinations.addVisit: one visit's doses in one form", () => {
  it("writes the six doses of the 2-month visit in one call, each with the date, the clinic and its own lot", async () => {
    const made = await mum.caller.vaccinations.addVisit({
      babyId,
      dateGiven: "2026-03-10",
      clinic: "Northside Pediatrics",
      doses: SIX.map((cvx, i) => ({ cvx, ...(i < 2 ? { lotNumber: `LOT${i}` } : {}) })),
    });
    expect(made.map((d) => [d.cvx, d.dateGiven, d.clinic, d.lotNumber])).toEqual(
      SIX.map((cvx, i) => [cvx, "2026-03-10", "Northside Pediatrics", i < 2 ? `LOT${i}` : undefined]),
    );
    const listed = (await mum.caller.vaccinations.list({ babyId })).items;
    expect(listed.map((d) => d.cvx).sort()).toEqual([...SIX].sort());
    // Each dose has its own audit event, written with it.
    const history = await mum.caller.babies.history({ babyId, limit: 50 });
    const created = history.items.filter((e) => e.recordType === "vaccination" && e.action === "create");
    expect(created.map((e) => e.recordId).sort()).toEqual(made.map((d) => d.vaccinationId).sort());
    // Combination and single vaccines count for their antigens on the page.
    const o = await mum.caller.vaccinations.overview({ babyId });
    expect(o.doses.filter((d) => d.dateGiven === "2026-03-10").every((d) => d.counted)).toBe(true);
  });

  it("moves the vaccine reminders, as one dose's add does", () => {
    expect(topicsMovedBy("vaccinations.addVisit")).toEqual(topicsMovedBy("vaccinations.add"));
    expect(topicsMovedBy("vaccinations.addVisit")).toEqual(["vaccines"]);
  });

  it("one unknown vaccine among them: none is written, and the form is told which", async () => {
    const before = await dumpTable(h.table);
    await expect(
      mum.client.vaccinations.addVisit.mutate({
        babyId,
        dateGiven: "2026-05-10",
        doses: [{ cvx: "20" }, { cvx: "10" }, { cvx: "998" }],
      }),
    ).rejects.toMatchObject({
      data: { code: "BAD_REQUEST", fieldErrors: { "doses.2.cvx": ["Choose a vaccine from the list"] } },
    });
    expect(await dumpTable(h.table)).toEqual(before);
  });

  it("a retry with the same key writes the visit once and answers the same doses", async () => {
    const input = {
      babyId,
      idempotencyKey: "visit-retry-1",
      dateGiven: "2026-05-11",
      doses: [{ cvx: "20" }, { cvx: "10" }],
    };
    const first = await mum.caller.vaccinations.addVisit(input);
    const again = await mum.caller.vaccinations.addVisit(input);
    expect(again.map((d) => d.vaccinationId).sort()).toEqual(first.map((d) => d.vaccinationId).sort());
    const onDay = (await mum.caller.vaccinations.list({ babyId })).items.filter((d) => d.dateGiven === "2026-05-11");
    expect(onDay).toHaveLength(2);
    await expect(mum.caller.vaccinations.addVisit({ ...input, doses: [{ cvx: "20" }] })).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });

  it("a viewer cannot record a visit, and nothing is written", async () => {
    const before = await dumpTable(h.table);
    await expect(
      gran.caller.vaccinations.addVisit({ babyId, dateGiven: "2026-05-12", doses: [{ cvx: "20" }] }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await dumpTable(h.table)).toEqual(before);
  });
});

describe("a baby's conditions and the mother's RSV vaccine", () => {
  it("are saved, read back with the baby, audited, and cleared with null", async () => {
    const { babyId: id, version } = await mum.caller.babies.create({
      name: "Co",
      dateOfBirth: "2026-01-10",
      sex: "male",
      conditions: [{ code: "160", date: "2026-02-01" }],
    });
    let baby = await mum.caller.babies.get({ babyId: id });
    expect(baby.conditions).toEqual([{ code: "160", date: "2026-02-01" }]);
    baby = await mum.caller.babies.update({
      babyId: id,
      version,
      patch: { maternalRsvVaccine: { status: "given", date: "2025-12-01" } },
    });
    expect(baby.maternalRsvVaccine).toEqual({ status: "given", date: "2025-12-01" });
    expect((await mum.caller.vaccinations.overview({ babyId: id })).conditions).toEqual([
      { code: "160", date: "2026-02-01" },
    ]);
    const history = await mum.caller.babies.history({ babyId: id, limit: 10 });
    expect(history.items.find((e) => e.action === "update")?.changes).toMatchObject({
      maternalRsvVaccine: { after: { status: "given", date: "2025-12-01" } },
    });
    baby = await mum.caller.babies.update({
      babyId: id,
      version: baby.version,
      patch: { conditions: null, maternalRsvVaccine: null },
    });
    expect(baby.conditions).toBeUndefined();
    expect(baby.maternalRsvVaccine).toBeUndefined();
    expect((await mum.caller.vaccinations.overview({ babyId: id })).conditions).toEqual([]);
  });

  it("a new date of birth after a condition's date is refused, and nothing changes", async () => {
    const { babyId: id, version } = await mum.caller.babies.create({
      name: "Dd",
      dateOfBirth: "2026-01-10",
      sex: "male",
      conditions: [{ code: "160", date: "2026-02-01" }],
    });
    const before = await dumpTable(h.table);
    await expect(
      mum.client.babies.update.mutate({ babyId: id, version, patch: { dateOfBirth: "2026-03-01" } }),
    ).rejects.toMatchObject({
      data: { code: "BAD_REQUEST", fieldErrors: { conditions: ["A condition's date cannot be before birth"] } },
    });
    expect(await dumpTable(h.table)).toEqual(before);
  });

  it("travel with the baby in an export and back in an import; an unknown condition in a file imports nothing", async () => {
    const owner = await h.user("visit-export");
    const other = await h.user("visit-import");
    await owner.caller.babies.create({
      name: "Ex",
      dateOfBirth: "2026-01-10",
      sex: "female",
      conditions: [{ code: "160", date: "2026-02-01" }],
      maternalRsvVaccine: { status: "not-given" },
    });
    const exported = await owner.caller.account.export();
    expect(exported.babies[0]?.baby).toMatchObject({
      conditions: [{ code: "160", date: "2026-02-01" }],
      maternalRsvVaccine: { status: "not-given" },
    });
    await other.caller.account.import({ document: exported, idempotencyKey: "visit-import-0001" });
    const [imported] = (await other.caller.babies.list()).items;
    const copy = await other.caller.babies.get({ babyId: imported?.babyId ?? "" });
    expect(copy.conditions).toEqual([{ code: "160", date: "2026-02-01" }]);
    expect(copy.maternalRsvVaccine).toEqual({ status: "not-given" });

    const stranger = await h.user("visit-import-bad");
    const bad = structuredClone(exported);
    const first = bad.babies[0];
    if (first) first.baby.conditions = [{ code: "999" }];
    const before = await dumpTable(h.table);
    await expect(
      stranger.caller.account.import({ document: bad, idempotencyKey: "visit-import-0002" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: "Choose a condition from the list" });
    expect(await dumpTable(h.table)).toEqual(before);
  });
});
