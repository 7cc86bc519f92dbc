/**
 * The data layer's whole error vocabulary. Repositories throw only these; the
 * API maps each kind to one tRPC code in one place. Messages are safe to show
 * a user; anything internal goes in `cause`, which is logged, never sent.
 */
export type DomainErrorKind = "not-found" | "forbidden" | "conflict" | "invalid" | "unavailable" | "rate-limited";

export class DomainError extends Error {
  readonly kind: DomainErrorKind;
  /** Field messages for `invalid`, keyed like zod's flattened errors. */
  readonly fieldErrors: Record<string, string[]> | undefined;
  /** For `unavailable` and `rate-limited`: when trying again makes sense. */
  readonly retryAfterSeconds: number | undefined;

  constructor(
    kind: DomainErrorKind,
    message: string,
    options: { cause?: unknown; fieldErrors?: Record<string, string[]>; retryAfterSeconds?: number } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = "DomainError";
    this.kind = kind;
    this.fieldErrors = options.fieldErrors;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }
}

export const notFound = (what: string) => new DomainError("not-found", `${what} not found`);
export const forbidden = (message: string) => new DomainError("forbidden", message);
export const conflict = (message: string) => new DomainError("conflict", message);
export const invalid = (field: string, message: string) =>
  new DomainError("invalid", message, { fieldErrors: { [field]: [message] } });
/** After the SDK's own bounded retries (maxAttempts 3, with backoff) have failed. */
export const unavailable = (cause: unknown) =>
  new DomainError("unavailable", "The service is busy. Please try again in a moment.", { cause, retryAfterSeconds: 2 });
