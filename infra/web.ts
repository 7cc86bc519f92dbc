import { WEB_DEV_ORIGIN } from "./config.ts";

/**
 * One CloudFront distribution (the Router) in front of the site, the API
 * (/trpc) and the issuer (config.ts, ISSUER_PATHS): the browser talks to a
 * single origin, and every URL is known before anything is built (site → API
 * URL and API → site origin would otherwise be a cycle).
 */
export function createRouter() {
  return new sst.aws.Router("Web");
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
