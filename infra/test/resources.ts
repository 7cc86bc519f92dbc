import { execFileSync } from "node:child_process";
import { join, resolve } from "node:path";

export type Resource = {
  type: string;
  name: string;
  inputs: Record<string, any>;
  retainOnDelete?: boolean;
  protect?: boolean;
};
export type Evaluation = {
  stage: string;
  dev: boolean;
  outputs: Record<string, unknown>;
  builds: string[];
  links: Record<string, string[]>;
  resources: Resource[];
};

/** What a deploy is given from outside: the mail sender, and the issuer's keys (`sst secret set`). */
export const DEPLOY_ENV = {
  UPNEST_MAIL_SENDER: "upnest.example.com",
  SST_SECRET_IssuerKeys: '{"signing":[],"encryption":[]}',
  SST_SECRET_VapidKeys: '{"publicKey":"test","privateKey":"test"}',
};

const root = resolve(import.meta.dirname, "../..");

/** Evaluates sst.config.ts for a stage in a fresh process (test/evaluate.ts) and returns what it would create. */
export function evaluate(stage: string, { dev = false, env = {} as Record<string, string> } = {}): Evaluation {
  const out = execFileSync(
    join(root, "node_modules/.bin/tsx"),
    [join(import.meta.dirname, "evaluate.ts"), stage, ...(dev ? ["--dev"] : [])],
    {
      cwd: root,
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, NODE_NO_WARNINGS: "1", ...DEPLOY_ENV, ...env },
    },
  );
  return JSON.parse(out) as Evaluation;
}

export const ofType = (e: Evaluation, type: string) => e.resources.filter((r) => r.type === type);
export const named = (e: Evaluation, type: string, name: string) => {
  const found = e.resources.find((r) => r.type === type && r.name === name);
  if (!found)
    throw new Error(
      `no ${type} named ${name}; have: ${ofType(e, type)
        .map((r) => r.name)
        .join(", ")}`,
    );
  return found;
};

export type Statement = {
  Effect: string;
  Action: string[];
  Resource: string[];
  Condition?: Record<string, Record<string, string[]>>;
};
/** The statements of a role's inline policies. */
export const statements = (role: Resource): Statement[] =>
  (role.inputs.inlinePolicies ?? []).flatMap(
    (p: { policy: string }) => (JSON.parse(p.policy) as { Statement: Statement[] }).Statement,
  );

/** The partitions a statement is limited to (`ForAllValues:StringLike` on `dynamodb:LeadingKeys`). */
export const leadingKeys = (s: Statement) => s.Condition?.["ForAllValues:StringLike"]?.["dynamodb:LeadingKeys"];

/** The Router's routes as path prefix → where they go ("site", or the host of a URL origin). */
export function routes(e: Evaluation): Record<string, string> {
  const dynamic = e.resources.filter((r) => r.type === "pulumi-nodejs:dynamic:Resource");
  const hosts = new Map<string, string>();
  for (const r of dynamic.filter((r) => r.name.endsWith(".sst.aws.KvKeys") && r.inputs.entries?.metadata)) {
    const host = (JSON.parse(r.inputs.entries.metadata) as { host?: string }).host;
    if (host) hosts.set(r.inputs.namespace, host);
  }
  const table: Record<string, string> = {};
  for (const r of dynamic.filter((r) => r.name.endsWith(".sst.aws.KvRoutesUpdate"))) {
    const [kind, namespace, , path] = String(r.inputs.entry).split(",");
    table[path || "/"] = kind === "site" ? "site" : (hosts.get(namespace ?? "") ?? "?");
  }
  return table;
}
