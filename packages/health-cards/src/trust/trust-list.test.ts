import { exportJWK, generateKeyPair } from "jose";
import { describe, expect, it } from "vitest";
import { EXAMPLE_ISS, exampleIssuer } from "../../test/fixtures.ts";
import { findListedIssuer, parseVciDirectory } from "./trust-list.ts";
import { VCI_DIRECTORY } from "./vci-directory.ts";

const CA = "https://myvaccinerecord.cdph.ca.gov/creds";
const NY = "https://ekeys.ny.gov/epass/doh/dvc/2021";

describe("parseVciDirectory: the directory's issuers and its snapshot's keys", () => {
  it("lists the directory's issuers in order, each with the public ES256 keys the snapshot read for it", async () => {
    const { publicKey, privateKey } = await generateKeyPair("ES256", { extractable: true });
    const ec = { ...(await exportJWK(publicKey)), kid: "ca-key-1", alg: "ES256", use: "sig" };
    const leaked = { ...(await exportJWK(privateKey)), kid: "ca-key-2" };
    const rsa = { kty: "RSA", kid: "rsa-key", n: "AQAB", e: "AQAB" };
    const issuers = {
      participating_issuers: [
        { iss: CA, name: "State of California " },
        { iss: NY, name: "State of New York", website: "https://example.org" },
        { iss: CA, name: "State of California, again" },
      ],
    };
    const snapshot = {
      directory: "https://example.org/vci-issuers.json",
      time: "2026-05-22T05:52:08Z",
      issuerInfo: [
        { issuer: { iss: CA, name: "State of California" }, keys: [ec, leaked, rsa], lastRetrieved: "x" },
        { issuer: { iss: "https://not-listed.example", name: "Not listed" }, keys: [ec] },
      ],
    };
    const list = parseVciDirectory(issuers, snapshot);
    expect(list.snapshotTime).toBe("2026-05-22T05:52:08Z");
    expect(list.issuers.map((i) => [i.iss, i.name])).toEqual([
      [CA, "State of California"],
      [NY, "State of New York"],
    ]);
    // The private key's public half is kept without its private part `d`; the RSA key is not an SHC key.
    const keys = list.issuers[0]?.keys ?? [];
    expect(keys.map((k) => k.kid)).toEqual(["ca-key-1", "ca-key-2"]);
    expect(keys.every((k) => !("d" in k))).toBe(true);
    expect(list.issuers[1]?.keys).toBeUndefined();
    expect(findListedIssuer(list, CA)?.name).toBe("State of California");
    expect(findListedIssuer(list, `${CA}/`)).toBeUndefined();
  });

  it("without a snapshot the issuers have no keys; a directory that is not one is refused", () => {
    const list = parseVciDirectory({ participating_issuers: [{ iss: CA, name: "CA" }] }, null);
    expect(list).toMatchObject({ snapshotTime: null, source: { snapshot: null }, issuers: [{ iss: CA, name: "CA" }] });
    expect(() => parseVciDirectory({ issuers: [] }, null)).toThrow();
    expect(() =>
      parseVciDirectory({ participating_issuers: [{ iss: "http://plain.example", name: "x" }] }, null),
    ).toThrow();
  });
});

describe("the shipped trust list", () => {
  it("holds the directory's issuers, and never the specification's example issuer", () => {
    expect(VCI_DIRECTORY.issuers.length).toBeGreaterThan(300);
    expect(findListedIssuer(VCI_DIRECTORY, CA)?.name).toBe("State of California");
    expect(findListedIssuer(VCI_DIRECTORY, EXAMPLE_ISS)).toBeUndefined();
    const exampleKid = exampleIssuer.jwks.keys[0]?.kid;
    expect(VCI_DIRECTORY.issuers.some((i) => i.keys?.some((k) => k.kid === exampleKid))).toBe(false);
    expect(VCI_DIRECTORY.issuers.every((i) => i.iss.startsWith("https://") && !i.iss.endsWith("/"))).toBe(true);
    expect(new Set(VCI_DIRECTORY.issuers.map((i) => i.iss)).size).toBe(VCI_DIRECTORY.issuers.length);
  });
});
