import { describe, expect, it } from "vitest";
import { chunkedQr, EXAMPLE_ISS, exampleIssuer, exampleJws, exampleQr } from "../test/fixtures.ts";
import { HealthCardError } from "./errors.ts";
import { jwsFromQr } from "./qr.ts";
import { verifyHealthCard } from "./verify.ts";

const codeOf = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    if (error instanceof HealthCardError) return error.code;
    throw error;
  }
  throw new Error("expected a refusal");
};

describe("jwsFromQr", () => {
  it("decodes the example's single numeric QR code to the example JWS", () => {
    expect(jwsFromQr(exampleQr)).toBe(exampleJws);
    expect(jwsFromQr([`  ${exampleQr}\n`])).toBe(exampleJws);
  });

  it("reassembles the specification's three-part QR card, scanned in any order, into a verifying card", async () => {
    const [first, second, third] = chunkedQr as [string, string, string];
    const jws = jwsFromQr([third, first, second]);
    expect(jws).toBe(jwsFromQr(chunkedQr));
    const card = await verifyHealthCard(jws, [exampleIssuer]);
    expect(card.issuer).toBe(EXAMPLE_ISS);
    expect(card.types).toEqual(["https://smarthealth.cards#health-card"]);
    expect(card.patient).toBeNull(); // a lab-results example whose bundle has no Patient resource
    expect(card.immunizations).toEqual([]);
  });

  it("says a part is missing, or that parts belong to different cards", () => {
    const [first, second, third] = chunkedQr as [string, string, string];
    expect(codeOf(() => jwsFromQr([first, third]))).toBe("qr_chunks_incomplete");
    expect(() => jwsFromQr([first, third])).toThrow(/part 2 of 3 is missing/);
    expect(codeOf(() => jwsFromQr([first, first, second]))).toBe("qr_chunks_mismatched");
    expect(codeOf(() => jwsFromQr([first, second.replace("shc:/2/3/", "shc:/2/4/"), third]))).toBe(
      "qr_chunks_mismatched",
    );
  });

  it("refuses text that is not the shc:/ numeric form", () => {
    expect(codeOf(() => jwsFromQr("https://example.org"))).toBe("qr_malformed");
    expect(codeOf(() => jwsFromQr("shc:/123"))).toBe("qr_malformed");
    expect(codeOf(() => jwsFromQr("shc:/99"))).toBe("qr_malformed");
    expect(codeOf(() => jwsFromQr([]))).toBe("qr_malformed");
    expect(() => jwsFromQr("shc:/12x4")).toThrow(/shc:\//);
  });
});
