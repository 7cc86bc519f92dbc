import type { Context } from "hono";
import { VIEWER_ADDRESS_HEADER, viewerAddress } from "../entry/origin-check.ts";

type Env = {
  incoming?: { socket?: { remoteAddress?: string } };
  event?: { requestContext?: { http?: { sourceIp?: string } } };
};

/**
 * The address a sign-in attempt comes from, for per-address back-off. On
 * Node it is the socket's peer. On Lambda behind CloudFront it is the viewer
 * address UpNest's CloudFront function sets on every request (over anything a
 * client sent; the issuer Lambda answers only requests with the origin secret),
 * else the Function URL's source IP. Never a header a client chooses, such as
 * X-Forwarded-For.
 */
export function clientAddress(c: Context): string {
  const env = (c.env ?? {}) as Env;
  if (env.incoming) return env.incoming.socket?.remoteAddress ?? "unknown";
  const viewer = viewerAddress({ [VIEWER_ADDRESS_HEADER]: c.req.header(VIEWER_ADDRESS_HEADER) });
  if (viewer) return viewer;
  return env.event?.requestContext?.http?.sourceIp ?? "unknown";
}
