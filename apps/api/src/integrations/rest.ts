import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import type { OpenApiMeta } from "trpc-to-openapi";
import { appRouter } from "../routers/_app.ts";
import { createContext, type Services } from "../trpc/context.ts";
import { retryAfterHeader } from "../trpc/errors.ts";
import { openApiJson } from "./openapi.ts";

/** Where the REST operations live, on the local server and on Lambda alike (CloudFront routes it to the API). */
export const REST_BASE = "/api/v1";
export const isRestPath = (path: string) => path === REST_BASE || path.startsWith(`${REST_BASE}/`);

export type RestRequest = {
  method: string;
  /** The path after the host, with `/api/v1`. */
  path: string;
  query: URLSearchParams;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  requestId: string;
  clientAddress?: string | undefined;
};
export type RestAnswer = { status: number; headers: Record<string, string>; body: string };

type Route = { method: string; pattern: RegExp; procedure: string; type: string; numbers: ReadonlySet<string> };

/** The input fields that take a number (a query string's `limit=5` is then 5): read from the procedure's schema. */
function numberFields(inputs: unknown[]): Set<string> {
  const shape = (inputs[0] as { shape?: Record<string, { _zod: { def: { type: string; innerType?: unknown } } }> })
    ?.shape;
  const kind = (schema: { _zod: { def: { type: string; innerType?: unknown } } }): string => {
    const { type, innerType } = schema._zod.def;
    return (type === "default" || type === "optional") && innerType ? kind(innerType as typeof schema) : type;
  };
  return new Set(Object.entries(shape ?? {}).flatMap(([field, schema]) => (kind(schema) === "number" ? [field] : [])));
}

/** The REST routes, from the procedures' own `openapi` meta (the document is made from the same). */
const ROUTES: Route[] = Object.entries(appRouter._def.procedures as Record<string, unknown>).flatMap(([path, p]) => {
  const def = (p as { _def: { meta?: OpenApiMeta; type: string; inputs: unknown[] } })._def;
  const openapi = def.meta?.openapi;
  if (!openapi) return [];
  const pattern = new RegExp(`^${openapi.path.replace(/\{(\w+)\}/g, "(?<$1>[^/]+)")}$`);
  return [{ method: openapi.method, pattern, procedure: path, type: def.type, numbers: numberFields(def.inputs) }];
});

const json = (status: number, body: unknown, headers: Record<string, string> = {}): RestAnswer => ({
  status,
  headers: { "content-type": "application/json", ...headers },
  body: JSON.stringify(body),
});
const refusal = (status: number, code: string, message: string) => json(status, { code, message });

/**
 * One REST request: the document, or an operation found by method and path and run as the tRPC procedure it is
 * (the same context, API key check, membership, limits, audit, error messages and log line as `/trpc`). Success
 * answers the procedure's output; a refusal answers `{ code, message, issues? }` with the HTTP status of its code.
 */
export async function restAnswer(services: Services, req: RestRequest): Promise<RestAnswer> {
  const path = req.path.slice(REST_BASE.length) || "/";
  if (path === "/openapi.json" && req.method === "GET")
    return { status: 200, headers: { "content-type": "application/json" }, body: await openApiJson() };
  const candidates = ROUTES.filter((r) => r.pattern.test(path));
  const route = candidates.find((r) => r.method === req.method);
  if (!route)
    return candidates.length
      ? refusal(405, "METHOD_NOT_SUPPORTED", `Use ${candidates.map((r) => r.method).join(" or ")} here`)
      : refusal(404, "NOT_FOUND", "No such operation. The operations are listed at /api/v1/openapi.json");
  const params = route.pattern.exec(path)?.groups ?? {};
  let input: Record<string, unknown>;
  if (route.method === "GET") {
    const query = [...req.query].map(([k, v]) => [k, route.numbers.has(k) && /^\d{1,6}$/.test(v) ? Number(v) : v]);
    input = { ...Object.fromEntries(query), ...params };
  } else {
    const type = String(header(req.headers, "content-type") ?? "");
    if (!type.startsWith("application/json"))
      return refusal(415, "UNSUPPORTED_MEDIA_TYPE", "Send the body as JSON, with Content-Type: application/json");
    const body = parseObject(req.body);
    if (!body) return refusal(400, "BAD_REQUEST", "The body must be a JSON object");
    input = { ...body, ...params };
  }
  return runProcedure(services, req, route, input);
}

/** Runs the procedure through tRPC's own request handler and unwraps its answer. */
async function runProcedure(services: Services, req: RestRequest, route: Route, input: unknown): Promise<RestAnswer> {
  const url = new URL(`http://api/trpc/${route.procedure}`);
  const isQuery = route.type === "query";
  if (isQuery) url.searchParams.set("input", JSON.stringify(input));
  const forwarded = new Headers({ "content-type": "application/json" });
  for (const name of ["authorization", "accept-language"]) {
    const value = header(req.headers, name);
    if (value) forwarded.set(name, value);
  }
  const response = await fetchRequestHandler({
    endpoint: "/trpc",
    router: appRouter,
    req: new Request(url, {
      method: isQuery ? "GET" : "POST",
      headers: forwarded,
      ...(isQuery ? {} : { body: JSON.stringify(input) }),
    }),
    createContext: () =>
      createContext(services, {
        headers: forwarded,
        requestId: req.requestId,
        clientAddress: req.clientAddress,
      }),
    responseMeta: ({ errors }) => retryAfterHeader(errors),
  });
  const envelope = (await response.json()) as {
    result?: { data: unknown };
    error?: { message: string; data?: { code?: string; fieldErrors?: Record<string, string[]> | null } };
  };
  const retry = response.headers.get("retry-after");
  const extra: Record<string, string> = retry ? { "retry-after": retry } : {};
  if (envelope.result) return json(response.status, envelope.result.data, extra);
  const { message = "Something went wrong on our side. Please try again.", data } = envelope.error ?? {};
  const issues = Object.entries(data?.fieldErrors ?? {}).flatMap(([field, messages]) =>
    messages.map((m) => ({ path: [field], message: m })),
  );
  return json(
    response.status,
    { code: data?.code ?? "INTERNAL_SERVER_ERROR", message, ...(issues.length ? { issues } : {}) },
    extra,
  );
}

function header(headers: RestRequest["headers"], name: string): string | undefined {
  const value = headers[name] ?? headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}

function parseObject(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text || "{}");
    return value !== null && typeof value === "object" && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}
