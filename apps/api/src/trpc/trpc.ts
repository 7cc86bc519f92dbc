import { initTRPC, TRPCError } from "@trpc/server";
import { type Access, DomainError, RateLimited, requireRole as roleAtLeast } from "@upnest/db";
import { DEFAULT_LANGUAGE, i18nFor, translateError, translateFieldErrors, translateMessage } from "@upnest/i18n";
import type { Role } from "@upnest/schemas";
import type { OpenApiMeta } from "trpc-to-openapi";
import { z } from "zod";
import { API_KEY_NOT_HERE, API_KEY_REFUSED, keyMayCall } from "../integrations/allowed.ts";
import { replanAfter } from "../reminders/replan.ts";
import type { Context } from "./context.ts";
import { toTRPCError } from "./errors.ts";

/** `openapi`: the procedures an integration calls over REST (routers/integrations.ts, integrations/rest.ts). */
const t = initTRPC
  .context<Context>()
  .meta<OpenApiMeta>()
  .create({
    /**
     * Clients get the code, a user-facing message and zod's field errors; never
     * a stack, a table name or an AWS message. Unexpected errors are logged with
     * the request id and answered generically.
     */
    errorFormatter({ shape, error, ctx }) {
      const zodError = error.cause instanceof z.ZodError ? error.cause : null;
      if (error.code === "INTERNAL_SERVER_ERROR") {
        ctx?.log.error("unhandled error", {
          requestId: ctx.requestId,
          error: String(error.cause ?? error),
          stack: (error.cause as Error | undefined)?.stack,
        });
      }
      const cause = error.cause instanceof DomainError ? error.cause : undefined;
      // zod's messages in the request's language (English unless the client asked for another).
      const language = ctx?.language ?? DEFAULT_LANGUAGE;
      const flat = zodError ? z.flattenError(zodError) : null;
      const fieldErrors = flat?.fieldErrors ?? cause?.fieldErrors ?? null;
      return {
        message: zodError
          ? i18nFor(language).t("problem.checkFields")
          : translateError(
              error.code === "INTERNAL_SERVER_ERROR"
                ? "Something went wrong on our side. Please try again."
                : shape.message,
              language,
            ),
        code: shape.code,
        data: {
          code: shape.data.code,
          httpStatus: shape.data.httpStatus,
          requestId: ctx?.requestId,
          fieldErrors: fieldErrors && translateFieldErrors(fieldErrors, language),
          formErrors: flat ? flat.formErrors.map((m) => translateMessage(m, language)) : null,
          retryAfterSeconds: cause?.retryAfterSeconds ?? null,
        },
      };
    },
  });

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/**
 * Maps every domain error at one point, for every procedure: tRPC wraps what a
 * resolver throws as INTERNAL_SERVER_ERROR with the original as its cause.
 */
const mapErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.code === "INTERNAL_SERVER_ERROR" && result.error.cause instanceof DomainError) {
    return { ...result, error: toTRPCError(result.error.cause) };
  }
  return result;
});

/**
 * One structured line per call: request id, procedure, outcome and time.
 * Never inputs, outputs, names, e-mail addresses or tokens.
 */
const logCall = t.middleware(async ({ ctx, path, type, next }) => {
  const started = performance.now();
  const result = await next();
  ctx.log.info("call", {
    requestId: ctx.requestId,
    path,
    type,
    code: result.ok ? "OK" : result.error.code,
    ms: Math.round(performance.now() - started),
  });
  return result;
});

export const publicProcedure = t.procedure.use(logCall).use(mapErrors);

/** Who a request is: a person by their verified token, or an API key acting for the owner who made it. */
async function principalOf(ctx: Context, path: string) {
  if (ctx.findApiKey) {
    const key = await ctx.findApiKey();
    if (!key) throw new TRPCError({ code: "UNAUTHORIZED", message: API_KEY_REFUSED });
    // A key reaches only the few baby procedures an integration needs (apps/api/src/integrations/allowed.ts).
    if (!keyMayCall(path)) throw new TRPCError({ code: "FORBIDDEN", message: API_KEY_NOT_HERE });
    // Its own limits: a busy integration cannot use up the family's, nor the family the integration's.
    return { userId: key.createdBy, email: "", sessionId: undefined, apiKey: key, limitedAs: `apikey:${key.keyId}` };
  }
  if (!ctx.identity) throw new TRPCError({ code: "UNAUTHORIZED", message: "Please sign in again." });
  const { userId, email, sessionId } = ctx.identity;
  return { userId, email, sessionId, apiKey: undefined, limitedAs: userId };
}

/**
 * Only these touch user data. The user id comes from the verified token (or the API key's creator), never from
 * input. A mutation counts against the user's (or key's) write limit in the table. The count is updated while
 * the mutation reads, and its writes wait for it: over the limit, nothing is written and the answer is
 * TOO_MANY_REQUESTS.
 */
export const protectedProcedure = publicProcedure.use(async ({ ctx, type, path, getRawInput, next }) => {
  const { limitedAs, ...principal } = await principalOf(ctx, path);
  if (type === "mutation") {
    const allowed = ctx.repos.rateLimit(limitedAs, ctx.limits.writes);
    allowed.catch(() => {}); // awaited below, and by every write
    const repos = ctx.repos.gatedBy(allowed);
    const result = await next({ ctx: { ...ctx, repos, ...principal } });
    await allowed; // also refuses, over the limit, a mutation that happened to write nothing
    // A write that can move a baby's reminders plans them again (reminders/replan.ts; never fails the write).
    if (result.ok)
      await replanAfter({ ...ctx, repos, userId: principal.userId }, path, await getRawInput(), result.data);
    return result;
  }
  const wait = ctx.readLimiter(limitedAs);
  if (wait !== null) throw new RateLimited(wait);
  return next({ ctx: { ...ctx, ...principal } });
});

/**
 * A procedure on one baby's data (tRPC's organization-procedure pattern): its input names the baby, and one
 * consistent membership read puts the `Access` on the context before the resolver runs. Every repository
 * method for a baby's data takes that `Access` first, and only the membership check makes one, so a
 * procedure cannot reach a baby's data without it. A stranger gets NOT_FOUND, as for a baby that does not exist;
 * so does an API key on any baby but its own, and a key whose creator no longer may write there is refused.
 */
export function babyProcedure<S extends z.ZodType<{ babyId: string }>>(input: S) {
  return protectedProcedure.input(input).use(async ({ ctx, input, next }) => {
    const { babyId } = input as { babyId: string };
    const access = ctx.apiKey
      ? await ctx.repos.apiKeys.access(ctx.apiKey, babyId)
      : await ctx.repos.babies.access(ctx.userId, babyId);
    if (!access) throw new TRPCError({ code: "UNAUTHORIZED", message: API_KEY_REFUSED });
    return next({ ctx: { ...ctx, access } });
  });
}

/** A role guard for a baby procedure: a member below `least` gets FORBIDDEN (e.g. a viewer trying to write). */
export const requireRole = (least: Role, message?: string) =>
  t.middleware(({ ctx, next }) => {
    const { access } = ctx as Context & { access?: Access };
    if (!access) throw new Error("requireRole is for baby procedures");
    roleAtLeast(access, least, message);
    return next();
  });
