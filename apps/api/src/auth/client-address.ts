import type { Context } from "hono";

type Env = {
  incoming?: { socket?: { remoteAddress?: string } };
  event?: { requestContext?: { http?: { sourceIp?: string } } };
};

/**
 * The address a sign-in attempt comes from, for per-address back-off. On
 * Node it is the socket's peer. On Lambda behind CloudFront it is the viewer
 * address CloudFront sets (CloudFront-Viewer-Address, which a client cannot
 * set through CloudFront), else the Function URL's source IP. Never a header
 * a client chooses, such as X-Forwarded-For.
 */
export function clientAddress(c: Context): string {
  const env = (c.env ?? {}) as Env;
  if (env.incoming) return env.incoming.socket?.remoteAddress ?? "unknown";
  const viewer = c.req.header("cloudfront-viewer-address");
  if (viewer) return viewer.slice(0, viewer.lastIndexOf(":")) || viewer;
  return env.event?.requestContext?.http?.sourceIp ?? "unknown";
}
