/**
 * Runs sst.config.ts's real run() against Pulumi's mock runtime, the way
 * `sst deploy` evaluates it but with no AWS and no Pulumi engine, and prints
 * every resource it registered as JSON. Spawned by the infra tests, one stage
 * per process (Pulumi's runtime is global). Usage: tsx evaluate.ts <stage> [--dev]
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { mockFunctionUrl } from "./mocks.ts";

// A failure inside a Pulumi apply surfaces as an unhandled rejection: fail the run, never print a partial result.
process.on("unhandledRejection", (error) => {
  console.error(error);
  process.exit(1);
});

const [stage = "ci", flag] = process.argv.slice(2);
const dev = flag === "--dev";
const root = resolve(import.meta.dirname, "../..");
const platform = join(root, ".sst/platform");
const fromPlatform = createRequire(join(platform, "package.json"));
const pulumi = fromPlatform(
  "@pulumi/pulumi",
) as typeof import("../../.sst/platform/node_modules/@pulumi/pulumi/index.js");
const load = (file: string) => import(pathToFileURL(file).href);

// Scratch space: the build output SST would upload, and a stand-in for the
// web build (StaticSite checks its output exists; no Vite build here).
const work = mkdtempSync(join(tmpdir(), "upnest-infra-"));
const fakeRoot = join(work, "root");
mkdirSync(join(fakeRoot, "apps/web/dist"), { recursive: true });
writeFileSync(join(fakeRoot, "apps/web/vite.config.ts"), "export default {};\n");
writeFileSync(join(fakeRoot, "apps/web/dist/index.html"), "<!doctype html>\n");
const bundle = join(work, "bundle");
mkdirSync(bundle);
writeFileSync(join(bundle, "index.mjs"), "export const handler = async () => ({});\n");

// The SST CLI answers these RPCs during a deploy; here they return fixed data.
const builds: string[] = [];
/** The resources linked into each handler's bundle (what SST encrypts into its resource file), by handler. */
const links: Record<string, string[]> = {};
const rpc: Record<string, (args: Record<string, unknown>) => unknown> = {
  "Runtime.Build": (args) => {
    builds.push(String(args.handler));
    links[String(args.handler)] = (args.links as string[] | undefined) ?? [];
    return { handler: "index.handler", out: bundle, errors: [], sourcemaps: [] };
  },
  "Runtime.AddTarget": () => ({}),
  "Provider.Aws.Bootstrap": () => ({
    asset: "sst-asset-mock",
    assetEcrRegistryId: "123456789012",
    assetEcrUrl: "mock.ecr",
    state: "sst-state-mock",
    appsyncHttp: "mock",
    appsyncRealtime: "mock",
  }),
  "Provider.Aws.Appsync": () => ({ http: "mock", realtime: "mock" }),
};
const server = createServer((req, res) => {
  let body = "";
  req.on("data", (c) => (body += c));
  req.on("end", () => {
    const call = JSON.parse(body) as { method: string; params: Record<string, unknown>[]; id: number };
    const handler = rpc[call.method];
    const reply = handler
      ? { result: handler(call.params?.[0] ?? {}), error: null }
      : { result: null, error: `rpc: can't find ${call.method}` };
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ ...reply, id: call.id }));
  });
});
await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
process.env.SST_SERVER = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
process.env.SST_AWS_REGION = "eu-west-1";

type Recorded = {
  type: string;
  name: string;
  inputs: Record<string, any>;
  retainOnDelete?: boolean;
  protect?: boolean;
};
const resources: Recorded[] = [];
const options = new Map<string, { retainOnDelete?: boolean; protect?: boolean }>();
const account = "123456789012";
const region = "eu-west-1";

await pulumi.runtime.setMocks(
  {
    newResource({ type, name, inputs, id }) {
      resources.push({ type, name, inputs });
      // A lookup of an existing resource (e.g. Dynamo.get) carries its physical id.
      const physical = inputs.name ?? id ?? `${name}-mock`;
      const service = type.split(":")[1]?.split("/")[0] ?? "mock";
      return {
        id: `${name}-id`,
        state: {
          ...inputs,
          name: physical,
          arn: inputs.arn ?? `arn:aws:${service}:${region}:${account}:${physical}`,
          functionUrl: mockFunctionUrl(name),
          domainName: `${name.toLowerCase()}.cloudfront.net`,
          bucket: inputs.bucket ?? `${name.toLowerCase()}-bucket`,
          result: "mock-random-value",
        },
      };
    },
    call({ token, inputs }) {
      if (token === "aws:iam/getPolicyDocument:getPolicyDocument") {
        const json = JSON.stringify({
          Version: "2012-10-17",
          Statement: (inputs.statements ?? []).map((s: Record<string, any>) => ({
            Effect: s.effect ?? "Allow",
            Action: s.actions,
            Resource: s.resources,
            ...(s.principals ? { Principal: s.principals } : {}),
            // As AWS renders conditions: { test: { variable: values } }.
            ...(s.conditions
              ? {
                  Condition: Object.fromEntries(
                    (s.conditions as { test: string; variable: string; values: string[] }[]).map((c) => [
                      c.test,
                      { [c.variable]: c.values },
                    ]),
                  ),
                }
              : {}),
          })),
        });
        return { json, minifiedJson: json, statements: inputs.statements };
      }
      if (token === "aws:index/getRegion:getRegion") return { name: region, region, id: region };
      if (token === "aws:index/getCallerIdentity:getCallerIdentity")
        return { accountId: account, arn: `arn:aws:iam::${account}:user/mock`, userId: "mock" };
      if (token === "aws:index/getPartition:getPartition")
        return { partition: "aws", dnsSuffix: "amazonaws.com", id: "aws" };
      return { id: "mock", arn: `arn:aws:mock:${region}:${account}:mock` };
    },
  },
  "upnest",
  stage,
  false,
);

// The globals SST's CLI provides to sst.config.ts (see .sst/platform/src/shim/run.js).
Object.assign(globalThis, await load(join(platform, "src/shim/run.js")));
const { default: config } = await load(join(root, "sst.config.ts"));
const app = await config.app({ stage });
Object.assign(globalThis, {
  $app: {
    name: app.name,
    stage,
    removal: app.removal ?? "retain",
    protect: Boolean(app.protect),
    providers: app.providers ?? {},
  },
  $dev: dev,
  $cli: {
    command: dev ? "dev" : "deploy",
    rpc: process.env.SST_SERVER,
    home: app.home,
    paths: { root: fakeRoot, work, platform, home: work },
    state: { version: {} },
  },
  aws: fromPlatform("@pulumi/aws"),
  random: fromPlatform("@pulumi/random"),
});
// Loaded after $app exists: some component modules read it at import time.
Object.assign(globalThis, { sst: await load(join(platform, "src/components/index.ts")) });

const { run } = await load(join(platform, "src/auto/run.ts"));
// runInPulumiStack is how Pulumi runs a program: it creates the stack resource and waits for the registrations.
const outputs = await (pulumi.runtime as any).runInPulumiStack(() =>
  run(async () => {
    // Registered after SST's own transformations, so it sees the options they set (retainOnDelete).
    pulumi.runtime.registerStackTransformation((args) => {
      options.set(`${args.type}::${args.name}`, {
        retainOnDelete: args.opts.retainOnDelete,
        protect: args.opts.protect,
      });
      return undefined;
    });
    return config.run();
  }),
);

// Wait until nested applies stop registering resources.
const settle = async () => {
  for (let seen = -1; seen !== resources.length; ) {
    seen = resources.length;
    await (pulumi.runtime as any).waitForRPCs();
    await new Promise((r) => setTimeout(r, 100));
  }
};
await settle();
const resolved = await new Promise<Record<string, unknown>>((done) =>
  pulumi.output(outputs).apply((v) => done(v as Record<string, unknown>)),
);
await settle();
server.close();
rmSync(work, { recursive: true, force: true });
for (const r of resources) Object.assign(r, options.get(`${r.type}::${r.name}`));
process.stdout.write(JSON.stringify({ stage, dev, outputs: resolved, builds, links, resources }));
process.exit(0);
