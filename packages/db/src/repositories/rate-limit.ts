import { createHash } from "node:crypto";
import { UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { DomainError } from "../core/errors.ts";
import { rateKey } from "../core/keys.ts";
import { conditionalWrite, type Store } from "../core/store.ts";

export type RateLimit = { limit: number; windowSeconds: number };

/** Too many requests: says when the next one will be accepted. */
export class RateLimited extends DomainError {
  constructor(retryAfterSeconds: number) {
    super(
      "rate-limited",
      `Too many requests in a short time. Please wait ${retryAfterSeconds} seconds and try again.`,
      { retryAfterSeconds },
    );
  }
}

/**
 * A fixed-window counter per user in the table, so the limit holds across
 * every Lambda instance. The window item's key is a hash of the user id (a
 * counter is not the user's data, and it expires with the window: `expiresAt`).
 * One conditional UpdateItem per counted request: allowed while below the limit.
 * A request may cost more than one (an import of N records costs N); it is allowed only if all of it fits
 * in what is left of the window, and then counts in full.
 */
export function rateLimiter(store: Store) {
  return async function hit(userId: string, { limit, windowSeconds }: RateLimit, cost = 1): Promise<void> {
    const nowSeconds = Math.floor(store.now().getTime() / 1000);
    const windowStart = nowSeconds - (nowSeconds % windowSeconds);
    const retryAfterSeconds = Math.max(1, windowStart + windowSeconds - nowSeconds);
    // More than a whole window's worth never fits (the condition alone would let it into an empty window).
    if (cost > limit) throw new RateLimited(retryAfterSeconds);
    const who = createHash("sha256").update(userId).digest("base64url").slice(0, 22);
    await conditionalWrite(
      () =>
        store.db.send(
          new UpdateCommand({
            TableName: store.tableName,
            Key: rateKey(who, windowStart),
            UpdateExpression: "ADD hits :cost SET expiresAt = :expires",
            ConditionExpression: "attribute_not_exists(hits) OR hits <= :room",
            ExpressionAttributeValues: {
              ":cost": cost,
              ":room": limit - cost,
              ":expires": windowStart + 2 * windowSeconds,
            },
          }),
        ),
      () => new RateLimited(retryAfterSeconds),
    );
  };
}
