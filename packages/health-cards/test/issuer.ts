import { deflateSync, strToU8 } from "fflate";
import { CompactSign, calculateJwkThumbprint, exportJWK, generateKeyPair } from "jose";
import type { TrustedIssuer } from "../src/verify.ts";

/** A throwaway issuer made in the test, to sign payloads the specification's examples do not cover. */
export async function testIssuer(iss = "https://issuer.test.example") {
  const { publicKey, privateKey } = await generateKeyPair("ES256");
  const jwk = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(jwk);
  const trusted: TrustedIssuer = { iss, jwks: { keys: [{ ...jwk, kid, alg: "ES256", use: "sig" }] } };
  const sign = (payload: unknown): Promise<string> =>
    new CompactSign(deflateSync(strToU8(JSON.stringify(payload))))
      .setProtectedHeader({ alg: "ES256", zip: "DEF", kid })
      .sign(privateKey);
  return { trusted, sign };
}

export const immunizationCard = (iss: string, resources: unknown[]) => ({
  iss,
  nbf: 1_700_000_000,
  vc: {
    type: ["https://smarthealth.cards#health-card", "https://smarthealth.cards#immunization"],
    credentialSubject: {
      fhirVersion: "4.0.1",
      fhirBundle: {
        resourceType: "Bundle",
        type: "collection",
        entry: resources.map((resource, i) => ({ fullUrl: `resource:${i}`, resource })),
      },
    },
  },
});
