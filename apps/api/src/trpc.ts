import { initTRPC, TRPCError } from "@trpc/server";
import { z } from "zod";
import type { Context } from "./context.ts";
import { toTRPCError } from "./errors.ts";
import { DomainError } from "@upnest/db";

const t = initTRPC.context<Context>().create({
  /**
   * Clients get the code, a user-facing message and zod's field errors; never
   * a stack, a table name or an AWS message. Unexpected errors are logged with
   * the request id and answered generically.
   */
  errorFormatter({ shape, error, ctx }) {
    const zodError = error.cause instanceof z.ZodError ? error.cause : null;
    if (error.code === "INTERNAL_SERVER_ERROR") {
      ctx?.log.error("unhandled error", { requestId: ctx.requestId, error: String(error.cause ?? error), stack: (error.cause as Error | undefined)?.stack });
    }
    const domainFields = (error.cause as { fieldErrors?: Record<string, string[]> } | undefined)?.fieldErrors;
    return {
      message: zodError ? "Please check the highlighted fields." : error.code === "INTERNAL_SERVER_ERROR" ? "Something went wrong on our side. Please try again." : shape.message,
      code: shape.code,
      data: {
        code: shape.data.code,
        httpStatus: shape.data.httpStatus,
        requestId: ctx?.requestId,
        fieldErrors: zodError ? z.flattenError(zodError).fieldErrors : (domainFields ?? null),
        formErrors: zodError ? z.flattenError(zodError).formErrors : null,
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

export const publicProcedure = t.procedure.use(mapErrors);

/** Only these touch user data. The user id comes from the verified token, never from input. */
export const protectedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.identity) throw new TRPCError({ code: "UNAUTHORIZED", message: "Please sign in again." });
  return next({ ctx: { ...ctx, userId: ctx.identity.userId, email: ctx.identity.email } });
});
