import { randomUUID } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createAdaptorServer } from "@hono/node-server";
import { createHTTPHandler } from "@trpc/server/adapters/standalone";
import { readBody } from "../http/body.ts";
import { API_SECURITY_HEADERS, bodyLimitFor, REST_BODY_LIMIT, tooLargeBody } from "../http/policy.ts";
import { isRestPath, restAnswer } from "../integrations/rest.ts";
import { calendarAnswer, isCalendarPath } from "../reminders/calendar.ts";
import { appRouter } from "../routers/_app.ts";
import { createContext, type Services } from "../trpc/context.ts";
import { retryAfterHeader } from "../trpc/errors.ts";

export type Running = { url: string; close: () => Promise<void> };

const closeServer = (server: Server) => () =>
  new Promise<void>((done) => {
    server.closeAllConnections();
    server.close(() => done());
  });

/** The local HTTP entry point: the same router and context as the Lambda, at /trpc. */
export async function startApiServer(
  services: Services,
  { port = 0, origins }: { port?: number; origins: string[] },
): Promise<Running> {
  const trpc = createHTTPHandler({
    router: appRouter,
    basePath: "/trpc/",
    responseMeta: ({ errors }) => retryAfterHeader(errors),
    createContext: ({ req, res }) => {
      const requestId = randomUUID();
      res.setHeader("x-request-id", requestId);
      return createContext(services, { headers: req.headers, requestId, clientAddress: req.socket.remoteAddress });
    },
  });
  const server = createServer(async (req, res) => {
    for (const [name, value] of Object.entries(API_SECURITY_HEADERS)) res.setHeader(name, value);
    const origin = req.headers.origin;
    if (origin && origins.includes(origin)) {
      res.setHeader("access-control-allow-origin", origin);
      res.setHeader("access-control-allow-headers", "authorization, content-type, trpc-accept");
      res.setHeader("access-control-allow-methods", "GET, POST, OPTIONS");
      res.setHeader("vary", "origin");
    }
    if (req.method === "OPTIONS") return void res.writeHead(204).end();
    const path = new URL(req.url ?? "/", "http://api").pathname;
    if (isCalendarPath(path)) {
      const answer = await calendarAnswer(services.repos, req.method ?? "GET", path).catch((error: unknown) => {
        services.log.error("calendar feed failed", { error: String(error) });
        return { status: 500, headers: { "content-type": "text/plain" }, body: "" };
      });
      return void res.writeHead(answer.status, answer.headers).end(answer.body);
    }
    const rest = isRestPath(path);
    if (!rest && !req.url?.startsWith("/trpc/"))
      return void res.writeHead(404, { "content-type": "text/plain" }).end("Not found");
    // The body is counted as it streams (a missing or false Content-Length changes nothing) and handed on whole.
    const limit = rest ? REST_BODY_LIMIT : bodyLimitFor(path.slice("/trpc/".length));
    const body = await readBody(req, limit).catch(() => null);
    if (body === null) {
      // The connection is closed after the answer, so the unread rest of the body goes nowhere.
      return void res
        .writeHead(413, { "content-type": "application/json", connection: "close" })
        .end(tooLargeBody(limit), () => req.destroy());
    }
    if (rest) {
      // An integration's REST call (an API key's, usually): run as the tRPC procedure it names.
      const requestId = randomUUID();
      const url = new URL(req.url ?? "/", "http://api");
      const answer = await restAnswer(services, {
        method: req.method ?? "GET",
        path,
        query: url.searchParams,
        headers: req.headers,
        body,
        requestId,
        clientAddress: req.socket.remoteAddress,
      });
      return void res.writeHead(answer.status, { ...answer.headers, "x-request-id": requestId }).end(answer.body);
    }
    Object.assign(req, { body: body || undefined });
    trpc(req, res);
  });
  await listen(server, port);
  return { url: `http://localhost:${(server.address() as AddressInfo).port}`, close: closeServer(server) };
}

/** Resolves once listening; a taken port is an error the caller can report, not a crash. */
function listen(server: Server, port: number) {
  return new Promise<void>((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) =>
      reject(
        error.code === "EADDRINUSE" ? new Error(`Port ${port} is already in use (is UpNest already running?)`) : error,
      ),
    );
    server.listen(port, () => resolve());
  });
}

/** Serves the OpenAuth issuer (a Hono app) on Node. */
export async function startIssuerServer(
  app: { fetch: (req: Request) => Response | Promise<Response> },
  { port = 0 } = {},
): Promise<Running> {
  const server = createAdaptorServer({ fetch: app.fetch }) as Server;
  await listen(server, port);
  return { url: `http://localhost:${(server.address() as AddressInfo).port}`, close: closeServer(server) };
}
