/**
 * What every API response carries, whichever front door (Node server or Lambda) built it. The API answers
 * JSON only: nothing is cached (answers are per user), nothing is sniffed as another type, no page may frame
 * or run anything from it, and no referrer leaves with a link.
 */
export const API_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "cache-control": "no-store",
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "content-security-policy": "default-src 'none'; frame-ancestors 'none'",
};

const KiB = 1024;
/** A request body is read up to this many bytes; a normal call is a few hundred. */
export const DEFAULT_BODY_LIMIT = 64 * KiB;
/** An integration's REST call (`/api/v1`) adds one record: the normal limit. */
export const REST_BODY_LIMIT = DEFAULT_BODY_LIMIT;
/** Procedures that take a file need more (an export document, a page of CSV rows). */
const LARGER_BODIES: Readonly<Record<string, number>> = {
  "account.import": 2 * KiB * KiB,
  // 200 rows (one batch from the web app) with 1 000-character notes in any script still fit.
  "account.importMeasurements": KiB * KiB,
  // 49 records of Baby Buddy's export, each with notes of up to 2 000 characters in any script.
  "imports.babyBuddyRecords": KiB * KiB,
  // A clinic's FHIR file of a child's vaccinations, or a health card (a few KB).
  "vaccinations.readRecords": KiB * KiB,
};

/**
 * The body limit for a request to `/trpc/<procedures>` (comma-separated when batched). The larger limit holds
 * only if every procedure in the batch has it, so batching a small call with an import gains nothing.
 */
export function bodyLimitFor(procedures: string): number {
  const limits = procedures.split(",").map((p) => LARGER_BODIES[p] ?? DEFAULT_BODY_LIMIT);
  return Math.min(...limits);
}

/** The 413 answer, shaped as a tRPC error so the web client shows its message. */
export function tooLargeBody(limit: number): string {
  const message = `This request is too large (the limit is ${Math.round(limit / KiB)} KiB). Send a smaller file.`;
  return JSON.stringify({ error: { message, code: -32013, data: { code: "PAYLOAD_TOO_LARGE", httpStatus: 413 } } });
}
