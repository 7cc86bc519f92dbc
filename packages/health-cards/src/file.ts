import { HealthCardError } from "./errors.ts";

/** The JWS strings in a `.smart-health-card` file: `{"verifiableCredential": ["<jws>", ...]}`. */
export function jwsFromFile(text: string): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new HealthCardError("file_malformed", "not JSON");
  }
  const list = (parsed as { verifiableCredential?: unknown } | null)?.verifiableCredential;
  if (!Array.isArray(list) || list.length === 0) throw new HealthCardError("file_malformed");
  if (!list.every((item): item is string => typeof item === "string")) {
    throw new HealthCardError("file_malformed", "every credential must be a JWS string");
  }
  return list;
}
