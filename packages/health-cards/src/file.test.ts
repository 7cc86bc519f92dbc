import { describe, expect, it } from "vitest";
import { EXAMPLE_ISS, exampleFile, exampleIssuer, exampleJws } from "../test/fixtures.ts";
import { jwsFromFile } from "./file.ts";
import { verifyHealthCard } from "./verify.ts";

describe("jwsFromFile", () => {
  it("reads the specification's example .smart-health-card file, whose card verifies", async () => {
    const [jws] = jwsFromFile(exampleFile);
    expect(jws).toBe(exampleJws);
    const card = await verifyHealthCard(jws ?? "", [exampleIssuer]);
    expect(card.issuer).toBe(EXAMPLE_ISS);
    expect(card.immunizations.map((dose) => dose.date)).toEqual(["2021-01-01", "2021-01-29"]);
  });

  it("refuses a file that is not JSON, has no credentials, or holds something other than JWS strings", () => {
    expect(() => jwsFromFile("%PDF-1.7")).toThrow(/not a \.smart-health-card file.*not JSON/);
    expect(() => jwsFromFile("{}")).toThrow(/verifiableCredential/);
    expect(() => jwsFromFile('{"verifiableCredential": []}')).toThrow(/verifiableCredential/);
    expect(() => jwsFromFile('{"verifiableCredential": [42]}')).toThrow(/JWS string/);
    expect(() => jwsFromFile("null")).toThrow(/verifiableCredential/);
  });
});
