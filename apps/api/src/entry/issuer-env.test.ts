import { describe, expect, it } from "vitest";
import { readIssuerEnv } from "./issuer-env.ts";

const valid = {
  TABLE_NAME: "upnest-prod",
  MAIL_FROM: "UpNest <sign-in@upnest.example>",
  ISSUER_KEYS: '{"signing":"from-the-test"}',
  ORIGIN_SECRET: "o".repeat(40),
  ISSUER_CLIENTS: JSON.stringify([{ id: "upnest-web", redirectUris: ["https://app.example/auth/callback"] }]),
};
const clients = [{ id: "upnest-web", redirectUris: ["https://app.example/auth/callback"] }];

describe("the issuer Lambda's configuration", () => {
  // First: SST's Resource reads its links once, at the first look.
  it("takes the keys from the linked IssuerKeys secret, as SST provides it to the function", () => {
    // What SST's runtime exposes for a linked secret (the `sst` SDK reads SST_RESOURCE_<name>).
    Object.assign(process.env, {
      SST_RESOURCE_App: JSON.stringify({ name: "upnest", stage: "test" }),
      SST_RESOURCE_IssuerKeys: JSON.stringify({ type: "sst.sst.Secret", value: '{"signing":"from-the-secret"}' }),
    });
    const { ISSUER_KEYS: _, ...withoutKeys } = valid;
    expect(readIssuerEnv(withoutKeys).ISSUER_KEYS).toBe('{"signing":"from-the-secret"}');
  });

  it("without SMTP_URL the issuer is configured for SES (no SMTP server named)", () => {
    const { ISSUER_CLIENTS: _, ...rest } = valid;
    expect(readIssuerEnv({ ...valid })).toEqual({ ...rest, clients });
  });

  it("a missing sender stops start-up with the variable's name", () => {
    const { MAIL_FROM: _, ...withoutSender } = valid;
    expect(() => readIssuerEnv(withoutSender)).toThrow(/Invalid issuer configuration: MAIL_FROM/);
  });

  it("SMTP_URL must be an smtp(s) URL", () => {
    expect(() => readIssuerEnv({ ...valid, SMTP_URL: "http://127.0.0.1:1025" })).toThrow(/SMTP_URL/);
    expect(readIssuerEnv({ ...valid, SMTP_URL: "smtp://127.0.0.1:1025" }).SMTP_URL).toBe("smtp://127.0.0.1:1025");
  });

  it("SST's OPENAUTH_STORAGE is removed, so sign-in data stays in the app table", () => {
    const source: Record<string, string | undefined> = { ...valid, OPENAUTH_STORAGE: '{"type":"dynamo"}' };
    readIssuerEnv(source);
    expect(source.OPENAUTH_STORAGE).toBeUndefined();
  });

  it("stops with the names of what is missing or wrong, and never prints a value", () => {
    expect(() => readIssuerEnv({ ISSUER_KEYS: "", ORIGIN_SECRET: "short-secret-value" })).toThrow(
      /Invalid issuer configuration: .*TABLE_NAME.*ORIGIN_SECRET must be at least 32 characters/,
    );
    expect(() => readIssuerEnv({ ORIGIN_SECRET: "short-secret-value" })).not.toThrow(/short-secret-value/);
  });
});
