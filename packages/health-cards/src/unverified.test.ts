import { deflateSync, strFromU8, strToU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { EXAMPLE_ISS, exampleIssuer, exampleJws, tampered } from "../test/fixtures.ts";
import { HealthCardError } from "./errors.ts";
import { inflateLimited } from "./inflate.ts";
import { readUnverifiedHealthCard } from "./unverified.ts";
import { verifyHealthCard } from "./verify.ts";

const codeOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof HealthCardError) return error.code;
    throw error;
  }
  return null;
};

describe("readUnverifiedHealthCard: what a card says, before anyone trusts it", () => {
  it("reads the example card's issuer, key id, patient and doses without any key", () => {
    const { kid, credential } = readUnverifiedHealthCard(exampleJws);
    expect(kid).toBe(exampleIssuer.jwks.keys[0]?.kid);
    expect(credential.issuer).toBe(EXAMPLE_ISS);
    expect(credential.patient?.name).toBe("John B. Anyperson");
    expect(credential.immunizations.map((d) => d.date)).toEqual(["2021-01-01", "2021-01-29"]);
  });

  it("reads an altered card just the same: only verifying finds the alteration", async () => {
    const forged = tampered((json) => json.replace('"lotNumber":"0000001"', '"lotNumber":"0000002"'));
    expect(readUnverifiedHealthCard(forged).credential.immunizations[0]?.lotNumber).toBe("0000002");
    await expect(verifyHealthCard(forged, [exampleIssuer])).rejects.toMatchObject({ code: "signature_mismatch" });
  });

  // Packing and unpacking megabytes: 20 s for a busy machine (it takes under one on an idle one).
  it("refuses a damaged header, a payload that does not inflate, and one that inflates past the limit", {
    timeout: 20_000,
  }, () => {
    expect(codeOf(() => readUnverifiedHealthCard("abc"))).toBe("jws_malformed");
    const [header, , signature] = exampleJws.split(".");
    expect(codeOf(() => readUnverifiedHealthCard(`${header}.bm90LWRlZmxhdGU.${signature}`))).toBe("payload_malformed");
    const bomb = deflateSync(new Uint8Array(2 * 1024 * 1024), { level: 1 });
    expect(bomb.length).toBeLessThan(16 * 1024); // two megabytes of zeros, packed
    expect(() => inflateLimited(bomb)).toThrow(/larger than 1048576 bytes/);
    const bombJws = `${header}.${Buffer.from(bomb).toString("base64url")}.${signature}`;
    expect(codeOf(() => readUnverifiedHealthCard(bombJws))).toBe("payload_malformed");
    expect(strFromU8(inflateLimited(deflateSync(strToU8("small"))))).toBe("small");
  });
});
