import { babyRecordTypes, exportDocument as documentSchema, feedings, measurements } from "@upnest/schemas";
import { describe, expect, it } from "vitest";
import { exportDocument, exportedBaby, recordsInDocument } from "./export-document.ts";

const baby = {
  role: "owner",
  babyId: "01HZY3T7V8W9X0Y1Z2A3B4C5D6",
  name: "Ada",
  dateOfBirth: "2026-01-10",
  sex: "female",
  ownerCount: 1,
  version: 2,
};

describe("the JSON export's document", () => {
  it("keeps a baby's profile fields and each record's values, nothing of the bookkeeping", () => {
    const records = new Map([
      ["measurements", [{ ...measurements.example, measurementId: "M", version: 4, createdBy: "u" }]],
      ["feedings", [{ ...feedings.example, feedingId: "F", babyId: baby.babyId }]],
    ]);
    const exported = exportedBaby(babyRecordTypes, baby, records) as Record<string, unknown>;
    expect(exported.role).toBe("owner");
    expect(exported.baby).toEqual({ name: "Ada", dateOfBirth: "2026-01-10", sex: "female" });
    expect(exported.measurements).toEqual([measurements.example]);
    expect(exported.feedings).toEqual([feedings.example]);
    expect(exported.sleeps).toEqual([]);
  });

  it("is a document the import reads, and counts the records it would write", () => {
    const babies = [exportedBaby(babyRecordTypes, baby, new Map([["measurements", [measurements.example]]]))];
    const document = exportDocument({
      exportedAt: "2026-03-01T10:00:00.000Z",
      profile: { displayName: "Sam", units: "metric", email: "sam@example.com", version: 3 },
      babies,
    });
    expect(document.profile).toEqual({ displayName: "Sam", units: "metric" });
    expect(documentSchema.safeParse(document).success).toBe(true);
    expect(recordsInDocument(document as never, babyRecordTypes)).toBe(2);
  });
});
