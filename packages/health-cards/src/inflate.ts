import { Inflate } from "fflate";
import { HealthCardError } from "./errors.ts";

/** A card's payload is a few kilobytes; far more is not a health card (and a small input can inflate a thousandfold). */
export const MAX_PAYLOAD_BYTES = 1024 * 1024;
const SLICE = 1024;

/**
 * Raw DEFLATE, stopped as soon as the output passes `limit` bytes: the input is pushed a kilobyte at a time, so no
 * more than about a megabyte beyond the limit is ever inflated, whatever the input claims.
 */
export function inflateLimited(compressed: Uint8Array, limit = MAX_PAYLOAD_BYTES): Uint8Array {
  const parts: Uint8Array[] = [];
  let size = 0;
  const stream = new Inflate((chunk) => {
    size += chunk.length;
    if (size > limit) throw new HealthCardError("payload_malformed", `payload larger than ${limit} bytes`);
    parts.push(chunk);
  });
  try {
    for (let at = 0; at < compressed.length; at += SLICE) {
      stream.push(compressed.subarray(at, at + SLICE), at + SLICE >= compressed.length);
    }
    if (compressed.length === 0) stream.push(compressed, true);
  } catch (error) {
    if (error instanceof HealthCardError) throw error;
    throw new HealthCardError("payload_malformed", "payload does not inflate");
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** The inflated payload as UTF-8 text. */
export function payloadText(compressed: Uint8Array): string {
  const bytes = inflateLimited(compressed);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new HealthCardError("payload_malformed", "payload is not UTF-8 text");
  }
}
