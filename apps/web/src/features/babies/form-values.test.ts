import type { Baby } from "@upnest/schemas";
import { describe, expect, it } from "vitest";
import { babyToValues, personalZone, valuesToBaby, zoneToSend } from "./form-values.ts";

const baby = {
  babyId: "01HZY3T7V8W9X0Y1Z2A3B4C5D6",
  name: "Ada",
  dateOfBirth: "2026-01-10",
  sex: "female",
  role: "owner",
  createdAt: "",
  updatedAt: "",
  version: 3,
} satisfies Baby;

describe("the baby form's time zone", () => {
  it("a new baby takes the profile's zone, else this device's (a profile's first zone, UTC, is no choice)", () => {
    expect(personalZone("Europe/Madrid", "America/Chicago")).toBe("Europe/Madrid");
    expect(personalZone(undefined, "America/Chicago")).toBe("America/Chicago");
    expect(personalZone("UTC", "America/Chicago")).toBe("America/Chicago");
    expect(personalZone("UTC", undefined)).toBe("UTC");
  });

  it("an edit shows the baby's zone, or the one in use for a baby without one", () => {
    expect(babyToValues({ ...baby, timeZone: "Asia/Tokyo" }, "Europe/Madrid").timeZone).toBe("Asia/Tokyo");
    expect(babyToValues(baby, "Europe/Madrid").timeZone).toBe("Europe/Madrid");
    expect(valuesToBaby(babyToValues(baby, "Europe/Madrid")).timeZone).toBe("Europe/Madrid");
  });

  it("an edit sends a chosen zone, and does not set one just because the form showed it", () => {
    expect(zoneToSend(undefined, "Europe/Madrid", "Europe/Madrid")).toBeUndefined();
    expect(zoneToSend(undefined, "Asia/Tokyo", "Europe/Madrid")).toBe("Asia/Tokyo");
    expect(zoneToSend("Asia/Tokyo", "Europe/Madrid", "Asia/Tokyo")).toBe("Europe/Madrid");
    expect(zoneToSend("Asia/Tokyo", "Asia/Tokyo", "Asia/Tokyo")).toBe("Asia/Tokyo");
  });
});
