import { type CardCredential, readCredential } from "./credential.ts";
import { payloadText } from "./inflate.ts";
import { cardHeader, compressedPayload } from "./jws.ts";

/** What a card says before anyone has checked who signed it: its key id and its contents, NOT to be trusted. */
export interface UnverifiedCard {
  /** The header's key id: which key the card claims signed it. */
  kid: string;
  /** The payload's `iss` and contents, as written by whoever made the card. */
  credential: CardCredential;
}

/**
 * Reads a card WITHOUT verifying its signature: the header is checked and the payload inflated (with a size
 * limit) and read, so a card from an issuer nobody trusts can still be shown, marked as unverified, and so the
 * caller can find the keys of the issuer it names. Never treat what this returns as verified: call
 * `verifyHealthCard` with that issuer's keys for that.
 */
export function readUnverifiedHealthCard(jws: string): UnverifiedCard {
  const compact = jws.trim();
  const { kid } = cardHeader(compact);
  return { kid, credential: readCredential(payloadText(compressedPayload(compact))) };
}
