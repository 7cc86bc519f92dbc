import { feedings, measurements, milestones } from "@upnest/schemas";
import { ulid } from "ulid";
import { describe, expect, it } from "vitest";
import { recordIds } from "./record-ids.ts";

const BABY = "01HZZZZZZZZZZZZZZZZZZZZZZZ";

describe("record ids name their keys (decision 0007)", () => {
  const ids = recordIds(measurements);

  it("a new measurement's id names the key it is stored under, and still passes the id schema", () => {
    const values = { measuredOn: "2026-03-01", weightKg: 4 };
    const id = ids.newId(values, new Date("2026-03-05T10:00:00Z"));
    expect(id).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(ids.namesItsKey(id)).toBe(true);
    expect(ids.homeKey(BABY, id)).toEqual({ PK: `BABY#${BABY}`, SK: `MEAS#2026-03-01#${id}` });
  });

  it("records of one date keep the order they were made in", () => {
    const values = { measuredOn: "2026-03-01" };
    const first = ids.newId(values, new Date("2026-03-05T10:00:00.000Z"));
    const second = ids.newId(values, new Date("2026-03-05T10:00:00.001Z"));
    expect([second, first].sort()).toEqual([first, second]);
  });

  it("a plain ULID (an id from before) does not name a key; an undated type's id is its key", () => {
    expect(ids.namesItsKey(ulid(Date.parse("2026-03-05T10:11:12.013Z")))).toBe(false);
    expect(ids.namesItsKey("not-a-ulid")).toBe(false);
    expect(recordIds(milestones).homeKey(BABY, "m02-smiles")).toEqual({ PK: `BABY#${BABY}`, SK: "MILE#m02-smiles" });
  });

  it("an imported record's id names its key and is the same for the same baby, type and import key", () => {
    const values = { measuredOn: "2026-03-01", weightKg: 4 };
    const id = ids.importedId(values, BABY, "bb-weight-0123456789abcdef");
    expect(id).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(ids.namesItsKey(id)).toBe(true);
    expect(ids.homeKey(BABY, id).SK).toBe(`MEAS#2026-03-01#${id}`);
    expect(ids.importedId(values, BABY, "bb-weight-0123456789abcdef")).toBe(id);
    expect(ids.importedId(values, BABY, "bb-weight-0123456789abcdee")).not.toBe(id);
    expect(ids.importedId(values, "01HZZZZZZZZZZZZZZZZZZZZZZY", "bb-weight-0123456789abcdef")).not.toBe(id);
    const feeding = { startedAt: "2026-03-01T08:04:09.000Z", timeZone: "UTC" };
    const feedingId = recordIds(feedings).importedId(feeding, BABY, "bb-weight-0123456789abcdef");
    expect(feedingId.slice(10)).not.toBe(id.slice(10));
    expect(recordIds(feedings).homeKey(BABY, feedingId).SK).toBe(`CARE#2026-03-01T08:04:09.000Z#${feedingId}`);
  });
});
