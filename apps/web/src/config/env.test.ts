import { describe, expect, it, vi } from "vitest";

vi.stubEnv("VITE_API_URL", "http://localhost:3000");
vi.stubEnv("VITE_ISSUER_URL", "http://localhost:3001/");
const { parseEnv } = await import("./env.ts");

describe("web configuration", () => {
  it("accepts both URLs and drops a trailing slash", () => {
    expect(parseEnv({ VITE_API_URL: "http://localhost:3000/", VITE_ISSUER_URL: "https://auth.example.com" })).toEqual({
      apiUrl: "http://localhost:3000",
      issuerUrl: "https://auth.example.com",
    });
  });

  it("names every missing or malformed variable in one message", () => {
    expect(() => parseEnv({ VITE_API_URL: "not a url" })).toThrow(/VITE_API_URL[\s\S]*VITE_ISSUER_URL/);
  });
});
