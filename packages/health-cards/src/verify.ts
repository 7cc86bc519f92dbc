import { inflateSync } from "fflate";
import { compactVerify, decodeProtectedHeader, errors, importJWK, type JWK } from "jose";
import { type CardCredential, readCredential } from "./credential.ts";
import { HealthCardError } from "./errors.ts";

/** An issuer the caller trusts: its `iss` URL and the keys it publishes at `iss + /.well-known/jwks.json`. */
export interface TrustedIssuer {
  iss: string;
  name?: string;
  jwks: { keys: JWK[] };
}

function headerOf(jws: string): { kid: string } {
  if (jws.split(".").length !== 3) throw new HealthCardError("jws_malformed", "not three dot-separated parts");
  let header: ReturnType<typeof decodeProtectedHeader>;
  try {
    header = decodeProtectedHeader(jws);
  } catch {
    throw new HealthCardError("jws_malformed", "unreadable header");
  }
  if (header.alg !== "ES256") throw new HealthCardError("jws_malformed", "not signed with ES256");
  if (header.zip !== "DEF") throw new HealthCardError("jws_malformed", "payload not compressed with DEFLATE");
  if (typeof header.kid !== "string" || header.kid === "") throw new HealthCardError("jws_malformed", "no key id");
  return { kid: header.kid };
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
  const { kid } = headerOf(compact);
  const { issuer, jwk } = findKey(kid, trusted);
  const compressed = await verifiedPayload(compact, jwk);
  let json: string;
  try {
    json = new TextDecoder("utf-8", { fatal: true }).decode(inflateSync(compressed));
  } catch {
    throw new HealthCardError("payload_malformed", "payload does not inflate");
  }
  const credential = readCredential(json);
  if (credential.issuer !== issuer.iss) {
    throw new HealthCardError("issuer_not_trusted", "signed with another issuer's key");
  }
  return credential;
}
