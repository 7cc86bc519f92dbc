import { describe, expect, it } from "vitest";
import { timezoneOptions } from "./timezones.ts";

describe("time zone choices", () => {
  it("lists the browser's zones sorted, always with UTC and the saved one", () => {
    expect(timezoneOptions("Etc/GMT+5", () => ["Europe/Paris", "America/New_York"])).toEqual([
      "America/New_York",
      "Etc/GMT+5",
      "Europe/Paris",
      "UTC",
    ]);
  });

  it("falls back to the saved zone and UTC where the browser cannot list zones", () => {
    expect(
      timezoneOptions("Europe/Paris", () => {
        throw new RangeError("unsupported");
      }),
    ).toEqual(["Europe/Paris", "UTC"]);
  });

  it("does not repeat a zone", () => {
    expect(timezoneOptions("UTC", () => ["UTC", "Asia/Tokyo"])).toEqual(["Asia/Tokyo", "UTC"]);
  });
});
