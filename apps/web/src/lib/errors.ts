/** The parts of a tRPC client error the app looks at (also matches errors that are not from tRPC). */
import { translateMessage } from "@upnest/i18n";
import { currentLanguage, t } from "../i18n/i18n.ts";

type ErrorLike = {
  message?: unknown;
  data?: { code?: unknown; fieldErrors?: Record<string, string[] | undefined> | null } | null;
};

export type ProblemKind = "network" | "not-found" | "conflict" | "unauthorized" | "invalid" | "busy" | "server";
export type Problem = { kind: ProblemKind; message: string };

const asErrorLike = (error: unknown): ErrorLike =>
  typeof error === "object" && error !== null ? (error as ErrorLike) : {};
const codeOf = (error: unknown) => {
  const code = asErrorLike(error).data?.code;
  return typeof code === "string" ? code : undefined;
};

/** What to tell a person about a failed request, in words they can act on. */
export function describeError(error: unknown): Problem {
  const code = codeOf(error);
  const serverMessage = asErrorLike(error).message;
  const said = typeof serverMessage === "string" && serverMessage.length > 0 ? serverMessage : undefined;
  switch (code) {
    case undefined:
      // No tRPC answer at all: the request never reached the API or the reply was not the API's.
      return { kind: "network", message: t("problem.network") };
    case "NOT_FOUND":
      return {
        kind: "not-found",
        message: t("problem.notFound", { what: said ?? t("problem.notFoundDefault") }),
      };
    case "CONFLICT":
      return {
        kind: "conflict",
        message: said ?? t("problem.conflict"),
      };
    case "UNAUTHORIZED":
      return { kind: "unauthorized", message: t("problem.unauthorized") };
    case "BAD_REQUEST":
      return { kind: "invalid", message: said ?? t("problem.invalid") };
    case "FORBIDDEN":
      return { kind: "invalid", message: said ?? t("problem.forbidden") };
    case "PAYLOAD_TOO_LARGE":
      return { kind: "invalid", message: said ?? t("problem.tooLarge") };
    case "TOO_MANY_REQUESTS":
      // The API says how long to wait, and for an import how many records are over.
      return { kind: "busy", message: said ?? t("problem.tooMany") };
    case "SERVICE_UNAVAILABLE":
      return { kind: "busy", message: t("problem.busy") };
    default:
      return { kind: "server", message: t("problem.server") };
  }
}

/** The API's per-field messages (zod's flattened errors), first message per field, in the app's language. */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  const fields = asErrorLike(error).data?.fieldErrors ?? {};
  const result: Record<string, string> = {};
  for (const [field, messages] of Object.entries(fields)) {
    if (messages?.[0]) result[field] = translateMessage(messages[0], currentLanguage());
  }
  return result;
}

/** Only a request that never got an answer is worth retrying on its own; the API's answers stand. */
export const isNetworkError = (error: unknown) => codeOf(error) === undefined;
