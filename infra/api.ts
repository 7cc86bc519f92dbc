import { API_ACTIONS, ISSUER_ACTIONS, ISSUER_PATHS, WEB_DEV_ORIGIN } from "./config.ts";
import { tableAccess } from "./table.ts";

/** Lambda settings shared by the API and the issuer (docs/libraries.md: deploy on nodejs22.x). */
const lambda = {
  runtime: "nodejs22.x",
  architecture: "arm64", // Graviton: about 20% cheaper per GB-second than x86_64 for the same code.
  logging: { retention: "1 month" },
} as const;

/**
 * The sign-in issuer (apps/api/src/issuer-lambda.ts) behind SST's Auth
 * component, which gives it a Function URL (see routeIssuer). Auth also creates a small table of
 * its own for OpenAuth's storage; our issuer keeps sign-in data in the app
 * table instead (same adapter as locally), so that table stays empty.
 */
export function createIssuer(table: sst.aws.Dynamo, production: boolean) {
  return new sst.aws.Auth("Auth", {
    issuer: {
      handler: "apps/api/src/issuer-lambda.handler",
      ...lambda,
      memory: "512 MB", // password hashing (scrypt) is CPU-bound; Lambda CPU scales with memory.
      timeout: "20 seconds",
      link: [tableAccess("IssuerTableAccess", table, ISSUER_ACTIONS, [])],
      environment: {
        TABLE_NAME: table.name,
        // No mail service yet: codes go to the log outside production, and production refuses to sign up.
        CODE_DELIVERY: production ? "none" : "log",
      },
    },
  });
}

/** Serves the issuer through the Router (see ISSUER_PATHS); returns the issuer URL everyone uses. */
export function routeIssuer(router: sst.aws.Router, auth: sst.aws.Auth) {
  for (const path of ISSUER_PATHS) router.route(path, auth.url);
  return router.url;
}

/**
 * The tRPC API: one Lambda behind a Function URL, served through the Router at
 * /trpc so the web app calls its own origin. A Function URL rather than an
 * HTTP API: the handler already routes, answers CORS and checks tokens, so API
 * Gateway would only add a per-request charge and a 30-second cap.
 */
export function createApi(args: { table: sst.aws.Dynamo; router: sst.aws.Router; issuerUrl: $util.Output<string> }) {
  const cursorSecret = new random.RandomPassword("CursorSecret", { length: 64, special: false });
  return new sst.aws.Function("Api", {
    handler: "apps/api/src/lambda.handler",
    ...lambda,
    // JSON logs, so Lambda can filter its own: at system level WARN its START/END/REPORT lines (about 265 of
    // the ~440 bytes a request logs) are not sent. Duration and errors stay in CloudWatch metrics, and each
    // call's own line has its time. The API's lines are JSON with a "level" already (src/log.ts).
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
    // No index: records are found by id in the table itself (docs/decisions/0004-find-records-by-filter.md).
    link: [tableAccess("ApiTableAccess", args.table, API_ACTIONS, [])],
    environment: {
      TABLE_NAME: args.table.name,
      ISSUER_URL: args.issuerUrl,
      CURSOR_SECRET: cursorSecret.result,
      // Same origin as the site in production; `sst dev` runs Vite on localhost, which calls across origins.
      WEB_ORIGINS: $dev ? $interpolate`${args.router.url},${WEB_DEV_ORIGIN}` : args.router.url,
    },
    // CORS is answered by the handler (apps/api/src/lambda.ts); a second set of headers from the URL would clash.
    url: { cors: false, router: { instance: args.router, path: "/trpc" } },
  });
}
