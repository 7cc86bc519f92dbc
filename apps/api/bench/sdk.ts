/**
 * The AWS SDK for the baseline and the size measurements: the same catalog
 * version @upnest/db runs on (a dev dependency of apps/api, for the bench only).
 */
export * as lib from "@aws-sdk/lib-dynamodb";
export * as raw from "@aws-sdk/client-dynamodb";
export type { AttributeValue } from "@aws-sdk/client-dynamodb";
