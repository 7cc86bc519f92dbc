import { z } from "zod";

/** The API's whole configuration, read once at start-up; a missing value stops it with the variable's name. */
const apiEnv = z.object({
  TABLE_NAME: z.string().min(3),
  ISSUER_URL: z.url(),
  CURSOR_SECRET: z.string().min(32, { error: "CURSOR_SECRET must be at least 32 characters" }),
  /** Only for DynamoDB Local; on AWS the SDK finds the endpoint. */
  DYNAMODB_ENDPOINT: z.url().optional(),
  /**
   * On AWS: the secret CloudFront adds to each request it forwards (infra/web.ts); the Lambda refuses
   * requests without it, so its Function URL cannot be called around CloudFront. Unused by the local server.
   */
  ORIGIN_SECRET: z.string().min(32, { error: "ORIGIN_SECRET must be at least 32 characters" }).optional(),
  /** Origins allowed to call the API from a browser, comma-separated. */
  WEB_ORIGINS: z.string().default("http://localhost:5173"),
});
export type ApiEnv = z.infer<typeof apiEnv>;

export function readEnv(source: Record<string, string | undefined> = process.env): ApiEnv {
  const parsed = apiEnv.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid API configuration: ${problems}`);
  }
  return parsed.data;
}
