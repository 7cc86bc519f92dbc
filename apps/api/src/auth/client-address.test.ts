import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { VIEWER_ADDRESS_HEADER } from "../entry/origin-check.ts";
import { clientAddress } from "./client-address.ts";

/** The address the per-address sign-in limits count, as the issuer sees it on Lambda behind CloudFront. */
const app = new Hono().get("/", (c) => c.text(clientAddress(c)));
const onLambda = (headers: Record<string, string>) =>
  app.request("/", { headers }, { event: { requestContext: { http: { sourceIp: "130.176.0.1" } } } });

describe("the client address of a sign-in attempt", () => {
  it("is the viewer's address CloudFront's function sets, not the edge server's", async () => {
    expect(await (await onLambda({ [VIEWER_ADDRESS_HEADER]: "203.0.113.7" })).text()).toBe("203.0.113.7");
  });

  it("ignores X-Forwarded-For, which any client can write", async () => {
    expect(await (await onLambda({ "x-forwarded-for": "198.51.100.9" })).text()).toBe("130.176.0.1");
  });
});
