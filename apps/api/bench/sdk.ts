/**
 * The AWS SDK, as the copy @upnest/db runs on: apps/api does not depend on
 * the SDK itself (its repositories do the talking), and the bench should
 * add no dependency. Both packages resolve to the SDK's CommonJS build, so
 * these are the very classes the API's DocumentClient was built with.
 */
import { createRequire } from "node:module";

const require = createRequire(import.meta.resolve("@upnest/db"));
export const lib = require("@aws-sdk/lib-dynamodb") as typeof import("@aws-sdk/lib-dynamodb");
export const raw = require("@aws-sdk/client-dynamodb") as typeof import("@aws-sdk/client-dynamodb");
export type AttributeValue = import("@aws-sdk/client-dynamodb").AttributeValue;
