import { createClient } from "@openauthjs/openauth/client";
import { subjects, WEB_CLIENT_ID } from "./subjects.ts";

/** `sessionId`: the sign-in this token belongs to (absent on tokens from before sessions had ids). */
export type Identity = { userId: string; email: string; sessionId?: string };
export type VerifyToken = (authorization: string | undefined) => Promise<Identity | null>;

/**
 * Verifies a bearer access token with the OpenAuth client: signature against
 * the issuer's published keys, expiry, issuer, and that it was issued to the
 * web app. There is no other way in.
 */
export function createTokenVerifier(issuerUrl: string, fetchFn?: typeof fetch): VerifyToken {
  const client = createClient({ clientID: WEB_CLIENT_ID, issuer: issuerUrl, ...(fetchFn ? { fetch: fetchFn } : {}) });
  return async (authorization) => {
    const token = /^Bearer ([A-Za-z0-9._~+/-]+=*)$/.exec(authorization ?? "")?.[1];
    if (!token) return null;
    const verified = await client.verify(subjects, token);
    if (verified.err || verified.aud !== WEB_CLIENT_ID) return null;
    const { id, email, sid } = verified.subject.properties;
    return sid ? { userId: id, email, sessionId: sid } : { userId: id, email };
  };
}
