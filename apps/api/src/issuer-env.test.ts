import { describe, expect, it } from "vitest";
import { readIssuerEnv } from "./issuer-env.ts";

const valid = { TABLE_NAME: "upnest-prod", MAIL_FROM: "UpNest <sign-in@upnest.example>" };

describe("issuer configuration", () => {
  it("without SMTP_URL the issuer is configured for SES (no SMTP server named)", () => {
    expect(readIssuerEnv({ ...valid })).toEqual(valid);
  });

  it("a missing sender stops start-up with the variable's name", () => {
    expect(() => readIssuerEnv({ TABLE_NAME: "upnest-prod" })).toThrow(/Invalid issuer configuration: MAIL_FROM/);
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
});
