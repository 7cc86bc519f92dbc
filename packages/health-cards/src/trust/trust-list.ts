import type { JWK } from "jose";
import { z } from "zod";
import type { TrustedIssuer } from "../verify.ts";

/** An issuer of the VCI directory: its `iss`, its name, and its signing keys when the list carries them. */
export interface ListedIssuer {
  iss: string;
  name: string;
  /** From the directory's daily snapshot; absent when the list was made without it (look them up at `iss`). */
  keys?: JWK[];
}

/** The shipped trust list: where it came from, when the keys were read, and the issuers. */
export interface TrustList {
  source: { issuers: string; snapshot: string | null; licence: string; commit?: string };
  /** The snapshot's `time` (when the directory's keys were read), or null when no keys are in the list. */
  snapshotTime: string | null;
  issuers: ListedIssuer[];
}

export const VCI_ISSUERS_URL =
  "https://raw.githubusercontent.com/the-commons-project/vci-directory/main/vci-issuers.json";
export const VCI_SNAPSHOT_URL =
  "https://raw.githubusercontent.com/the-commons-project/vci-directory/main/logs/vci_snapshot.json";
export const VCI_LICENCE = "CC BY 4.0 (the VCI Directory's README)";

const directory = z.object({
  participating_issuers: z.array(z.object({ iss: z.url({ protocol: /^https$/ }), name: z.string().min(1) })),
});
/** Only what a SMART Health Card key can be: an EC P-256 public key for ES256 with its id. */
const publicKey = z.object({
  kty: z.literal("EC"),
  crv: z.literal("P-256"),
  kid: z.string().min(1),
  x: z.string().min(1),
  y: z.string().min(1),
  alg: z.literal("ES256").optional(),
  use: z.literal("sig").optional(),
});
const snapshot = z.object({
  time: z.string(),
  issuerInfo: z.array(z.object({ issuer: z.object({ iss: z.string() }), keys: z.array(z.unknown()).default([]) })),
});

/** Public EC keys only: anything else in a published set (a private part, another curve, X.509 extras) is dropped. */
export function publicSigningKeys(keys: readonly unknown[]): JWK[] {
  return keys.flatMap((key) => {
    const parsed = publicKey.safeParse(key);
    return parsed.success ? [{ ...parsed.data, alg: "ES256", use: "sig" }] : [];
  });
}

/**
 * The trust list from the VCI directory's two files: `vci-issuers.json` decides who is listed (its order kept);
 * the daily `logs/vci_snapshot.json`, when given, adds each listed issuer's published keys.
 */
export function parseVciDirectory(issuersJson: unknown, snapshotJson: unknown | null): TrustList {
  const { participating_issuers } = directory.parse(issuersJson);
  const shot = snapshotJson === null ? null : snapshot.parse(snapshotJson);
  const keysByIss = new Map(shot?.issuerInfo.map((info) => [info.issuer.iss, publicSigningKeys(info.keys)]) ?? []);
  const seen = new Set<string>();
  const issuers = participating_issuers.flatMap(({ iss, name }) => {
    if (seen.has(iss)) return [];
    seen.add(iss);
    const keys = keysByIss.get(iss);
    return [{ iss, name: name.trim(), ...(keys && keys.length > 0 ? { keys } : {}) }];
  });
  return {
    source: { issuers: VCI_ISSUERS_URL, snapshot: shot ? VCI_SNAPSHOT_URL : null, licence: VCI_LICENCE },
    snapshotTime: shot?.time ?? null,
    issuers,
  };
}

/** The listed issuer whose `iss` is exactly this one (the framework forbids a trailing slash; none is added). */
export const findListedIssuer = (list: TrustList, iss: string): ListedIssuer | undefined =>
  list.issuers.find((issuer) => issuer.iss === iss);

/** A listed issuer with its keys, as `verifyHealthCard` takes it. */
export const asTrusted = (issuer: ListedIssuer, keys: JWK[] = issuer.keys ?? []): TrustedIssuer => ({
  iss: issuer.iss,
  name: issuer.name,
  jwks: { keys },
});
