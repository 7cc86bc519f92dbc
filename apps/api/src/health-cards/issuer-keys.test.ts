import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { HEALTH_CARD_ERRORS, type TrustList } from "@upnest/health-cards";
import { EXAMPLE_ISS, exampleIssuer, exampleJws, immunizationCard, testIssuer } from "@upnest/health-cards/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createIssuerKeyring } from "./issuer-keys.ts";
import { readCard } from "./read-card.ts";

// A listed issuer whose keys are not in the list: a real HTTP server on loopback publishes them at
// `iss + /.well-known/jwks.json` (as the VCI directory's issuers do), and counts who asks.
let server: Server;
let base: string;
let asked: string[] = [];
let answer: "keys" | "error" | "hang" = "keys";
let jwks: unknown;

beforeAll(async () => {
  server = createServer((request, response) => {
    asked.push(request.url ?? "");
    if (answer === "hang") return; // never answers: the lookup's timeout ends it
    if (answer === "error") return void response.writeHead(500).end();
    response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(jwks));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

const listOf = (...iss: string[]): TrustList => ({
  source: { issuers: "test", snapshot: null, licence: "test" },
  snapshotTime: null,
  issuers: iss.map((i) => ({ iss: i, name: `Clinic at ${i}` })),
});

describe("the issuer keyring: keys for issuers on the list only", () => {
  it("reads a listed issuer's published keys once, verifies its card, and keeps them for the next card", async () => {
    const iss = `${base}/clinic`;
    const { trusted, sign } = await testIssuer(iss);
    jwks = trusted.jwks;
    answer = "keys";
    asked = [];
    const keyring = createIssuerKeyring({ list: listOf(iss), timeoutMs: 2_000 });
    const card = await sign(immunizationCard(iss, []));
    const first = await readCard(card, keyring);
    expect(first.issuer).toEqual({ iss, name: `Clinic at ${iss}`, verified: true, problem: null });
    await readCard(card, keyring);
    expect(asked).toEqual(["/clinic/.well-known/jwks.json"]);
  });

  it("never asks an issuer that is not on the list: its card reads as unverified", async () => {
    const iss = `${base}/stranger`;
    const { sign } = await testIssuer(iss);
    asked = [];
    const read = await readCard(await sign(immunizationCard(iss, [])), createIssuerKeyring({ list: listOf() }));
    expect(read.issuer).toEqual({ iss, name: null, verified: false, problem: "unknown-issuer" });
    expect(asked).toEqual([]);
  });

  it("a listed issuer that cannot be reached (an error, no answer): unverified, and not asked again at once", async () => {
    for (const failing of ["error", "hang"] as const) {
      const iss = `${base}/${failing}`;
      const { sign } = await testIssuer(iss);
      answer = failing;
      asked = [];
      const keyring = createIssuerKeyring({ list: listOf(iss), timeoutMs: 300 });
      const card = await sign(immunizationCard(iss, []));
      const read = await readCard(card, keyring);
      expect(read.issuer).toMatchObject({ verified: false, problem: "keys-unavailable", name: `Clinic at ${iss}` });
      await readCard(card, keyring);
      expect(asked).toHaveLength(1);
    }
    answer = "keys";
  });

  it("a card naming a listed issuer but signed with another key is refused, as an altered one is", async () => {
    const iss = `${base}/clinic-2`;
    const real = await testIssuer(iss);
    const forger = await testIssuer(iss);
    jwks = real.trusted.jwks;
    const keyring = createIssuerKeyring({ list: listOf(iss) });
    await expect(readCard(await forger.sign(immunizationCard(iss, [])), keyring)).rejects.toMatchObject({
      code: "signature_mismatch",
      message: expect.stringContaining(HEALTH_CARD_ERRORS.signature_mismatch),
    });
  });

  it("the spec's example issuer is trusted only when a test says so", async () => {
    const shipped = await readCard(exampleJws, createIssuerKeyring());
    expect(shipped.issuer).toEqual({ iss: EXAMPLE_ISS, name: null, verified: false, problem: "unknown-issuer" });
    const inTests = await readCard(exampleJws, createIssuerKeyring({ alsoTrusted: [exampleIssuer] }));
    expect(inTests.issuer.verified).toBe(true);
  });
});
