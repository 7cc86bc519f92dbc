import { generateKeyPairSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import { addSigningKey, dropPreviousKeys, generateIssuerKeys, parseIssuerKeys } from "./keys.ts";

const pem = (kind: "rsa" | "ec", curve = "P-256") =>
  (kind === "ec"
    ? generateKeyPairSync("ec", { namedCurve: curve })
    : generateKeyPairSync("rsa", { modulusLength: 2048 })
  ).privateKey
    .export({ type: "pkcs8", format: "pem" })
    .toString();

describe("the issuer's configured keys", () => {
  it("derive the public halves and put the first signing key first (it signs)", () => {
    const set = addSigningKey(generateIssuerKeys());
    const parsed = parseIssuerKeys(JSON.stringify(set));
    expect(parsed.signing.map((k) => k.id)).toEqual(set.signing.map((k) => k.id));
    const [current, previous] = parsed.signing;
    expect(current!.created).toBeGreaterThan(previous!.created);
    expect(current!.publicKey).toMatch(/^-----BEGIN PUBLIC KEY-----/);
    expect(parsed.signing.every((k) => k.alg === "ES256")).toBe(true);
    expect(parsed.encryption[0]!.alg).toBe("RSA-OAEP-512");
  });

  it("rotate: a new key signs, the previous stays; drop-previous leaves the current one only", () => {
    const first = generateIssuerKeys();
    const rotated = addSigningKey(first);
    expect(rotated.signing).toHaveLength(2);
    expect(rotated.signing[1]).toEqual(first.signing[0]);
    expect(rotated.encryption).toEqual(first.encryption);
    const dropped = dropPreviousKeys(rotated);
    expect(dropped.signing).toEqual([rotated.signing[0]]);
  });

  const ok = generateIssuerKeys();
  const bad: [string, unknown, RegExp][] = [
    ["not JSON", "{signing", /not JSON/],
    ["no signing key", { signing: [], encryption: ok.encryption }, /signing/],
    ["no encryption key", { signing: ok.signing, encryption: [] }, /encryption/],
    ["a signing key that is not a key", { ...ok, signing: [{ id: "s1", privateKey: "hello" }] }, /"s1" is not a PEM/],
    ["an RSA key to sign", { ...ok, signing: [{ id: "s1", privateKey: pem("rsa") }] }, /"s1" must be ES256/],
    ["a P-384 key to sign", { ...ok, signing: [{ id: "s1", privateKey: pem("ec", "P-384") }] }, /must be ES256/],
    ["an EC key to encrypt", { ...ok, encryption: [{ id: "e1", privateKey: pem("ec") }] }, /must be RSA-OAEP-512/],
    ["the same id twice", { ...ok, signing: [ok.signing[0], ok.signing[0]] }, /unique/],
  ];
  for (const [what, value, message] of bad) {
    it(`refuses ${what} with a message that names the problem and shows no key`, () => {
      const json = typeof value === "string" ? value : JSON.stringify(value);
      let error: Error | undefined;
      try {
        parseIssuerKeys(json);
      } catch (e) {
        error = e as Error;
      }
      expect(error?.message).toMatch(/^Invalid issuer keys: /);
      expect(error?.message).toMatch(message);
      expect(error?.message).not.toMatch(/PRIVATE KEY|MI[GI]/);
    });
  }
});
