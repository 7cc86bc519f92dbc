import type { Context, MiddlewareHandler } from "hono";
import { secureHeaders } from "hono/secure-headers";

/** Served with a cache lifetime; every other issuer response (pages with forms, /token) is `no-store`. */
const CACHEABLE = (path: string) => path === "/password/style.css" || path.startsWith("/.well-known/");

const isHttps = (c: Context) =>
  new URL(c.req.url).protocol === "https:" || c.req.header("x-forwarded-proto") === "https";

/**
 * Security headers on every issuer response: a CSP with no scripts at all
 * (styles only from the issuer), forms may post only to the issuer and the
 * sign-in redirect may end only on an allowed client's origin, never framed,
 * no referrer, nosniff; HSTS when served over https.
 */
export function issuerHeaders(redirectOrigins: string[]): MiddlewareHandler {
  const options = (https: boolean) =>
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'none'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", "data:"],
        formAction: ["'self'", ...redirectOrigins],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
      },
      xFrameOptions: "DENY",
      referrerPolicy: "no-referrer",
      strictTransportSecurity: https ? "max-age=63072000; includeSubDomains" : false,
      crossOriginResourcePolicy: false,
    });
  const plain = options(false);
  const secure = options(true);
  return async (c, next) => {
    await (isHttps(c) ? secure : plain)(c, next);
    if (!CACHEABLE(c.req.path)) c.res.headers.set("cache-control", "no-store");
  };
}
