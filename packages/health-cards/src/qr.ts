import { HealthCardError } from "./errors.ts";

/**
 * The `shc:/` numeric QR form: each character of the JWS is written as two digits, its code minus 45
 * (SMART Health Cards framework, "Encoding Chunks as QR codes"). A card too large for one QR code is
 * split as `shc:/INDEX/TOTAL/DIGITS` (a deprecated form, still printed by some issuers).
 */
const SINGLE = /^shc:\/(\d+)$/;
const CHUNK = /^shc:\/(\d+)\/(\d+)\/(\d+)$/;
const OFFSET = 45;
const HIGHEST = "z".charCodeAt(0) - OFFSET;

function digitsToJws(digits: string): string {
  if (digits.length % 2 !== 0) throw new HealthCardError("qr_malformed", "an odd number of digits");
  let jws = "";
  for (let i = 0; i < digits.length; i += 2) {
    const value = Number(digits.slice(i, i + 2));
    if (value > HIGHEST) throw new HealthCardError("qr_malformed", `digits ${digits.slice(i, i + 2)} out of range`);
    jws += String.fromCharCode(value + OFFSET);
  }
  return jws;
}

/** The JWS in one or more scanned `shc:/` QR texts, chunks in any order. */
export function jwsFromQr(texts: string | readonly string[]): string {
  const list = (typeof texts === "string" ? [texts] : texts).map((text) => text.trim());
  if (list.length === 0) throw new HealthCardError("qr_malformed", "no QR code given");
  if (list.length === 1) {
    const single = SINGLE.exec(list[0] ?? "");
    if (single?.[1]) return digitsToJws(single[1]);
  }
  const chunks = list.map((text) => {
    const match = CHUNK.exec(text);
    if (!match?.[1] || !match[2] || !match[3]) throw new HealthCardError("qr_malformed");
    return { index: Number(match[1]), total: Number(match[2]), digits: match[3] };
  });
  const total = chunks[0]?.total ?? 0;
  const byIndex = new Map<number, string>();
  for (const chunk of chunks) {
    if (chunk.total !== total || chunk.index < 1 || chunk.index > total)
      throw new HealthCardError("qr_chunks_mismatched");
    if (byIndex.has(chunk.index)) throw new HealthCardError("qr_chunks_mismatched", `part ${chunk.index} twice`);
    byIndex.set(chunk.index, chunk.digits);
  }
  const parts: string[] = [];
  for (let index = 1; index <= total; index++) {
    const digits = byIndex.get(index);
    if (digits === undefined) throw new HealthCardError("qr_chunks_incomplete", `part ${index} of ${total} is missing`);
    parts.push(digitsToJws(digits));
  }
  return parts.join("");
}
