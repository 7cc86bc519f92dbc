import { createClient } from "@openauthjs/openauth/client";
import { decodeProtectedHeader } from "jose";
import { subjects, WEB_CLIENT_ID } from "./subjects.ts";

/** `sessionId`: the sign-in this token belongs to (absent on tokens from before sessions had ids). */
export type Identity = { userId: string; email: string; sessionId?: string };
export type VerifyToken = (authorization: string | undefined) => Promise<Identity | null>;

/** Published keys are fetched again after this long, so a key dropped from the issuer stops verifying. */
const KEYS_MAX_AGE_MS = 10 * 60_000;
/** At most one early fetch per this long, whatever key ids tokens claim (an attacker can make up any). */
const UNKNOWN_KID_COOLDOWN_MS = 30_000;

/**
 * Verifies a bearer access token with the OpenAuth client: signature against
 * the issuer's published keys, expiry, issuer, and that it was issued to the
 * web app. There is no other way in.
 *
 * The OpenAuth client keeps the keys it fetched for as long as it lives, so
 * it is replaced (fresh keys) when they are older than KEYS_MAX_AGE_MS, or
 * when a token names a key id the last fetch did not have: after a signing-key
 * rotation (README, "Rotating the signing key") a warm API accepts the new key
 * at once and stops accepting a dropped one within the max age.
 */
export function createTokenVerifier(issuerUrl: string, fetchFn: typeof fetch = fetch): VerifyToken {
  let known = new Set<string>();
  let fetchedAt = 0;
  let earlyRefreshAt = -Infinity;
  const recordingFetch: typeof fetch = async (input, init) => {
    const res = await fetchFn(input, init);
    if (String(input instanceof Request ? input.url : input).endsWith("/.well-known/jwks.json")) {
      const body = (await res
        .clone()
        .json()
        .catch(() => ({}))) as { keys?: { kid?: string }[] };
      known = new Set((body.keys ?? []).flatMap((k) => (k.kid ? [k.kid] : [])));
      fetchedAt = Date.now();
    }
    return res;
  };
  const newClient = () => createClient({ clientID: WEB_CLIENT_ID, issuer: issuerUrl, fetch: recordingFetch });
  let client = newClient();

  const kidOf = (token: string) => {
    try {
      return decodeProtectedHeader(token).kid;
    } catch {
      return undefined;
    }
  };

  return async (authorization) => {
    const token = /^Bearer ([A-Za-z0-9._~+/-]+=*)$/.exec(authorization ?? "")?.[1];
    if (!token) return null;
    const now = Date.now();
    const kid = kidOf(token);
    const stale = fetchedAt > 0 && now - fetchedAt > KEYS_MAX_AGE_MS;
    const unknownKid =
      fetchedAt > 0 && kid !== undefined && !known.has(kid) && now - earlyRefreshAt > UNKNOWN_KID_COOLDOWN_MS;
    if (stale || unknownKid) {
      if (unknownKid) earlyRefreshAt = now;
      client = newClient();
      fetchedAt = 0;
    }
    const verified = await client.verify(subjects, token);
    if (verified.err || verified.aud !== WEB_CLIENT_ID) return null;
    const { id, email, sid } = verified.subject.properties;
    return sid ? { userId: id, email, sessionId: sid } : { userId: id, email };
  };
}
