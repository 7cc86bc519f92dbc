import { beforeAll, describe, expect, it } from "vitest";
import { tableDefinition } from "../../packages/db/src/core/table.ts";
import { API_ACTIONS, GRANTS, ISSUER_PATHS, REMINDERS_SCHEDULE, WEB_DEV_ORIGIN } from "../config.ts";
import { mockFunctionUrl } from "./mocks.ts";
import { type Evaluation, evaluate, leadingKeys, named, ofType, routes, statements } from "./resources.ts";

const TABLE = "aws:dynamodb/table:Table";
const ROLE = "aws:iam/role:Role";
const ALARM = "aws:cloudwatch/metricAlarm:MetricAlarm";

describe("a test stage (sst deploy --stage ci), evaluated under Pulumi's mocks", () => {
  let app: Evaluation;
  beforeAll(() => {
    app = evaluate("ci");
  });

  it("creates the table from packages/db's definition", () => {
    const t = named(app, TABLE, "TableTable").inputs;
    expect(t.hashKey).toBe(tableDefinition.partitionKey);
    expect(t.rangeKey).toBe(tableDefinition.sortKey);
    expect(t.billingMode).toBe(tableDefinition.billing);
    expect(t.localSecondaryIndexes).toEqual([
      { name: "byRecordId", rangeKey: tableDefinition.indexes.byRecordId.sortKey, projectionType: "KEYS_ONLY" },
    ]);
    expect(t.ttl).toEqual({ attributeName: tableDefinition.ttlAttribute, enabled: true });
    expect(t).toMatchObject({ streamEnabled: true, streamViewType: tableDefinition.stream });
  });

  it("turns on point-in-time recovery and KMS encryption, and names the table after app and stage", () => {
    const t = named(app, TABLE, "TableTable").inputs;
    expect(t.pointInTimeRecovery).toEqual({ enabled: true });
    expect(t.serverSideEncryption).toEqual({ enabled: true });
    expect(t.name).toMatch(/^upnest-ci-/);
  });

  it("leaves a test stage removable", () => {
    const t = named(app, TABLE, "TableTable");
    expect(t.inputs.deletionProtectionEnabled).toBe(false);
    expect(t.retainOnDelete).toBeFalsy();
    expect(app.outputs._protect).toBe(false);
  });

  it("gives the API role only the DynamoDB actions it uses, on the table alone, each on its own partitions", () => {
    const table = named(app, TABLE, "TableTable").inputs.name as string;
    const role = named(app, ROLE, "ApiRole");
    // The one managed policy is CloudWatch Logs only (AWSLambdaBasicExecutionRole).
    expect(role.inputs.managedPolicyArns).toEqual(["arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"]);
    // Besides the table, the API may only send e-mail as the stage's sender (reminders.sendTest).
    const all = statements(role).filter((s) => !s.Action.every((a) => a.startsWith("ses:")));
    const ses = statements(role).filter((s) => s.Action.every((a) => a.startsWith("ses:")));
    expect(ses.map((s) => s.Action.sort())).toEqual([["ses:SendEmail", "ses:SendRawEmail"]]);
    for (const r of ses.flatMap((s) => s.Resource)) expect(r).not.toContain("*");
    expect(all.length).toBeGreaterThan(0);
    for (const s of all) {
      expect(s.Action).not.toContain("*");
      expect(s.Action).not.toContain("dynamodb:*");
      expect(s.Resource).not.toContain("*");
      for (const r of s.Resource) expect(r).toContain(table);
      for (const r of s.Resource) expect(r).not.toContain("/index/");
    }
    expect([...new Set(all.flatMap((s) => s.Action))].sort()).toEqual([...API_ACTIONS].sort());
    expect(all.map((s) => ({ actions: s.Action, leadingKeys: leadingKeys(s) }))).toEqual(
      GRANTS.api.map((g) => ({ actions: g.actions, leadingKeys: [...g.leadingKeys] })),
    );
  });

  it("runs the three functions on arm64 and Node 22, bundled from their entry files, with a month of logs", () => {
    const fns = ofType(app, "aws:lambda/function:Function");
    expect(fns.map((f) => f.name).sort()).toEqual(["ApiFunction", "IssuerFunction", "RemindersHandlerFunction"]);
    for (const f of fns) expect(f.inputs).toMatchObject({ architectures: ["arm64"], runtime: "nodejs22.x" });
    expect(app.builds.sort()).toEqual([
      "apps/api/src/entry/issuer-lambda.handler",
      "apps/api/src/entry/lambda.handler",
      "apps/api/src/entry/reminders-lambda.handler",
    ]);
    for (const g of ofType(app, "aws:cloudwatch/logGroup:LogGroup")) expect(g.inputs.retentionInDays).toBe(30);
  });

  it("logs the API as JSON with Lambda's own lines filtered to warnings", () => {
    const api = named(app, "aws:lambda/function:Function", "ApiFunction");
    expect(api.inputs.loggingConfig).toMatchObject({
      logFormat: "JSON",
      systemLogLevel: "WARN",
      applicationLogLevel: "INFO",
    });
    expect(String(api.inputs.loggingConfig.logGroup)).not.toBe("");
  });

  it("serves the site, the API (/trpc, the calendar feed, integrations' REST) and the issuer's routes from one CloudFront origin", () => {
    const api = new URL(mockFunctionUrl("ApiUrl")).host;
    const issuer = new URL(mockFunctionUrl("IssuerUrl")).host;
    expect(routes(app)).toEqual({
      "/": "site",
      "/trpc": api,
      "/calendar": api,
      "/api/v1": api,
      ...Object.fromEntries(ISSUER_PATHS.map((p) => [p, issuer])),
    });
    expect(app.outputs.issuer).toBe(app.outputs.web);
  });

  it("passes the API its configuration, and the site the API and issuer URLs", () => {
    const env = named(app, "aws:lambda/function:Function", "ApiFunction").inputs.environment.variables;
    expect(Object.keys(env)).toEqual(
      expect.arrayContaining(["TABLE_NAME", "ISSUER_URL", "CURSOR_SECRET", "WEB_ORIGINS"]),
    );
    expect(env.WEB_ORIGINS).toBe(app.outputs.web);
    expect(env.ISSUER_URL).toBe(app.outputs.issuer);
    const build = named(app, "command:local:Command", "SiteBuilder").inputs.environment;
    expect(build).toMatchObject({ VITE_API_URL: app.outputs.web, VITE_ISSUER_URL: app.outputs.issuer });
  });

  it("runs the reminders job every minute, its role on its own partitions only, sending as the stage's sender", () => {
    const rule = ofType(app, "aws:cloudwatch/eventRule:EventRule");
    expect(rule.map((r) => r.inputs.scheduleExpression)).toEqual([REMINDERS_SCHEDULE]);
    const role = named(app, ROLE, "RemindersHandlerRole");
    const table = named(app, TABLE, "TableTable").inputs.name as string;
    const dynamo = statements(role).filter((s) => s.Action.some((a) => a.startsWith("dynamodb:")));
    expect(dynamo.map((s) => ({ actions: s.Action, leadingKeys: leadingKeys(s) }))).toEqual(
      GRANTS.reminders.map((g) => ({ actions: g.actions, leadingKeys: [...g.leadingKeys] })),
    );
    for (const r of dynamo.flatMap((s) => s.Resource)) expect(r).toContain(table);
    expect(dynamo.flatMap((s) => s.Action)).not.toContain("dynamodb:Scan");
    const ses = statements(role).filter((s) => s.Action.some((a) => a.startsWith("ses:")));
    expect(ses.flatMap((s) => s.Action).sort()).toEqual(["ses:SendEmail", "ses:SendRawEmail"]);
    expect(Object.keys(app.links["apps/api/src/entry/reminders-lambda.handler"] ?? {})).toContain("VapidKeys");
    const env = named(app, "aws:lambda/function:Function", "RemindersHandlerFunction").inputs.environment.variables;
    expect(env).toMatchObject({ WEB_URL: app.outputs.web, MAIL_FROM: "UpNest <no-reply@upnest.example.com>" });
  });

  it("alarms on function errors, throttles and p99 duration, and on DynamoDB throttling and system errors", () => {
    const names = ofType(app, ALARM).map((a) => a.inputs.name as string);
    for (const fn of ["api", "issuer"]) {
      for (const what of ["errors", "throttles", "duration-p99"]) expect(names).toContain(`upnest-ci-${fn}-${what}`);
    }
    expect(names).toEqual(
      expect.arrayContaining(["upnest-ci-table-throttledrequests", "upnest-ci-table-systemerrors"]),
    );
    for (const a of ofType(app, ALARM)) expect(a.inputs.alarmActions).toHaveLength(1);
  });
});

describe("the production stage", () => {
  let app: Evaluation;
  beforeAll(() => {
    app = evaluate("production");
  });

  it("protects the table: deletion protection, retained on removal, and `sst remove` refused", () => {
    const t = named(app, TABLE, "TableTable");
    expect(t.inputs.deletionProtectionEnabled).toBe(true);
    expect(t.retainOnDelete).toBe(true);
    expect(app.outputs._protect).toBe(true);
    expect(t.inputs.pointInTimeRecovery).toEqual({ enabled: true });
  });

  it("lets people sign up: the issuer sends as MAIL_FROM through SES, and no code goes to a log", () => {
    const env = named(app, "aws:lambda/function:Function", "IssuerFunction").inputs.environment.variables;
    expect(env.MAIL_FROM).toBe("UpNest <no-reply@upnest.example.com>");
    expect(env).not.toHaveProperty("CODE_DELIVERY");
    expect(named(app, "aws:sesv2/emailIdentity:EmailIdentity", "EmailIdentity").inputs.emailIdentity).toBe(
      "upnest.example.com",
    );
    const ses = statements(named(app, ROLE, "IssuerRole")).filter((s) => s.Action.some((a) => a.startsWith("ses:")));
    expect(ses).toHaveLength(1);
    expect(ses[0]?.Action.sort()).toEqual(["ses:SendEmail", "ses:SendRawEmail"]);
    expect(ses[0]?.Resource).not.toContain("*");
  });
});

describe("sst dev", () => {
  it("lets Vite on localhost call the API through the Router", () => {
    const app = evaluate("dev-test", { dev: true });
    const env = named(app, "aws:lambda/function:Function", "ApiFunction").inputs.environment.variables;
    expect(String(env.WEB_ORIGINS).split(",")).toEqual([app.outputs.web, WEB_DEV_ORIGIN]);
  });
});

describe("a stage pointed at a restored table (UPNEST_RESTORED_TABLE)", () => {
  it("creates no table and gives the functions the restored table's name", () => {
    const app = evaluate("ci", { env: { UPNEST_RESTORED_TABLE: "upnest-ci-restored-2026" } });
    // Looked up by name (Dynamo.get registers a read with no inputs), not created.
    expect(named(app, TABLE, "TableTable").inputs).toEqual({});
    const api = named(app, "aws:lambda/function:Function", "ApiFunction");
    expect((api.inputs.environment as { variables: Record<string, string> }).variables.TABLE_NAME).toBe(
      "upnest-ci-restored-2026",
    );
  });
});
