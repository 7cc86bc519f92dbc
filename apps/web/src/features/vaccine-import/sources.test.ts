import { chunkedQr, exampleFile, exampleJws, exampleQr } from "@upnest/health-cards/testing";
import { describe, expect, it } from "vitest";
import { addQrCode, isPicture, NO_SCAN, PickError, readTextFile } from "./sources.ts";

const problemOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof PickError) return error.problem;
    throw error;
  }
  return null;
};

describe("what a person chose to read doses from", () => {
  it("tells pictures from text files", () => {
    expect(isPicture({ name: "card.png", type: "image/png" })).toBe(true);
    expect(isPicture({ name: "IMG_0001.JPG", type: "" })).toBe(true);
    expect(isPicture({ name: "card.smart-health-card", type: "" })).toBe(false);
  });

  it("reads a .smart-health-card file, a FHIR Bundle, and a scanned shc:/ text", () => {
    expect(readTextFile(exampleFile)).toEqual({ kind: "shc", cards: [exampleJws] });
    const bundle = { resourceType: "Bundle", type: "collection", entry: [] };
    expect(readTextFile(JSON.stringify(bundle))).toEqual({ kind: "fhir", bundle });
    expect(readTextFile(`${exampleQr}\n`)).toEqual({ kind: "shc", cards: [exampleJws] });
  });

  it("says why a file cannot be read", () => {
    expect(problemOf(() => readTextFile("%PDF-1.7"))).toBe("notJson");
    expect(problemOf(() => readTextFile('{"resourceType":"Patient"}'))).toBe("unreadableFile");
    expect(problemOf(() => readTextFile('{"verifiableCredential":[]}'))).toBe("unreadableFile");
  });
});

describe("scanning QR codes", () => {
  it("a whole card in one code is done at once", () => {
    expect(addQrCode(NO_SCAN, exampleQr).jws).toBe(exampleJws);
    expect(addQrCode(NO_SCAN, exampleQr.replace("shc:/", "SHC:/")).jws).toBe(exampleJws);
  });

  it("a card in three codes asks for the next until all are scanned, in any order, a repeat counted once", () => {
    const [first, second, third] = chunkedQr as [string, string, string];
    let scan = addQrCode(NO_SCAN, third);
    expect(scan).toMatchObject({ jws: null, have: 1, total: 3 });
    scan = addQrCode(scan, third);
    expect(scan).toMatchObject({ jws: null, have: 1, total: 3 });
    scan = addQrCode(addQrCode(scan, first), second);
    expect(scan.have).toBe(3);
    expect(scan.jws).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
  });

  it("refuses a code that is not a health card, or of another card", () => {
    expect(problemOf(() => addQrCode(NO_SCAN, "https://example.org"))).toBe("notHealthCard");
    const [first] = chunkedQr as [string];
    const other = first.replace("shc:/1/3/", "shc:/2/4/");
    expect(problemOf(() => addQrCode(addQrCode(NO_SCAN, first), other))).toBe("otherCard");
  });
});
