import { createAlarms } from "./alarms.ts";
import { createApi, createIssuer, routeIssuer } from "./api.ts";
import { createTable } from "./table.ts";
import { createRouter, createSite } from "./web.ts";

/** Everything UpNest runs on AWS for one stage; sst.config.ts's run() returns this. */
export function createApp() {
  const production = $app.stage === "production";
  const table = createTable(production);
  const auth = createIssuer(table, production);
  const router = createRouter();
  const issuerUrl = routeIssuer(router, auth);
  const api = createApi({ table, router, issuerUrl });
  const site = createSite({ router, issuerUrl });
  createAlarms({
    functions: { api: api.nodes.function.name, issuer: auth.nodes.issuer.apply((fn) => fn.nodes.function.name) },
    table,
    p99Ms: 3000,
  });
  return {
    web: router.url,
    api: $interpolate`${router.url}/trpc`,
    issuer: issuerUrl,
    table: table.name,
    site: site.url,
  };
}
