import { TRPCClientError } from "@trpc/client";
import { describe, expect, it } from "vitest";
import { describeError, fieldErrorsOf, isNetworkError } from "./errors.ts";

/** An error as the tRPC client builds it from the API's error shape. */
const apiError = (code: string, message: string, fieldErrors: Record<string, string[]> | null = null) =>
  TRPCClientError.from({ error: { code: -32000, message, data: { code, httpStatus: 400, fieldErrors } } });

describe("what a person is told when a request fails", () => {
  it("a request that never reached the API asks to check the connection and retry", () => {
    const offline = TRPCClientError.from(new TypeError("Failed to fetch"));
    expect(describeError(offline)).toEqual({
      kind: "network",
      message: expect.stringMatching(/connection and try again/),
    });
    expect(isNetworkError(offline)).toBe(true);
  });

  it("a missing or foreign baby says not found", () => {
    expect(describeError(apiError("NOT_FOUND", "Baby not found")).message).toMatch(
      /^Baby not found\. It may have been deleted/,
    );
    expect(describeError(apiError("NOT_FOUND", "")).message).toMatch(/^Not found\./);
    expect(isNetworkError(apiError("NOT_FOUND", "Baby not found"))).toBe(false);
  });

  it("a file over the size limit or an import over the budget is told in the API's words", () => {
    const tooLarge = "This request is too large (the limit is 64 KiB). Send a smaller file.";
    expect(describeError(apiError("PAYLOAD_TOO_LARGE", tooLarge))).toEqual({ kind: "invalid", message: tooLarge });
    const overBudget =
      "This file has 12 records, more than you can import right now (at most 10 records in 60 minutes).";
    expect(describeError(apiError("TOO_MANY_REQUESTS", overBudget))).toEqual({ kind: "busy", message: overBudget });
    expect(describeError(apiError("SERVICE_UNAVAILABLE", "")).message).toMatch(/busy right now/);
  });

  it("a stale edit says someone else changed it and to reload", () => {
    expect(describeError(apiError("CONFLICT", "")).message).toMatch(/changed by someone else.*Reload/);
    expect(describeError(apiError("CONFLICT", "")).kind).toBe("conflict");
  });

  it("server failures never show internal text", () => {
    expect(describeError(apiError("INTERNAL_SERVER_ERROR", "ResourceNotFoundException: table x")).message).toBe(
      "Something went wrong on our side. Please try again.",
    );
  });

  it("bad input keeps the API's summary and exposes the first message of each field", () => {
    const error = apiError("BAD_REQUEST", "Please check the highlighted fields.", {
      weightKg: ["Weight must be between 0.2 and 60 kg", "second"],
      notes: [],
    });
    expect(describeError(error)).toEqual({ kind: "invalid", message: "Please check the highlighted fields." });
    expect(fieldErrorsOf(error)).toEqual({ weightKg: "Weight must be between 0.2 and 60 kg" });
    expect(fieldErrorsOf(new Error("plain"))).toEqual({});
  });
});
