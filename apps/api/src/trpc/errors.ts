import { TRPCError } from "@trpc/server";
import type { TRPC_ERROR_CODE_KEY } from "@trpc/server/rpc";
import { DomainError, type DomainErrorKind } from "@upnest/db";

const CODES: Record<DomainErrorKind, TRPC_ERROR_CODE_KEY> = {
  "not-found": "NOT_FOUND",
  forbidden: "FORBIDDEN",
  conflict: "CONFLICT",
  invalid: "BAD_REQUEST",
  unavailable: "SERVICE_UNAVAILABLE",
  "rate-limited": "TOO_MANY_REQUESTS",
};

/** The one place domain errors become tRPC errors. The domain message is written for users; the cause stays on the server. */
export function toTRPCError(error: unknown): TRPCError {
  if (error instanceof TRPCError) return error;
  if (error instanceof DomainError)
    return new TRPCError({ code: CODES[error.kind], message: error.message, cause: error });
  return new TRPCError({
    code: "INTERNAL_SERVER_ERROR",
    message: "Something went wrong on our side. Please try again.",
    cause: error,
  });
}

/** Busy or rate-limited answers tell the client when to try again (HTTP Retry-After, in seconds). */
export function retryAfterHeader(errors: readonly TRPCError[]): { headers: Record<string, string> } {
  const seconds = errors
    .map((e) => (e.cause instanceof DomainError ? e.cause.retryAfterSeconds : undefined))
    .find((s) => s !== undefined);
  return { headers: seconds === undefined ? {} : { "retry-after": String(seconds) } };
}
