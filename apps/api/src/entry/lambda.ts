import { awsLambdaRequestHandler, type CreateAWSLambdaContextOptions } from "@trpc/server/adapters/aws-lambda";
import type { APIGatewayProxyEventV2, Context as LambdaContext } from "aws-lambda";
import { API_SECURITY_HEADERS, bodyLimitFor, REST_BODY_LIMIT, tooLargeBody } from "../http/policy.ts";
import { isRestPath, restAnswer } from "../integrations/rest.ts";
import { calendarAnswer, isCalendarPath } from "../reminders/calendar.ts";
import { appRouter } from "../routers/_app.ts";
import { createContext } from "../trpc/context.ts";
import { retryAfterHeader } from "../trpc/errors.ts";
import { createServices } from "./app.ts";
import { readEnv } from "./env.ts";
import { fromCloudFront, viewerAddress } from "./origin-check.ts";

const env = readEnv();
if (!env.ORIGIN_SECRET) throw new Error("Invalid API configuration: ORIGIN_SECRET: required on Lambda");
const originSecret: string = env.ORIGIN_SECRET;
const services = createServices(env);
const origins = env.WEB_ORIGINS.split(",");

/** Every answer's own headers: the security headers, and CORS for an allowed origin. */
const policyHeaders = (origin: string | undefined) =>
  origin && origins.includes(origin)
    ? {
        ...API_SECURITY_HEADERS,
        "access-control-allow-origin": origin,
        "access-control-allow-headers": "authorization, content-type, trpc-accept",
        "access-control-allow-methods": "GET, POST, OPTIONS",
        vary: "origin",
      }
    : API_SECURITY_HEADERS;

/** The body's size in bytes as the client sent it (the event holds base64 for a binary body). */
const bodyBytes = (event: APIGatewayProxyEventV2) =>
  event.body ? Buffer.byteLength(event.body, event.isBase64Encoded ? "base64" : "utf8") : 0;

const trpc = awsLambdaRequestHandler({
  router: appRouter,
  createContext: ({ event, context }: CreateAWSLambdaContextOptions<APIGatewayProxyEventV2>) =>
    createContext(services, {
      headers: event.headers,
      requestId: context.awsRequestId,
      clientAddress: viewerAddress(event.headers) ?? event.requestContext.http.sourceIp,
    }),
  responseMeta: ({ ctx, errors }) => ({
    headers: { "x-request-id": ctx?.requestId ?? "", ...retryAfterHeader(errors).headers },
  }),
});

/** API Gateway HTTP API (payload v2) and Lambda Function URL events share this shape. */
export async function handler(event: APIGatewayProxyEventV2, context: LambdaContext) {
  const origin = event.headers.origin;
  // Called around CloudFront (the Function URL directly): a bare 403, before anything is parsed or read.
  if (!fromCloudFront(event.headers, originSecret))
    return { statusCode: 403, headers: { ...API_SECURITY_HEADERS }, body: "Forbidden" };
  if (event.requestContext.http.method === "OPTIONS")
    return { statusCode: 204, headers: policyHeaders(origin), body: "" };
  // The calendar feed: a secret URL a calendar app reads (no token, no CORS).
  if (isCalendarPath(event.rawPath)) {
    const answer = await calendarAnswer(services.repos, event.requestContext.http.method, event.rawPath).catch(
      (error: unknown) => {
        services.log.error("calendar feed failed", { requestId: context.awsRequestId, error: String(error) });
        return { status: 500, headers: { ...API_SECURITY_HEADERS }, body: "" };
      },
    );
    return { statusCode: answer.status, headers: answer.headers, body: answer.body };
  }
  // An integration's REST call (/api/v1/…, with an API key): run as the tRPC procedure it names.
  if (isRestPath(event.rawPath)) {
    if (bodyBytes(event) > REST_BODY_LIMIT)
      return {
        statusCode: 413,
        headers: { ...API_SECURITY_HEADERS, "content-type": "application/json" },
        body: tooLargeBody(REST_BODY_LIMIT),
      };
    const body = event.body ? Buffer.from(event.body, event.isBase64Encoded ? "base64" : "utf8").toString("utf8") : "";
    const answer = await restAnswer(services, {
      method: event.requestContext.http.method,
      path: event.rawPath,
      query: new URLSearchParams(event.rawQueryString ?? ""),
      headers: event.headers,
      body,
      requestId: context.awsRequestId,
      clientAddress: viewerAddress(event.headers) ?? event.requestContext.http.sourceIp,
    });
    return {
      statusCode: answer.status,
      headers: { ...API_SECURITY_HEADERS, ...answer.headers, "x-request-id": context.awsRequestId },
      body: answer.body,
    };
  }
  // The API lives under /trpc/ whichever front door is used (Function URL or HTTP API route).
  if (!/^\/trpc\//.test(event.rawPath)) return { statusCode: 404, headers: policyHeaders(origin), body: "Not found" };
  const limit = bodyLimitFor(event.rawPath.slice("/trpc/".length));
  if (bodyBytes(event) > limit)
    return {
      statusCode: 413,
      headers: { ...policyHeaders(origin), "content-type": "application/json" },
      body: tooLargeBody(limit),
    };
  const response = await trpc(
    { ...event, rawPath: event.rawPath.slice("/trpc".length), routeKey: "$default", pathParameters: undefined },
    context,
  );
  return { ...response, headers: { ...response.headers, ...policyHeaders(origin) } };
}
