import { describe, expect, it } from "vitest";
import { lastUsedLabel, orderSessions } from "./sessions.ts";

describe("sessions on the account page", () => {
  const now = new Date("2026-03-10T12:00:00Z");
  it("says how long ago a device was used, in words", () => {
    expect(lastUsedLabel("2026-03-10T11:59:30Z", now)).toBe("Active now");
    expect(lastUsedLabel("2026-03-10T09:00:00Z", now)).toBe("Last used 3 hours ago");
    expect(lastUsedLabel("2026-02-10T12:00:00Z", now)).toBe("Last used 28 days ago");
  });
  it("lists this device first, then the most recently used", () => {
    const s = (id: string, current: boolean, lastUsedAt: string) => ({ id, current, lastUsedAt });
    const ordered = orderSessions([
      s("old", false, "2026-03-01T00:00:00Z"),
      s("this", true, "2026-03-02T00:00:00Z"),
      s("recent", false, "2026-03-09T00:00:00Z"),
    ]);
    expect(ordered.map((x) => x.id)).toEqual(["this", "recent", "old"]);
  });
});
