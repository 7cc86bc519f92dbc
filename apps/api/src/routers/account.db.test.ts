import { dumpTable } from "@upnest/db/testing";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createHarness, type Harness } from "../testing/harness.ts";

let h: Harness;
type User = Awaited<ReturnType<Harness["user"]>>;

beforeAll(async () => {
  h = await createHarness(inject("dynamoEndpoint"));
});
afterAll(() => h.close());

async function familyWithRecords(parent: User) {
  const { babyId } = await parent.caller.babies.create({
    name: "Ada",
    dateOfBirth: "2026-01-10",
    sex: "female",
    gestationalAgeWeeks: 34,
  });
  await parent.caller.measurements.add({
    babyId,
    measuredOn: "2026-02-01",
    weightKg: 3.9,
    lengthCm: 52,
    lengthMethod: "lying",
    notes: "clinic",
  });
  await parent.caller.measurements.add({ babyId, measuredOn: "2026-02-01", headCircumferenceCm: 36.5 });
  await parent.caller.vaccinations.add({ babyId, dateGiven: "2026-01-10", cvx: "08", lotNumber: "L1" });
  await parent.caller.milestones.addCustom({ babyId, title: "First bath", achievedOn: "2026-01-12" });
  return babyId;
}

const withoutIds = (doc: { babies: unknown[] }) => doc.babies;

describe("export, delete, import", () => {
  it("export → delete account → import into a new account gives back the same records", async () => {
    const first = await h.user("exporter");
    await familyWithRecords(first);
    const exported = await first.caller.account.export();
    expect(exported.babies[0]?.measurements).toHaveLength(2);

    await first.caller.account.delete({ confirm: "DELETE" });
    const second = await h.user("importer");
    await second.caller.account.import({ document: exported, idempotencyKey: "import-0000001" });
    // Retrying the same import creates nothing twice.
    await second.caller.account.import({ document: exported, idempotencyKey: "import-0000001" });
    const reimported = await second.caller.account.export();
    expect(withoutIds(reimported)).toEqual(withoutIds(exported));
  });

  it("deleting an account leaves no item keyed to the user or to the babies they owned alone", async () => {
    const parent = await h.user("leaver");
    const other = await h.user("other");
    const ownBaby = await familyWithRecords(parent);
    const shared = await other.caller.babies.create({ name: "Sam", dateOfBirth: "2026-01-01", sex: "male" });
    const { token } = await other.caller.caregivers.invite({ babyId: shared.babyId, role: "caregiver" });
    await parent.caller.caregivers.accept({ token });
    await parent.caller.measurements.add({ babyId: shared.babyId, measuredOn: "2026-02-01", weightKg: 4 });

    expect(await parent.caller.account.deletionPreview()).toEqual({
      babiesDeleted: [ownBaby],
      babiesLeft: [shared.babyId],
    });
    await parent.caller.account.delete({ confirm: "DELETE" });

    const items = await dumpTable(h.table);
    const keyOf = (i: Record<string, unknown>) => JSON.stringify([i.PK, i.SK]);
    const keyed = items.filter((i) => [parent.userId, ownBaby, parent.email].some((k) => keyOf(i).includes(k)));
    expect(keyed).toEqual([]);
    // The shared baby stays for its owner, with the records the leaver added.
    expect((await other.caller.measurements.list({ babyId: shared.babyId })).items).toHaveLength(1);
    expect((await other.caller.caregivers.list({ babyId: shared.babyId })).items.map((m) => m.userId)).toEqual([
      other.userId,
    ]);
    // A token that outlives the account does not bring it back.
    await expect(parent.caller.users.me()).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await dumpTable(h.table)).filter((i) => String(i.PK).includes(parent.userId))).toEqual([]);
  });

  it("account deletion needs the word DELETE", async () => {
    const parent = await h.user("careful");
    await expect(parent.client.account.delete.mutate({ confirm: "yes" as never })).rejects.toMatchObject({
      data: { code: "BAD_REQUEST" },
    });
    expect((await parent.caller.users.me()).userId).toBe(parent.userId);
  });
});

describe("CSV", () => {
  it("exports measurements as machine-readable CSV with numbers as numbers, and imports it back idempotently", async () => {
    const parent = await h.user("csv");
    const babyId = await familyWithRecords(parent);
    const { csv, filename } = await parent.caller.account.csv({ babyId, kind: "measurements", form: "machine" });
    expect(filename).toBe("Ada-measurements-data.csv");
    // The notes ("clinic"), then an empty labels column.
    expect(csv.split("\r\n")[1]).toBe("2026-02-01,3.9,52,lying,,clinic,");

    const { babyId: copy } = await parent.caller.babies.create({
      name: "Copy",
      dateOfBirth: "2026-01-10",
      sex: "female",
    });
    const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
    const dry = await parent.caller.account.importMeasurements({ babyId: copy, rows, dryRun: true });
    expect(dry.created).toBe(2);
    expect((await parent.caller.measurements.list({ babyId: copy })).items).toHaveLength(0);
    const first = await parent.caller.account.importMeasurements({ babyId: copy, rows });
    const again = await parent.caller.account.importMeasurements({ babyId: copy, rows });
    expect([first.created, again.created, again.duplicates]).toEqual([2, 0, 2]);
    expect((await parent.caller.measurements.list({ babyId: copy })).items).toHaveLength(2);
  });

  it("a note or title crafted as a formula, also after a line break, reaches the spreadsheet as text", async () => {
    const parent = await h.user("csvformula");
    const { babyId } = await parent.caller.babies.create({ name: "F", dateOfBirth: "2026-01-10", sex: "female" });
    const crafted = ['Checked\n=HYPERLINK("http://evil.example","ok")', "x\r=1+1", "@SUM(A1)", "＝1+1", "-2+3"];
    for (const [i, notes] of crafted.entries())
      await parent.caller.measurements.add({ babyId, measuredOn: `2026-02-0${i + 1}`, weightKg: 4, notes });
    await parent.caller.milestones.addCustom({ babyId, title: "Smiled\n+1", achievedOn: "2026-01-12" });
    const cells = [
      ...Papa.parse<Record<string, string>>(
        (await parent.caller.account.csv({ babyId, kind: "measurements", form: "machine" })).csv,
        {
          header: true,
        },
      ).data.map((r) => r.notes ?? ""),
      ...Papa.parse<Record<string, string>>(
        (await parent.caller.account.csv({ babyId, kind: "milestones", form: "machine" })).csv,
        {
          header: true,
        },
      ).data.map((r) => r.title ?? ""),
    ];
    expect(cells).toHaveLength(crafted.length + 1);
    for (const line of cells.flatMap((c) => c.split(/\r\n|\r|\n/))) expect(line).not.toMatch(/^[=+\-@\t\r＝＋－＠]/);
    expect(cells[0]).toBe('Checked\n\'=HYPERLINK("http://evil.example","ok")');
  });

  it("reports each bad row with its field messages and writes none of them", async () => {
    const parent = await h.user("csvbad");
    const { babyId } = await parent.caller.babies.create({ name: "Bad", dateOfBirth: "2026-01-10", sex: "female" });
    const rows = [
      { measuredOn: "2026-02-01", weightKg: "4.1" },
      { measuredOn: "2026-02-02", weightKg: "80" },
      { measuredOn: "2025-12-01", weightKg: "4" },
      { measuredOn: "not a date", lengthCm: "55" },
    ];
    const report = await parent.caller.account.importMeasurements({ babyId, rows });
    expect(report.results.map((r) => r.status)).toEqual(["created", "invalid", "invalid", "invalid"]);
    expect(report.results[1]?.errors?.weightKg).toEqual(["Weight must be between 0.2 and 60 kg"]);
    expect(report.results[2]?.errors?.measuredOn?.[0]).toMatch(/before the date of birth/);
    expect((await parent.caller.measurements.list({ babyId })).items).toHaveLength(1);
  });
});
