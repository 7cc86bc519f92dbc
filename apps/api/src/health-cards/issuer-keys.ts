import {
  asTrusted,
  findListedIssuer,
  type ListedIssuer,
  publicSigningKeys,
  type TrustedIssuer,
  type TrustList,
  VCI_DIRECTORY,
} from "@upnest/health-cards";
import type { JWK } from "jose";
import type { Logger } from "../trpc/log.ts";

/** What the API knows of the issuer a card names. */
export type IssuerLookup =
  /** On the trust list, with keys to verify against (which may still not include the card's key). */
  | { kind: "listed"; issuer: TrustedIssuer & { name: string } }
  /** On the trust list, but its keys could not be read just now (the list has none, and the lookup failed). */
  | { kind: "unreachable"; iss: string; name: string }
  /** Not on the list: the card can only be read as unverified. */
  | { kind: "unknown" };

export type IssuerKeyring = { lookup: (iss: string, kid: string) => Promise<IssuerLookup> };

export type KeyringOptions = {
  /** The shipped VCI directory unless given. */
  list?: TrustList;
  /** Trusted besides the list, with their keys: only tests and the browser tests' stack (the spec's example issuer). */
  alsoTrusted?: readonly TrustedIssuer[];
  fetch?: typeof fetch;
  log?: Logger;
  /** How long one lookup of an issuer's keys may take. */
  timeoutMs?: number;
  /** How long keys read from an issuer are used before they are read again. */
  cacheMs?: number;
  /** A failed lookup, or a key id the cached keys lack, is tried again after this long (not on every card). */
  retryMs?: number;
  now?: () => number;
};

/** A published key set is a few keys; far more is not one. */
const MAX_JWKS_BYTES = 64 * 1024;

async function readCapped(response: Response): Promise<string | null> {
  const reader = response.body?.getReader();
  if (!reader) return null;
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > MAX_JWKS_BYTES) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

/**
 * The issuers a card may be verified against: the trust list (the VCI directory), whose keys are used as shipped
 * and, where the list has none for a card's key, read from the issuer's `iss + /.well-known/jwks.json` (only ever
 * for an issuer ON the list, with a timeout, cached per process). An issuer not on the list is never fetched.
 */
export function createIssuerKeyring(options: KeyringOptions = {}): IssuerKeyring {
  const list = options.list ?? VCI_DIRECTORY;
  const alsoTrusted = options.alsoTrusted ?? [];
  const fetchFn = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? 3_000;
  const cacheMs = options.cacheMs ?? 6 * 3600_000;
  const retryMs = options.retryMs ?? 60_000;
  const now = options.now ?? Date.now;
  const cache = new Map<string, { keys: JWK[] | null; at: number }>();

  async function published(iss: string): Promise<JWK[] | null> {
    try {
      const response = await fetchFn(`${iss}/.well-known/jwks.json`, {
        headers: { accept: "application/json" },
        signal: AbortSignal.timeout(timeoutMs),
      });
      const body = response.ok ? await readCapped(response) : null;
      const keys = body === null ? null : (JSON.parse(body) as { keys?: unknown }).keys;
      if (!Array.isArray(keys)) throw new Error(response.ok ? "not a key set" : `HTTP ${response.status}`);
      return publicSigningKeys(keys);
    } catch (error) {
      options.log?.error("issuer keys unavailable", { iss, error: String(error) });
      return null;
    }
  }

  /** The issuer's published keys: cached, read again when stale, or when they lack `kid` and a retry is due. */
  async function keysOf(iss: string, kid: string): Promise<JWK[] | null> {
    const cached = cache.get(iss);
    const age = cached ? now() - cached.at : Number.POSITIVE_INFINITY;
    const hasKid = cached?.keys?.some((key) => key.kid === kid) ?? false;
    if (cached && ((hasKid && age < cacheMs) || age < retryMs)) return cached.keys;
    const keys = await published(iss);
    cache.set(iss, { keys: keys ?? cached?.keys ?? null, at: now() });
    return keys ?? cached?.keys ?? null;
  }

  const listed = (issuer: ListedIssuer, keys: JWK[]): IssuerLookup => ({
    kind: "listed",
    issuer: { ...asTrusted(issuer, keys), name: issuer.name },
  });

  return {
    async lookup(iss, kid) {
      const extra = alsoTrusted.find((issuer) => issuer.iss === iss);
      if (extra) return { kind: "listed", issuer: { ...extra, name: extra.name ?? iss } };
      const issuer = findListedIssuer(list, iss);
      if (!issuer) return { kind: "unknown" };
      const shipped = issuer.keys ?? [];
      if (shipped.some((key) => key.kid === kid)) return listed(issuer, shipped);
      const fetched = await keysOf(iss, kid);
      if (fetched) return listed(issuer, [...shipped, ...fetched]);
      return shipped.length > 0 ? listed(issuer, shipped) : { kind: "unreachable", iss, name: issuer.name };
    },
  };
}
