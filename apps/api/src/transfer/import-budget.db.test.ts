import { dumpTable } from "@upnest/db/testing";
import type { exportDocument } from "@upnest/schemas";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { z } from "zod";
import { createHarness, type Harness } from "../testing/harness.ts";

let h: Harness;
// Ten imported records an hour (an hour, so a test never straddles a window).
beforeAll(async () => {
  h = await createHarness(inject("dynamoEndpoint"), { importRecords: { limit: 10, windowSeconds: 3600 } });
});
afterAll(() => h.close());

/** An export document of one baby with `measurements` measurements: 1 + measurements records. */
const documentWith = (measurements: number, name = "Imported"): z.input<typeof exportDocument> => ({
  format: "upnest-export",
  version: 1,
  exportedAt: "2026-03-01T00:00:00.000Z",
  profile: {},
  babies: [
    {
      role: "owner",
      baby: { name, dateOfBirth: "2026-01-01", sex: "female" },
      measurements: Array.from({ length: measurements }, (_, i) => ({
        measuredOn: `2026-02-${String(i + 1).padStart(2, "0")}`,
        weightKg: 4 + i / 10,
      })),
      vaccinations: [],
      milestones: [],
    },
  ],
});
const errorOf = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: { code: string; message: string }) => e,
  );

describe("imports count every record they write", () => {
  it("one import of more records than the whole budget is refused, with how to split it, and writes nothing", async () => {
    const user = await h.user("huge-import");
    const before = await dumpTable(h.table);
    const error = await errorOf(
      user.caller.account.import({ document: documentWith(10), idempotencyKey: "import-huge-1" }),
    );
    expect(error).toMatchObject({
      code: "BAD_REQUEST",
      message: "This file has 11 records; one import can take at most 10. Split it into smaller files.",
    });
    // In the language the request asks for.
    const spanish = h.httpClient(user.tokens.access, "es").account.import.mutate({
      document: documentWith(10),
      idempotencyKey: "import-huge-2",
    });
    expect(await errorOf(spanish)).toMatchObject({
      message:
        "Este archivo tiene 11 registros; una importación admite como máximo 10. Divídelo en archivos más pequeños.",
    });
    expect(await dumpTable(h.table)).toEqual(before);
  });

  it("imports that together pass the budget: the one over it is refused whole, with Retry-After", async () => {
    const user = await h.user("two-imports");
    await user.caller.account.import({ document: documentWith(5, "First"), idempotencyKey: "import-first-1" });
    const before = await dumpTable(h.table);
    const res = await fetch(`${h.apiUrl}/trpc/account.import`, {
      method: "POST",
      headers: { authorization: `Bearer ${user.tokens.access}`, "content-type": "application/json" },
      body: JSON.stringify({ document: documentWith(4, "Second"), idempotencyKey: "import-second-1" }),
    });
    expect(res.status).toBe(429);
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
    const body = (await res.json()) as { error: { message: string } };
    expect(body.error.message).toMatch(
      /^This file has 5 records, more than you can import right now \(at most 10 records in 60 minutes\)\. Try again in \d+ minutes, or import a smaller file\.$/,
    );
    expect(await dumpTable(h.table)).toEqual(before);
    expect((await user.caller.babies.list()).items.map((b) => b.name)).toEqual(["First"]);
  });

  it("CSV rows count too; a dry run costs nothing", async () => {
    const user = await h.user("csv-rows");
    const { babyId } = await user.caller.babies.create({ name: "Rows", dateOfBirth: "2026-01-01", sex: "male" });
    const rows = (n: number, day: number) =>
      Array.from({ length: n }, (_, i) => ({
        measuredOn: `2026-02-${String(day + i).padStart(2, "0")}`,
        weightKg: "4",
      }));
    for (let i = 0; i < 5; i++)
      expect((await user.caller.account.importMeasurements({ babyId, rows: rows(8, 1), dryRun: true })).created).toBe(
        8,
      );
    expect((await user.caller.account.importMeasurements({ babyId, rows: rows(8, 1) })).created).toBe(8);
    const before = await dumpTable(h.table);
    const error = await errorOf(user.caller.account.importMeasurements({ babyId, rows: rows(3, 20) }));
    expect(error).toMatchObject({ code: "TOO_MANY_REQUESTS" });
    expect(await dumpTable(h.table)).toEqual(before);
    expect((await user.caller.measurements.list({ babyId })).items).toHaveLength(8);
  });

  it("each user has their own budget", async () => {
    const other = await h.user("other-importer");
    await expect(
      other.caller.account.import({ document: documentWith(9), idempotencyKey: "import-other-1" }),
    ).resolves.toMatchObject({ records: 9 });
  });
});
