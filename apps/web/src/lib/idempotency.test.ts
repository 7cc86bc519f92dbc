import { describe, expect, it } from "vitest";
import { idempotencyKeys, newIdempotencyKey } from "./idempotency.ts";

describe("idempotency keys", () => {
  it("are 32 characters the API accepts, different each time", () => {
    const key = newIdempotencyKey();
    expect(key).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
    expect(key).toHaveLength(32);
    expect(newIdempotencyKey()).not.toBe(key);
  });

  it("a second submit of the same values reuses the key; changed values get a new one", () => {
    const keyFor = idempotencyKeys();
    const first = keyFor({ measuredOn: "2026-03-01", weightKg: 4.2 });
    expect(keyFor({ measuredOn: "2026-03-01", weightKg: 4.2 })).toBe(first);
    const changed = keyFor({ measuredOn: "2026-03-01", weightKg: 4.3 });
    expect(changed).not.toBe(first);
    expect(keyFor({ measuredOn: "2026-03-01", weightKg: 4.2 })).not.toBe(first);
  });
});
