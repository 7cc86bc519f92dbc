import { compactVerify, errors, importJWK, type JWK } from "jose";
import { type CardCredential, readCredential } from "./credential.ts";
import { HealthCardError } from "./errors.ts";
import { payloadText } from "./inflate.ts";
import { cardHeader } from "./jws.ts";

/** An issuer the caller trusts: its `iss` URL and the keys it publishes at `iss + /.well-known/jwks.json`. */
export interface TrustedIssuer {
  iss: string;
  name?: string;
  jwks: { keys: JWK[] };
}

/** A key id is the key's JWK thumbprint (SMART Health Cards framework), so it names one key across issuers. */
function findKey(kid: string, issuers: readonly TrustedIssuer[]): { issuer: TrustedIssuer; jwk: JWK } {
  for (const issuer of issuers) {
    const jwk = issuer.jwks.keys.find((key) => key.kid === kid);
    if (jwk) return { issuer, jwk };
  }
  throw new HealthCardError("issuer_not_trusted");
}

async function verifiedPayload(jws: string, jwk: JWK): Promise<Uint8Array> {
  let key: Awaited<ReturnType<typeof importJWK>>;
  try {
    key = await importJWK({ ...jwk, alg: "ES256" }, "ES256");
  } catch {
    throw new HealthCardError("issuer_not_trusted", "the issuer's key cannot be read");
  }
  try {
    const { payload } = await compactVerify(jws, key, { algorithms: ["ES256"] });
    return payload;
  } catch (error) {
    if (error instanceof errors.JWSSignatureVerificationFailed) throw new HealthCardError("signature_mismatch");
    throw new HealthCardError("jws_malformed");
  }
}

/**
 * Verifies one SMART Health Card JWS against the issuers the caller trusts (no network: the caller
 * supplies their keys) and returns what it says. The signature is checked before the payload is
 * inflated or read; the payload's `iss` must be the issuer whose key signed it.
 */
export async function verifyHealthCard(jws: string, trusted: readonly TrustedIssuer[]): Promise<CardCredential> {
  const compact = jws.trim();
  const { kid } = cardHeader(compact);
  const { issuer, jwk } = findKey(kid, trusted);
  const credential = readCredential(payloadText(await verifiedPayload(compact, jwk)));
  if (credential.issuer !== issuer.iss) {
    throw new HealthCardError("issuer_not_trusted", "signed with another issuer's key");
  }
  return credential;
}
