// Plain data shared by the infra modules and their tests (no SST globals here).

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
 * OpenAuth 0.4.3's routes. They are served through the Router so that the
 * issuer's host is the site's: OpenAuth only redirects to its own host (or
 * localhost), and reads that host from the x-forwarded-host the Router sets.
 * The web app's own routes must not start with these.
 */
export const ISSUER_PATHS = ["/authorize", "/token", "/.well-known", "/password"];

/** Where `sst dev` runs Vite; the API accepts calls from it in dev mode. */
export const WEB_DEV_ORIGIN = "http://localhost:5173";
