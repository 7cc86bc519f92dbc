import { createHash, timingSafeEqual } from "node:crypto";

/** The header CloudFront adds to every request it forwards to a Function URL (infra/web.ts). */
export const ORIGIN_HEADER = "x-upnest-origin";

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
