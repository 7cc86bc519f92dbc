// Plain data shared by the infra modules and their tests (no SST globals here).
import { partitionPatterns } from "../packages/db/src/core/keys.ts";

/**
 * The DynamoDB actions each function really calls (packages/db): a
 * TransactWrite needs the per-item actions of its parts, ConditionCheck
 * included. Linking an sst.aws.Dynamo directly would grant `dynamodb:*`.
 */
export const API_ACTIONS = [
  "dynamodb:GetItem",
  "dynamodb:PutItem",
  "dynamodb:UpdateItem",
  "dynamodb:DeleteItem",
  "dynamodb:ConditionCheckItem",
  "dynamodb:Query",
  "dynamodb:BatchWriteItem",
  // An import's check of which records are already there (packages/db imported-records.ts): one baby's keys.
  "dynamodb:BatchGetItem",
];
/**
 * OpenAuth's storage adapter (get/set/remove/scan), the e-mail → user id map, and the sign-in attempt
 * counters (`ATTEMPT#…`, one conditional UpdateItem each: apps/api/src/auth/attempt-policy.ts).
 */
export const ISSUER_ACTIONS = [
  "dynamodb:GetItem",
  "dynamodb:PutItem",
  "dynamodb:UpdateItem",
  "dynamodb:DeleteItem",
  "dynamodb:Query",
];

/**
 * The reminders job (apps/api/src/reminders/job.ts): Queries of the schedule's hours and of a baby's members and
 * records, Gets of memberships and profiles, the delivery records' conditional Puts, the schedule's batched Puts
 * (deferred items) and Deletes, and deleting a device the push service says is gone.
 */
export const REMINDERS_ACTIONS = [
  "dynamodb:GetItem",
  "dynamodb:PutItem",
  "dynamodb:DeleteItem",
  "dynamodb:Query",
  "dynamodb:BatchWriteItem",
];

/** Actions on the partitions whose keys match `leadingKeys` (IAM `dynamodb:LeadingKeys`). */
export type TableGrant = { actions: string[]; leadingKeys: readonly string[] };

/**
 * Each role reaches only its own partitions. None of these actions is a Scan
 * (nor may be added): a Scan names no partition, and ForAllValues over no
 * keys would allow it. The API's sign-in access is just what deleting an
 * account and checking the profile's e-mail need: it can read the e-mail →
 * id map, delete (never read) a password hash, and list and delete refresh
 * tokens. The signing keys are not in the table at all (apps/api/src/auth/keys.ts).
 */
export const GRANTS: Record<"api" | "issuer" | "reminders", TableGrant[]> = {
  api: [
    { actions: API_ACTIONS, leadingKeys: partitionPatterns.app },
    { actions: ["dynamodb:GetItem", "dynamodb:DeleteItem"], leadingKeys: [partitionPatterns.apiSignIn.userIds] },
    { actions: ["dynamodb:DeleteItem"], leadingKeys: [partitionPatterns.apiSignIn.emails] },
    { actions: ["dynamodb:Query", "dynamodb:DeleteItem"], leadingKeys: [partitionPatterns.apiSignIn.refreshTokens] },
  ],
  issuer: [{ actions: ISSUER_ACTIONS, leadingKeys: partitionPatterns.issuer }],
  reminders: [{ actions: REMINDERS_ACTIONS, leadingKeys: partitionPatterns.reminders }],
};

/** The reminders job's schedule: SST's Cron (EventBridge) runs it every minute (apps/api/src/reminders/job.ts). */
export const REMINDERS_SCHEDULE = "rate(1 minute)";
/** Served by the API through the Router: the calendar feed, `GET /calendar/<secret>.ics`. */
export const CALENDAR_PATH = "/calendar";
/** Served by the API through the Router: integrations' REST operations and their OpenAPI document (apps/api/src/integrations/rest.ts). */
export const REST_PATH = "/api/v1";

/** The header CloudFront adds with the origin secret; the Lambdas refuse requests without it (apps/api/src/entry/origin-check.ts). */
export const ORIGIN_HEADER = "x-upnest-origin";
/** The viewer's IP address, set at the edge for the per-address limits (apps/api/src/entry/origin-check.ts). */
export const VIEWER_ADDRESS_HEADER = "x-upnest-viewer-address";

/** Routes whose answers are never stored by a browser or CloudFront: the API and the issuer's pages and tokens. */
export const NO_STORE_PATHS = ["/trpc", REST_PATH, "/token", "/authorize", "/password"];

/**
 * OpenAuth 0.4.3's routes. They are served through the Router so that the
 * issuer's host is the site's: OpenAuth only redirects to its own host (or
 * localhost), and reads that host from the x-forwarded-host the Router sets.
 * The web app's own routes must not start with these.
 */
export const ISSUER_PATHS = ["/authorize", "/token", "/.well-known", "/password"];

/** The web app's OAuth client id (apps/api/src/auth/subjects.ts), the one client the issuer allows. */
export const WEB_CLIENT_ID = "upnest-web";

/** Where `sst dev` runs Vite; the API accepts calls from it in dev mode. */
export const WEB_DEV_ORIGIN = "http://localhost:5173";

/**
 * The web app's Content-Security-Policy, sent by CloudFront (infra/web.ts): its own scripts and styles only
 * (no inline ones: the built index.html has none), images from itself or data: URLs (the favicon), calls to
 * its own origin (the API and issuer are behind the same Router), and never framed.
 */
export const WEB_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "object-src 'none'",
  "frame-ancestors 'none'",
].join("; ");

/**
 * The policy of the one worker that draws the paediatrician's PDF (apps/web/csp.ts `pdfWorkerCsp`, the same
 * string; infra/test checks): its layout engine is WebAssembly, which only this script may compile. A worker
 * runs under the policy of its own script, so the pages keep WEB_CSP. The built file is
 * `/assets/pdf-worker-<hash>.js`; the edge's viewer-response function sets this policy on it (infra/web.ts).
 */
export const PDF_WORKER_CSP = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "connect-src 'self' data:",
  "font-src 'self'",
  "base-uri 'none'",
].join("; ");
export const PDF_WORKER_ASSET = "/assets/pdf-worker-";

/** Two years, the HSTS preload list's minimum; on the CloudFront (HTTPS-only) routes alone, never on localhost. */
export const HSTS_MAX_AGE_SECONDS = 63_072_000;
