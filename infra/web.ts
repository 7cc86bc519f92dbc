import {
  HSTS_MAX_AGE_SECONDS,
  NO_STORE_PATHS,
  ORIGIN_HEADER,
  PDF_WORKER_ASSET,
  PDF_WORKER_CSP,
  VIEWER_ADDRESS_HEADER,
  WEB_CSP,
  WEB_DEV_ORIGIN,
} from "./config.ts";

/**
 * One CloudFront distribution (the Router) in front of the site, the API
 * (/trpc) and the issuer (config.ts, ISSUER_PATHS): the browser talks to a
 * single origin, and every URL is known before anything is built (site → API
 * URL and API → site origin would otherwise be a cycle).
 *
 * SST's Router sends every path through one cache behavior, so what holds
 * for /trpc holds for all routes:
 * - Authorization is in the cache key: CloudFront forwards it to an origin
 *   only then (an origin request policy may not name it), and tRPC queries
 *   are GETs carrying the bearer token. The query string (tRPC's input) is
 *   forwarded and keyed ("all"); nothing is cached unless the origin says so
 *   (default TTL 0), and the API and issuer answer `no-store`.
 * - Every request gets the origin secret header in the viewer-request
 *   function; the Lambdas answer 403 without it, so their Function URLs
 *   cannot be called around CloudFront. (Origin Access Control does not fit:
 *   a Function URL behind OAC needs the client to send x-amz-content-sha256
 *   with every POST body, which the issuer's HTML forms cannot, and SST's
 *   edge-signing mode adds a Lambda@Edge in us-east-1 to every request.)
 * - Every response gets the security headers (securityHeaders below).
 */
export function createRouter(args: { originSecret: $util.Output<string> }) {
  const headers = securityHeaders();
  const noStore = NO_STORE_PATHS.map((p) => `uri === "${p}" || uri.startsWith("${p}/")`).join(" || ");
  return new sst.aws.Router("Web", {
    edge: {
      viewerRequest: {
        // The viewer's address overwrites whatever a client sent under that name (per-address sign-in limits).
        injection: $interpolate`event.request.headers["${ORIGIN_HEADER}"] = { value: "${args.originSecret}" };
event.request.headers["${VIEWER_ADDRESS_HEADER}"] = { value: event.viewer.ip };`,
      },
      viewerResponse: {
        injection: [
          "var uri = event.request.uri;",
          `if (${noStore}) event.response.headers["cache-control"] = { value: "no-store" };`,
          // The PDF worker's own policy (config.ts): whether CloudFront applies the headers policy (which keeps
          // a policy already there) before or after this function, the worker ends up with this one.
          `if (uri.startsWith("${PDF_WORKER_ASSET}") && uri.endsWith(".js")) event.response.headers["content-security-policy"] = { value: "${PDF_WORKER_CSP}" };`,
        ].join("\n"),
      },
    },
    transform: {
      cachePolicy: (policy) => {
        policy.parametersInCacheKeyAndForwardedToOrigin = $output(
          policy.parametersInCacheKeyAndForwardedToOrigin,
        ).apply((params) => ({
          ...params,
          headersConfig: {
            headerBehavior: "whitelist",
            headers: { items: [...(params.headersConfig.headers?.items ?? []), "authorization"] },
          },
          queryStringsConfig: { queryStringBehavior: "all" },
        }));
      },
      cdn: (cdn) => {
        cdn.defaultCacheBehavior = $resolve([cdn.defaultCacheBehavior, headers.id] as const).apply(
          ([behavior, id]) => ({ ...behavior!, responseHeadersPolicyId: id }),
        );
      },
    },
  });
}

/**
 * The headers every response carries through CloudFront. The CSP is the web
 * app's (its built index.html has no inline script or style, and it talks
 * only to its own origin); an origin that sends its own CSP (the issuer's
 * pages) keeps it. The others are forced on every route.
 */
function securityHeaders() {
  return new aws.cloudfront.ResponseHeadersPolicy("WebSecurityHeaders", {
    name: `${$app.name}-${$app.stage}-security-headers`,
    comment: "UpNest: CSP, HSTS, nosniff, no framing, referrer policy",
    securityHeadersConfig: {
      contentSecurityPolicy: { contentSecurityPolicy: WEB_CSP, override: false },
      strictTransportSecurity: {
        accessControlMaxAgeSec: HSTS_MAX_AGE_SECONDS,
        includeSubdomains: true,
        preload: false,
        override: true,
      },
      contentTypeOptions: { override: true },
      frameOptions: { frameOption: "DENY", override: true },
      referrerPolicy: { referrerPolicy: "strict-origin-when-cross-origin", override: true },
    },
  });
}

/** The Vite SPA, built with the API and issuer URLs; under `sst dev` SST runs Vite instead of deploying it. */
export function createSite(args: { router: sst.aws.Router; issuerUrl: $util.Output<string> }) {
  const port = new URL(WEB_DEV_ORIGIN).port;
  return new sst.aws.StaticSite("Site", {
    path: "apps/web",
    router: { instance: args.router },
    build: { command: "pnpm run build", output: "dist" },
    environment: { VITE_API_URL: args.router.url, VITE_ISSUER_URL: args.issuerUrl },
    // The web app checks its env with zod (src/config/env.ts); keep SST's generated
    // ImportMetaEnv declaration out of apps/web/src.
    vite: { types: "node_modules/.sst/sst-env.d.ts" },
    dev: { command: `pnpm exec vite --port ${port} --strictPort`, url: WEB_DEV_ORIGIN },
  });
}
