/**
 * The AWS SDK for the baseline and the size measurements: the same catalog
 * version @upnest/db runs on (a dev dependency of apps/api, for the bench only).
 */

export type { AttributeValue } from "@aws-sdk/client-dynamodb";
export * as raw from "@aws-sdk/client-dynamodb";
export * as lib from "@aws-sdk/lib-dynamodb";
