import { exportJWK, generateKeyPair } from "jose";
import { describe, expect, it } from "vitest";
import { EXAMPLE_ISS, exampleIssuer, exampleJws, tampered } from "../test/fixtures.ts";
import { HealthCardError } from "./errors.ts";
import { type TrustedIssuer, verifyHealthCard } from "./verify.ts";

const EXAMPLE_KID = "3Kfdg-XwP-7gXyywtUfUADwBumDOPKMQx-iELL11W9s";

async function refusal(promise: Promise<unknown>): Promise<HealthCardError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof HealthCardError)) throw new Error(`expected a HealthCardError, got ${String(error)}`);
  return error;
}

describe("verifyHealthCard with the specification's example card", () => {
  it("verifies the example and yields the issuer, the patient and both COVID-19 doses", async () => {
    const card = await verifyHealthCard(exampleJws, [exampleIssuer]);
    expect(card.issuer).toBe(EXAMPLE_ISS);
    expect(card.types).toContain("https://smarthealth.cards#immunization");
    expect(card.patient).toEqual({ name: "John B. Anyperson", birthDate: "1951-01-20" });
    expect(card.immunizations).toEqual([
      { cvx: "207", date: "2021-01-01", lotNumber: "0000001", performer: "ABC General Hospital", status: "completed" },
      { cvx: "207", date: "2021-01-29", lotNumber: "0000007", performer: "ABC General Hospital", status: "completed" },
    ]);
    expect(card.issuedAt?.toISOString()).toBe("2021-09-02T21:04:26.128Z");
  });

  it("refuses a card whose dose was altered after signing: the signature does not match", async () => {
    const forged = tampered((json) => json.replace('"lotNumber":"0000001"', '"lotNumber":"0000002"'));
    expect(forged).not.toBe(exampleJws);
    const error = await refusal(verifyHealthCard(forged, [exampleIssuer]));
    expect(error.code).toBe("signature_mismatch");
    expect(error.message).toMatch(/signature does not match/);
  });

  it("refuses the card against a different key published under the same key id", async () => {
    const { publicKey } = await generateKeyPair("ES256");
    const impostor: TrustedIssuer = {
      iss: EXAMPLE_ISS,
      jwks: { keys: [{ ...(await exportJWK(publicKey)), kid: EXAMPLE_KID, alg: "ES256", use: "sig" }] },
    };
    const error = await refusal(verifyHealthCard(exampleJws, [impostor]));
    expect(error.code).toBe("signature_mismatch");
  });

  it("refuses a card from an issuer not in the trust list", async () => {
    const { publicKey } = await generateKeyPair("ES256");
    const other: TrustedIssuer = {
      iss: "https://other.example/issuer",
      jwks: { keys: [{ ...(await exportJWK(publicKey)), kid: "some-other-key" }] },
    };
    for (const trusted of [[], [other]]) {
      const error = await refusal(verifyHealthCard(exampleJws, trusted));
      expect(error.code).toBe("issuer_not_trusted");
      expect(error.message).toMatch(/issuer .* not trusted/);
    }
  });

  it("refuses a card signed with a trusted key that names another issuer as its iss", async () => {
    const elsewhere: TrustedIssuer = { ...exampleIssuer, iss: "https://another-state.example/issuer" };
    const error = await refusal(verifyHealthCard(exampleJws, [elsewhere]));
    expect(error.code).toBe("issuer_not_trusted");
  });

  it("names what is malformed in a damaged JWS", async () => {
    expect((await refusal(verifyHealthCard("not-a-jws", [exampleIssuer]))).code).toBe("jws_malformed");
    expect((await refusal(verifyHealthCard("e30.e30.e30", [exampleIssuer]))).message).toMatch(/ES256/);
    const [, payload, signature] = exampleJws.split(".");
    const unzipped = Buffer.from(JSON.stringify({ alg: "ES256", kid: EXAMPLE_KID })).toString("base64url");
    const error = await refusal(verifyHealthCard([unzipped, payload, signature].join("."), [exampleIssuer]));
    expect(error.code).toBe("jws_malformed");
    expect(error.message).toMatch(/DEFLATE/);
  });
});
