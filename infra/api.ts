import { CALENDAR_PATH, GRANTS, ISSUER_PATHS, REST_PATH, WEB_CLIENT_ID, WEB_DEV_ORIGIN } from "./config.ts";
import { tableAccess } from "./table.ts";

/** Lambda settings shared by the API, the issuer and the reminders job (docs/libraries.md: deploy on nodejs22.x). */
export const lambda = {
  runtime: "nodejs22.x",
  architecture: "arm64", // Graviton: about 20% cheaper per GB-second than x86_64 for the same code.
  logging: { retention: "1 month" },
} as const;

/**
 * The sign-in issuer (apps/api/src/entry/issuer-lambda.ts): a Function with a URL,
 * served through the Router (see routeIssuer). A plain Function rather than
 * SST's Auth component, which always adds a DynamoDB table of its own with
 * `dynamodb:*` for the issuer; our issuer keeps sign-in data in the app table.
 * Its private keys come from the `IssuerKeys` secret, linked to it alone
 * (README, "Deploy"); mail goes out through SES as `mail.from`.
 */
export function createIssuer(args: {
  table: sst.aws.Dynamo;
  keys: sst.Secret;
  mail: { email: sst.aws.Email; from: $util.Input<string> };
  originSecret: $util.Output<string>;
  /** The site's URL (the Router's): the one place the web app's sign-in may return to. */
  webUrl: $util.Output<string>;
}) {
  // The issuer's allow-list (apps/api/src/auth/allow.ts): exact client id and redirect URIs; `sst dev` adds Vite's.
  const clients = args.webUrl.apply((url) =>
    JSON.stringify([
      {
        id: WEB_CLIENT_ID,
        redirectUris: [`${url}/auth/callback`, ...($dev ? [`${WEB_DEV_ORIGIN}/auth/callback`] : [])],
      },
    ]),
  );
  return new sst.aws.Function("Issuer", {
    handler: "apps/api/src/entry/issuer-lambda.handler",
    ...lambda,
    memory: "512 MB", // password hashing (scrypt) is CPU-bound; Lambda CPU scales with memory.
    timeout: "20 seconds",
    link: [tableAccess("IssuerTableAccess", args.table, GRANTS.issuer), args.keys],
    permissions: [sendMail(args.mail.email)],
    environment: {
      TABLE_NAME: args.table.name,
      ORIGIN_SECRET: args.originSecret,
      ISSUER_CLIENTS: clients,
      MAIL_FROM: args.mail.from,
      MAIL_CONFIGURATION_SET: args.mail.email.nodes.configurationSet.configurationSetName,
    },
    // CloudFront is the only caller that knows the origin secret; the handler refuses everyone else.
    url: { cors: false },
  });
}

/** Serves the issuer through the Router (see ISSUER_PATHS); returns the issuer URL everyone uses. */
export function routeIssuer(router: sst.aws.Router, issuer: sst.aws.Function) {
  for (const path of ISSUER_PATHS) router.route(path, issuer.url);
  return router.url;
}

/**
 * The tRPC API: one Lambda behind a Function URL, served through the Router at
 * /trpc so the web app calls its own origin. A Function URL rather than an
 * HTTP API: the handler already routes, answers CORS and checks tokens, so API
 * Gateway would only add a per-request charge and a 30-second cap.
 */
export function createApi(args: {
  table: sst.aws.Dynamo;
  router: sst.aws.Router;
  issuerUrl: $util.Output<string>;
  originSecret: $util.Output<string>;
  /** `reminders.sendTest` sends from here (SES as the stage's sender; Web Push signed with the VapidKeys secret). */
  mail: { email: sst.aws.Email; from: $util.Input<string> };
  vapidKeys: sst.Secret;
}) {
  const cursorSecret = new random.RandomPassword("CursorSecret", { length: 64, special: false });
  return new sst.aws.Function("Api", {
    handler: "apps/api/src/entry/lambda.handler",
    ...lambda,
    // JSON logs, so Lambda can filter its own: at system level WARN its START/END/REPORT lines (about 265 of
    // the ~440 bytes a request logs) are not sent. Duration and errors stay in CloudWatch metrics, and each
    // call's own line has its time. The API's lines are JSON with a "level" already (apps/api/src/trpc/log.ts).
    logging: { ...lambda.logging, format: "json" },
    transform: {
      function: (fn) => {
        fn.loggingConfig = $output(fn.loggingConfig).apply((config) => ({
          ...config!,
          logFormat: "JSON",
          systemLogLevel: "WARN",
          applicationLogLevel: "INFO",
        }));
      },
    },
    memory: "1024 MB",
    timeout: "10 seconds",
    // No index: a record's id names its key in the table itself (docs/decisions/0007-ids-carry-their-key.md).
    link: [tableAccess("ApiTableAccess", args.table, GRANTS.api), args.vapidKeys],
    permissions: [sendMail(args.mail.email)],
    environment: {
      TABLE_NAME: args.table.name,
      ISSUER_URL: args.issuerUrl,
      CURSOR_SECRET: cursorSecret.result,
      ORIGIN_SECRET: args.originSecret,
      // Same origin as the site in production; `sst dev` runs Vite on localhost, which calls across origins.
      WEB_ORIGINS: $dev ? $interpolate`${args.router.url},${WEB_DEV_ORIGIN}` : args.router.url,
      // Reminders: the test message's sender, and the site's address for links and the calendar feed's URL.
      MAIL_FROM: args.mail.from,
      WEB_URL: args.router.url,
    },
    // CORS is answered by the handler (apps/api/src/entry/lambda.ts); a second set of headers from the URL would clash.
    // Served through the Router at /trpc, /calendar and /api/v1 (routeApi).
    url: { cors: false },
  });
}

/** Sending only, as the configured sender (SES checks the identity and the configuration set). */
export const sendMail = (email: sst.aws.Email) => ({
  actions: ["ses:SendEmail", "ses:SendRawEmail"],
  resources: [email.nodes.identity.arn, email.nodes.configurationSet.arn],
});

/**
 * The Router sends the API's paths to its Function URL: tRPC at /trpc, the calendar feed at /calendar, and the
 * REST operations an integration calls with an API key (and their OpenAPI document) at /api/v1.
 */
export function routeApi(router: sst.aws.Router, api: sst.aws.Function) {
  for (const path of ["/trpc", CALENDAR_PATH, REST_PATH]) router.route(path, api.url);
}
