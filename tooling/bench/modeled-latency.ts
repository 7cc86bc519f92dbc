/**
 * DynamoDB Local answers on loopback in about a millisecond; DynamoDB in an
 * AWS region is a network round trip away. For the modeled-latency cells of
 * `pnpm bench`, both sides' clients wait this long before sending each
 * DynamoDB call, so the API and the baseline pay it on exactly the same calls.
 * A model, not a measurement: the goal is judged on the unmodeled run.
 */

import { setTimeout as sleep } from "node:timers/promises";
import type { DocClient } from "@upnest/db";

/** A typical in-region round trip from Lambda to DynamoDB (AWS quotes single-digit milliseconds). */
export const MODELED_DYNAMO_MS = 4;

export function withModeledLatency<T extends DocClient>(db: T, ms: number): T {
  db.middlewareStack.add(
    (next) => async (args) => {
      await sleep(ms);
      return next(args);
    },
    { step: "finalizeRequest", name: "modeledLatency" },
  );
  return db;
}
