import { describe, expect, it } from "vitest";
import { readIssuerEnv } from "./issuer-env.ts";

const base = { TABLE_NAME: "upnest-test", ORIGIN_SECRET: "o".repeat(40) };

describe("the issuer Lambda's configuration", () => {
  it("takes the keys from the linked IssuerKeys secret, as SST provides it to the function", () => {
    // What SST's runtime exposes for a linked secret (the `sst` SDK reads SST_RESOURCE_<name>).
    Object.assign(process.env, {
      SST_RESOURCE_App: JSON.stringify({ name: "upnest", stage: "test" }),
      SST_RESOURCE_IssuerKeys: JSON.stringify({ type: "sst.sst.Secret", value: '{"signing":"from-the-secret"}' }),
    });
    expect(readIssuerEnv({ ...base }).ISSUER_KEYS).toBe('{"signing":"from-the-secret"}');
  });

  it("stops with the names of what is missing or wrong, and never prints a value", () => {
    expect(() => readIssuerEnv({ ISSUER_KEYS: "", ORIGIN_SECRET: "short-secret-value" })).toThrow(
      /Invalid issuer configuration: .*TABLE_NAME.*ORIGIN_SECRET must be at least 32 characters/,
    );
    expect(() => readIssuerEnv({ ORIGIN_SECRET: "short-secret-value" })).not.toThrow(/short-secret-value/);
  });
});
