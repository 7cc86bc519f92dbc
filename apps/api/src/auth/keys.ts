import { createPrivateKey, createPublicKey, generateKeyPairSync, randomUUID } from "node:crypto";
import type { IssuerKeyMaterial, StoredKey } from "@upnest/db";
import { z } from "zod";

/**
 * The issuer's keys as configured: a JSON document (the `IssuerKeys` secret on
 * AWS, .data/issuer-keys.json under `pnpm dev`) holding private keys only; the
 * public halves are derived. `signing` is newest first: the first key signs,
 * all are published in the JWKS (README, "Rotating the signing key").
 */
const configured = z.object({
  signing: z.array(z.object({ id: z.string().min(1), privateKey: z.string().min(1) })).min(1),
  encryption: z.array(z.object({ id: z.string().min(1), privateKey: z.string().min(1) })).min(1),
});
export type ConfiguredKeys = z.infer<typeof configured>;

/** What OpenAuth 0.4.3 expects of each kind (its src/keys.ts). */
const KINDS = {
  signing: { alg: "ES256", type: "ec", curve: "prime256v1" },
  encryption: { alg: "RSA-OAEP-512", type: "rsa", curve: undefined },
} as const;
type Kind = keyof typeof KINDS;

function toStored(kind: Kind, key: { id: string; privateKey: string }, index: number, count: number): StoredKey {
  const spec = KINDS[kind];
  let privateKey: ReturnType<typeof createPrivateKey>;
  try {
    privateKey = createPrivateKey(key.privateKey);
  } catch {
    throw new Error(`Invalid issuer keys: ${kind} key "${key.id}" is not a PEM private key`);
  }
  const curve = privateKey.asymmetricKeyDetails?.namedCurve;
  if (privateKey.asymmetricKeyType !== spec.type || (spec.curve && curve !== spec.curve))
    throw new Error(`Invalid issuer keys: ${kind} key "${key.id}" must be ${spec.alg}`);
  return {
    id: key.id,
    alg: spec.alg,
    privateKey: privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
    publicKey: createPublicKey(privateKey).export({ type: "spki", format: "pem" }).toString(),
    // OpenAuth signs with the newest `created`; list order decides it, not a clock.
    created: count - index,
  };
}

/** Parses and checks configured key material; the error names the key, never prints it. */
export function parseIssuerKeys(json: string): IssuerKeyMaterial {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw new Error("Invalid issuer keys: not JSON");
  }
  const parsed = configured.safeParse(raw);
  if (!parsed.success)
    throw new Error(
      `Invalid issuer keys: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`,
    );
  const ids = [...parsed.data.signing, ...parsed.data.encryption].map((k) => k.id);
  if (new Set(ids).size !== ids.length) throw new Error("Invalid issuer keys: key ids must be unique");
  const stored = (kind: Kind) => parsed.data[kind].map((k, i, all) => toStored(kind, k, i, all.length));
  return { signing: stored("signing"), encryption: stored("encryption") };
}

function newKey(kind: Kind) {
  const { privateKey } =
    kind === "signing"
      ? generateKeyPairSync("ec", { namedCurve: "P-256" })
      : generateKeyPairSync("rsa", { modulusLength: 2048 });
  return { id: randomUUID(), privateKey: privateKey.export({ type: "pkcs8", format: "pem" }).toString() };
}

/** A fresh key set: one signing and one encryption key. */
export const generateIssuerKeys = (): ConfiguredKeys => ({
  signing: [newKey("signing")],
  encryption: [newKey("encryption")],
});

/** Rotation, step 1: a new signing key first (it signs); the previous one stays published and verifying. */
export const addSigningKey = (keys: ConfiguredKeys): ConfiguredKeys => ({
  ...keys,
  signing: [newKey("signing"), ...keys.signing],
});

/** Rotation, step 2 (after the longest access-token lifetime has passed): only the current key is published. */
export const dropPreviousKeys = (keys: ConfiguredKeys): ConfiguredKeys => ({
  signing: keys.signing.slice(0, 1),
  encryption: keys.encryption.slice(0, 1),
});

export const readConfiguredKeys = (json: string): ConfiguredKeys => {
  parseIssuerKeys(json); // the same checks as the issuer's
  return configured.parse(JSON.parse(json));
};
