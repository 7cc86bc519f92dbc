import { type CardCredential, HealthCardError, readUnverifiedHealthCard, verifyHealthCard } from "@upnest/health-cards";
import type { IssuerKeyring } from "./issuer-keys.ts";

/** Who a card says issued it, and whether UpNest could check that. */
export type CardIssuer = {
  iss: string;
  /** The trust list's name for it; null for an issuer not on the list. */
  name: string | null;
  verified: boolean;
  /** Why it is not verified: not on the list of known issuers, or its keys could not be read just now. */
  problem: "unknown-issuer" | "keys-unavailable" | null;
};

/**
 * A SMART Health Card, verified when it names an issuer on the trust list and read WITHOUT trust otherwise:
 * never silently trusted. A card naming a known issuer whose signature does not check (altered after signing,
 * or signed with a key that issuer does not publish) is refused (`signature_mismatch`).
 */
export async function readCard(
  jws: string,
  keyring: IssuerKeyring,
): Promise<{ issuer: CardIssuer; credential: CardCredential }> {
  const { kid, credential } = readUnverifiedHealthCard(jws);
  const iss = credential.issuer;
  const found = await keyring.lookup(iss, kid);
  if (found.kind === "unknown") {
    return { issuer: { iss, name: null, verified: false, problem: "unknown-issuer" }, credential };
  }
  if (found.kind === "unreachable") {
    return { issuer: { iss, name: found.name, verified: false, problem: "keys-unavailable" }, credential };
  }
  try {
    const verified = await verifyHealthCard(jws, [found.issuer]);
    return { issuer: { iss, name: found.issuer.name, verified: true, problem: null }, credential: verified };
  } catch (error) {
    // The card names a known issuer, but none of that issuer's keys signed it: as bad as an altered card.
    if (error instanceof HealthCardError && error.code === "issuer_not_trusted") {
      throw new HealthCardError("signature_mismatch", "not signed with a key this issuer publishes");
    }
    throw error;
  }
}
