import { base64url, decodeProtectedHeader } from "jose";
import { HealthCardError } from "./errors.ts";

/** The protected header a SMART Health Card must have: ES256, a DEFLATE-compressed payload and a key id. */
export function cardHeader(jws: string): { kid: string } {
  if (jws.split(".").length !== 3) throw new HealthCardError("jws_malformed", "not three dot-separated parts");
  let header: ReturnType<typeof decodeProtectedHeader>;
  try {
    header = decodeProtectedHeader(jws);
  } catch {
    throw new HealthCardError("jws_malformed", "unreadable header");
  }
  if (header.alg !== "ES256") throw new HealthCardError("jws_malformed", "not signed with ES256");
  if (header.zip !== "DEF") throw new HealthCardError("jws_malformed", "payload not compressed with DEFLATE");
  if (typeof header.kid !== "string" || header.kid === "") throw new HealthCardError("jws_malformed", "no key id");
  return { kid: header.kid };
}

/** The compressed payload of a compact JWS, as it was signed (not yet verified). */
export function compressedPayload(jws: string): Uint8Array {
  try {
    return base64url.decode(jws.split(".")[1] ?? "");
  } catch {
    throw new HealthCardError("jws_malformed", "unreadable payload");
  }
}
