import { createHash, timingSafeEqual } from "node:crypto";

/** The header CloudFront adds to every request it forwards to a Function URL (infra/web.ts). */
export const ORIGIN_HEADER = "x-upnest-origin";

/**
 * The viewer's address, set by the same CloudFront function on every request (over any value a client sent),
 * so per-address limits count people, not CloudFront's edge servers. Trusted only with the origin secret.
 */
export const VIEWER_ADDRESS_HEADER = "x-upnest-viewer-address";

/** The viewer's address on a request that came through CloudFront (see fromCloudFront), else undefined. */
export function viewerAddress(headers: Record<string, string | string[] | undefined>): string | undefined {
  const sent = headers[VIEWER_ADDRESS_HEADER];
  return typeof sent === "string" && sent !== "" ? sent : undefined;
}

const digest = (value: string) => createHash("sha256").update(value).digest();

/**
 * Whether a request came through UpNest's CloudFront distribution: it carries
 * the origin secret only CloudFront knows. Compared as digests in constant
 * time, so neither the length nor a prefix of the secret can be probed.
 */
export function fromCloudFront(headers: Record<string, string | string[] | undefined>, secret: string): boolean {
  const sent = headers[ORIGIN_HEADER];
  if (typeof sent !== "string" || sent === "") return false;
  return timingSafeEqual(digest(sent), digest(secret));
}
