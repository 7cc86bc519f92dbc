import { createAlarms } from "./alarms.ts";
import { createApi, createIssuer, routeApi, routeIssuer } from "./api.ts";
import { createMail } from "./mail.ts";
import { createReminders } from "./reminders.ts";
import { createTable } from "./table.ts";
import { createRouter, createSite } from "./web.ts";

/** Everything UpNest runs on AWS for one stage; sst.config.ts's run() returns this. */
export function createApp() {
  const production = $app.stage === "production";
  const table = createTable(production);
  // The issuer's private signing and encryption keys (README, "Deploy": `sst secret set IssuerKeys`).
  const keys = new sst.Secret("IssuerKeys");
  // Known to CloudFront and the two Lambdas only: proves a request came through the Router (infra/web.ts).
  const originSecret = new random.RandomPassword("OriginSecret", { length: 48, special: false }).result;
  const router = createRouter({ originSecret });
  const mail = createMail();
  const issuer = createIssuer({ table, keys, mail, originSecret, webUrl: router.url });
  const issuerUrl = routeIssuer(router, issuer);
  // The VAPID key pair that signs Web Push reminders (README, "Deploy": `sst secret set VapidKeys`).
  const vapidKeys = new sst.Secret("VapidKeys");
  const api = createApi({ table, router, issuerUrl, originSecret, mail, vapidKeys });
  routeApi(router, api);
  const reminders = createReminders({ table, mail, vapidKeys, webUrl: router.url });
  const site = createSite({ router, issuerUrl });
  createAlarms({
    functions: {
      api: api.nodes.function.name,
      issuer: issuer.nodes.function.name,
      reminders: reminders.nodes.function.name,
    },
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
