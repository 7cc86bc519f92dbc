import { describe, expect, it } from "vitest";
import { clockDiffers, familyZone, fromLocalInput, toLocalInput } from "./zone.ts";

describe("the family's clock", () => {
  it("is the baby's zone, else the profile's, else the phone's", () => {
    expect(familyZone("America/Chicago", "Europe/Madrid", "UTC")).toBe("America/Chicago");
    expect(familyZone(undefined, "Europe/Madrid", "UTC")).toBe("Europe/Madrid");
    expect(familyZone(undefined, undefined, "UTC")).toBe("UTC");
  });

  it("is named only when the phone's clock reads another time", () => {
    const winter = Date.parse("2026-01-15T12:00:00Z");
    expect(clockDiffers("Europe/Paris", "Europe/Berlin", winter)).toBe(false);
    expect(clockDiffers("America/Chicago", "Europe/Madrid", winter)).toBe(true);
  });

  it("reads and writes a time typed on the family's clock, wherever the phone is", () => {
    expect(toLocalInput("2026-01-15T08:10:00Z", "America/Chicago")).toBe("2026-01-15T02:10");
    expect(fromLocalInput("2026-01-15T02:10", "America/Chicago")).toBe("2026-01-15T08:10:00.000Z");
    expect(fromLocalInput("2026-07-15T02:10", "America/Chicago")).toBe("2026-07-15T07:10:00.000Z");
    expect(fromLocalInput("02:10", "America/Chicago")).toBeUndefined();
    // 02:30 does not exist on 8 Mar 2026 in Chicago: it is read as 03:30 CDT.
    expect(fromLocalInput("2026-03-08T02:30", "America/Chicago")).toBe("2026-03-08T08:30:00.000Z");
  });
});
