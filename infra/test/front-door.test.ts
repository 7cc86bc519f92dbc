import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ORIGIN_HEADER as CHECKED_HEADER } from "../../apps/api/src/entry/origin-check.ts";
import { pdfWorkerCsp } from "../../apps/web/csp.ts";
import { partitionPatterns } from "../../packages/db/src/core/keys.ts";
import { ORIGIN_HEADER, PDF_WORKER_CSP } from "../config.ts";
import { mockFunctionUrl } from "./mocks.ts";
import { DEPLOY_ENV, type Evaluation, evaluate, leadingKeys, named, ofType, routes, statements } from "./resources.ts";

const FN = "aws:lambda/function:Function";
const ROLE = "aws:iam/role:Role";
const DISTRIBUTION = "aws:cloudfront/distribution:Distribution";
/** CloudFront's managed origin request policy "AllViewerExceptHostHeader". */
const ALL_VIEWER_EXCEPT_HOST = "b689b0a8-53d0-40ab-baf2-68738e2966ac";

/** Runs a CloudFront Function's code (cloudfront-js-2.0) on an event, as CloudFront would. */
function runCloudFrontFunction(code: string, event: unknown) {
  const body = code.replace(/^\s*import cf from "cloudfront";/m, "const cf = {};");
  return new Function(`${body}\nreturn handler;`)()(event) as Promise<Record<string, any>>;
}

describe("keys, roles and the front door of a stage, evaluated under Pulumi's mocks", () => {
  let app: Evaluation;
  const byName = (name: string) => app.resources.find((r) => r.name === name);
  beforeAll(() => {
    app = evaluate("ci");
  });

  it("links the IssuerKeys secret to the issuer alone; the API gets no key material", () => {
    expect(Object.keys(app.links["apps/api/src/entry/issuer-lambda.handler"] ?? {})).toContain("IssuerKeys");
    expect(Object.keys(app.links["apps/api/src/entry/lambda.handler"] ?? {})).not.toContain("IssuerKeys");
    const api = named(app, FN, "ApiFunction").inputs.environment.variables as Record<string, string>;
    for (const value of Object.values(api)) expect(value).not.toContain(DEPLOY_ENV.SST_SECRET_IssuerKeys);
    for (const fn of ofType(app, FN)) expect(JSON.stringify(fn.inputs.environment)).not.toMatch(/PRIVATE KEY|signing/);
  });

  it("limits the issuer's role to the sign-in, attempt and session partitions, with no wildcard resource and no dynamodb:*", () => {
    const table = named(app, "aws:dynamodb/table:Table", "TableTable").inputs.name as string;
    const dynamo = statements(named(app, ROLE, "IssuerRole")).filter((s) =>
      s.Action.some((a) => a.startsWith("dynamodb:")),
    );
    expect(dynamo).toHaveLength(1);
    for (const s of dynamo) {
      expect(s.Action).not.toContain("dynamodb:*");
      expect(s.Action).not.toContain("dynamodb:Scan");
      expect(s.Resource).toEqual([expect.stringContaining(table)]);
      // Sign-in storage, its attempt counters and the sessions: none of the family's data (USER#, BABY#).
      expect(leadingKeys(s)).toEqual(["AUTH#*", "ATTEMPT#*", "SESSION#*"]);
    }
    // SST's Auth component would add a second table with dynamodb:* for the issuer; there is one table.
    expect(ofType(app, "aws:dynamodb/table:Table")).toHaveLength(1);
  });

  it("keeps the API off the issuer's secrets: no Scan, and in sign-in partitions no read of a password hash", () => {
    // Its table statements (the other one lets reminders.sendTest send e-mail as the sender: infra.test.ts).
    const all = statements(named(app, ROLE, "ApiRole")).filter((s) => s.Action.some((a) => a.startsWith("dynamodb:")));
    expect(all.length).toBeGreaterThan(0);
    for (const s of all) {
      expect(leadingKeys(s)?.length).toBeGreaterThan(0);
      expect(s.Action).not.toContain("dynamodb:Scan");
      expect(leadingKeys(s)).not.toContain("AUTH#*");
    }
    const onEmails = all.filter((s) => leadingKeys(s)?.includes(partitionPatterns.apiSignIn.emails));
    expect(onEmails.flatMap((s) => s.Action)).toEqual(["dynamodb:DeleteItem"]);
  });

  it("forwards Authorization and the query string to /trpc on GET, caching nothing by default", () => {
    expect(routes(app)["/trpc"]).toBe(new URL(mockFunctionUrl("ApiUrl")).host);
    const behavior = named(app, DISTRIBUTION, "WebCdnDistribution").inputs.defaultCacheBehavior;
    expect(behavior.allowedMethods).toEqual(expect.arrayContaining(["GET", "POST", "OPTIONS"]));
    expect(behavior.originRequestPolicyId).toBe(ALL_VIEWER_EXCEPT_HOST);
    const policy = app.resources.find((r) => `${r.name}-id` === behavior.cachePolicyId);
    const params = policy?.inputs.parametersInCacheKeyAndForwardedToOrigin;
    // An origin request policy cannot carry Authorization: only a cache policy forwards it.
    expect(params.headersConfig.headers.items).toContain("authorization");
    expect(params.queryStringsConfig.queryStringBehavior).toBe("all");
    expect(policy?.inputs.defaultTtl).toBe(0);
  });

  it("adds the origin secret to every request, and both Lambdas require that same secret", async () => {
    expect(ORIGIN_HEADER).toBe(CHECKED_HEADER);
    const request = byName("WebCloudfrontFunctionRequest")?.inputs.code as string;
    const secret = /headers\["x-upnest-origin"\] = \{ value: "([^"]+)" \}/.exec(request)?.[1];
    expect(secret).toBeTruthy();
    // The viewer's own address, over anything a client sent under that name (per-address sign-in limits).
    expect(request).toContain('event.request.headers["x-upnest-viewer-address"] = { value: event.viewer.ip };');
    for (const name of ["ApiFunction", "IssuerFunction"])
      expect(named(app, FN, name).inputs.environment.variables.ORIGIN_SECRET).toBe(secret);
    const viewerRequest = named(app, DISTRIBUTION, "WebCdnDistribution").inputs.defaultCacheBehavior
      .functionAssociations;
    expect(viewerRequest.map((f: { eventType: string }) => f.eventType)).toEqual(["viewer-request", "viewer-response"]);
  });

  it("sends the security headers on every route: CSP without inline code, no framing, HSTS, nosniff, referrer policy", () => {
    const behavior = named(app, DISTRIBUTION, "WebCdnDistribution").inputs.defaultCacheBehavior;
    const policy = app.resources.find((r) => `${r.name}-id` === behavior.responseHeadersPolicyId);
    const config = policy?.inputs.securityHeadersConfig;
    const csp = String(config.contentSecurityPolicy.contentSecurityPolicy);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    expect(config.strictTransportSecurity).toMatchObject({ override: true, includeSubdomains: true });
    expect(config.strictTransportSecurity.accessControlMaxAgeSec).toBeGreaterThanOrEqual(31_536_000);
    expect(config.contentTypeOptions).toEqual({ override: true });
    expect(config.frameOptions).toEqual({ frameOption: "DENY", override: true });
    expect(config.referrerPolicy.referrerPolicy).toBe("strict-origin-when-cross-origin");
  });

  it("the web app's page has no inline script or style, so that CSP holds it", () => {
    const html = readFileSync(join(resolve(import.meta.dirname, "../.."), "apps/web/index.html"), "utf8");
    for (const tag of html.match(/<script\b[^>]*>/g) ?? []) expect(tag).toMatch(/\ssrc=/);
    expect(html).not.toMatch(/<style\b|\sstyle=|\son[a-z]+=/i);
  });

  it("gives the PDF worker's script its own policy at the edge (WebAssembly there only), the web app's own string", async () => {
    const code = byName("WebCloudfrontFunctionResponse")?.inputs.code as string;
    const policyOf = async (uri: string) =>
      (await runCloudFrontFunction(code, { request: { uri, headers: {} }, response: { headers: {} } })).headers[
        "content-security-policy"
      ]?.value;
    expect(PDF_WORKER_CSP).toBe(pdfWorkerCsp());
    expect(await policyOf("/assets/pdf-worker-Ab12.js")).toBe(pdfWorkerCsp());
    for (const uri of ["/", "/assets/index-abc.js", "/babies/x/report", "/assets/pdf-abc.js"])
      expect(await policyOf(uri)).toBeUndefined();
  });

  it("marks API and issuer answers no-store at the edge, and leaves the site's files cacheable", async () => {
    const code = byName("WebCloudfrontFunctionResponse")?.inputs.code as string;
    const cacheControl = async (uri: string) =>
      (await runCloudFrontFunction(code, { request: { uri, headers: {} }, response: { headers: {} } })).headers[
        "cache-control"
      ]?.value;
    for (const uri of [
      "/trpc/babies.list",
      "/trpc/users.me,babies.list",
      "/token",
      "/authorize",
      "/password/authorize",
    ])
      expect(await cacheControl(uri)).toBe("no-store");
    for (const uri of ["/", "/assets/index-abc.js", "/.well-known/jwks.json", "/trpcx", "/tokens"])
      expect(await cacheControl(uri)).toBeUndefined();
  });
});

describe("a deploy without its outside configuration", () => {
  it("stops with the variable to set when no mail sender is given", () => {
    expect(() => evaluate("ci", { env: { UPNEST_MAIL_SENDER: "" } })).toThrow(/UPNEST_MAIL_SENDER/);
  });
});
