import { HealthCardError, jwsFromFile, jwsFromQr } from "@upnest/health-cards";

/** What a person chose, ready for `vaccinations.readRecords`: one or more cards' JWS, or a FHIR file's JSON. */
export type Picked = { kind: "shc"; cards: string[] } | { kind: "fhir"; bundle: Record<string, unknown> };
/** Why a choice could not be read (keys of the `vaccine-import` catalog's `problem`). */
export type PickProblem = "noQr" | "notHealthCard" | "otherCard" | "unreadableFile" | "notJson" | "image";

export class PickError extends Error {
  constructor(readonly problem: PickProblem) {
    super(problem);
  }
}

/** A picture (read for a QR code), or a text file (a `.smart-health-card`, a FHIR `.json`, a scanned `shc:/` text). */
export const isPicture = (file: { name: string; type: string }) =>
  file.type.startsWith("image/") || /\.(png|jpe?g|gif|webp|bmp|heic)$/i.test(file.name);

/** The cards or the FHIR resource in a text file. */
export function readTextFile(text: string): Picked {
  const trimmed = text.trim();
  if (/^shc:\//i.test(trimmed)) return { kind: "shc", cards: [jwsFromQr(trimmed.split(/\s+/).map(shcText))] };
  let json: unknown;
  try {
    json = JSON.parse(trimmed);
  } catch {
    throw new PickError("notJson");
  }
  if (json && typeof json === "object" && "verifiableCredential" in json) {
    try {
      return { kind: "shc", cards: jwsFromFile(trimmed) };
    } catch {
      throw new PickError("unreadableFile");
    }
  }
  const resourceType = (json as { resourceType?: unknown } | null)?.resourceType;
  if (resourceType === "Bundle" || resourceType === "Immunization") {
    return { kind: "fhir", bundle: json as Record<string, unknown> };
  }
  throw new PickError("unreadableFile");
}

/** A QR code's text with its prefix as the framework writes it (a reader may give `SHC:/`). */
const shcText = (text: string) => text.trim().replace(/^shc:\//i, "shc:/");

/** The QR codes scanned so far of one card: done with its JWS, or waiting for more parts. */
export type Scan = { parts: string[]; jws: string | null; have: number; total: number };
export const NO_SCAN: Scan = { parts: [], jws: null, have: 0, total: 0 };

/**
 * One more QR code: a whole card at once, or a part of a card split over several codes (in any order, a part
 * scanned twice counted once). A code that is not a health card, or is of another card, is refused with why.
 */
export function addQrCode(scan: Scan, text: string): Scan {
  const code = shcText(text);
  if (!/^shc:\//.test(code)) throw new PickError("notHealthCard");
  const parts = scan.parts.includes(code) ? scan.parts : [...scan.parts, code];
  const total = Number(/^shc:\/\d+\/(\d+)\//.exec(code)?.[1] ?? 1);
  try {
    return { parts, jws: jwsFromQr(parts), have: parts.length, total };
  } catch (error) {
    if (!(error instanceof HealthCardError)) throw error;
    if (error.code === "qr_chunks_incomplete") return { parts, jws: null, have: parts.length, total };
    throw new PickError(error.code === "qr_chunks_mismatched" && scan.parts.length > 0 ? "otherCard" : "notHealthCard");
  }
}
