import { DomainError, type RateLimit, RateLimited, type Repositories } from "@upnest/db";

/**
 * Charges an import of `records` records to the user's import budget (in the table, so it holds across API
 * instances) before anything is written: over the budget the import is refused whole, with how long to wait.
 */
export async function chargeImport(
  repos: Repositories,
  userId: string,
  records: number,
  budget: RateLimit,
  /** `batch`: one of the batches an app sends a large import in (Baby Buddy's), so its refusal speaks of entries. */
  unit: "file" | "batch" = "file",
) {
  if (records === 0) return;
  if (records > budget.limit)
    throw new DomainError(
      "invalid",
      `This file has ${records} records; one import can take at most ${budget.limit}. Split it into smaller files.`,
    );
  try {
    await repos.rateLimit(`import|${userId}`, budget, records);
  } catch (error) {
    if (!(error instanceof RateLimited)) throw error;
    const wait = error.retryAfterSeconds ?? budget.windowSeconds;
    if (unit === "batch")
      throw new DomainError(
        "rate-limited",
        `You have imported as many entries as you can for now (at most ${budget.limit} in ${Math.round(budget.windowSeconds / 60)} minutes). Try again in ${Math.ceil(wait / 60)} minutes: the entries already imported are skipped.`,
        { retryAfterSeconds: wait },
      );
    throw new DomainError(
      "rate-limited",
      `This file has ${records} records, more than you can import right now (at most ${budget.limit} records in ${Math.round(budget.windowSeconds / 60)} minutes). Try again in ${Math.ceil(wait / 60)} minutes, or import a smaller file.`,
      { retryAfterSeconds: wait },
    );
  }
}
