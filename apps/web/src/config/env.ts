import { z } from "zod";

const schema = z.object({
  VITE_API_URL: z.url({ error: "missing or not a URL; the API's address, e.g. http://localhost:3000" }),
  VITE_ISSUER_URL: z.url({ error: "missing or not a URL; the sign-in issuer's address, e.g. http://localhost:3001" }),
});

export type Env = { apiUrl: string; issuerUrl: string };

/** Reads the build-time variables; throws one message that names every missing or malformed one. */
export function parseEnv(source: Record<string, unknown>): Env {
  const result = schema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `- ${String(issue.path[0])}: ${issue.message}`);
    throw new Error(
      `UpNest's web app is not configured:\n${problems.join("\n")}\nSet them in the environment of \`vite\` (\`pnpm dev\` does).`,
    );
  }
  const trim = (url: string) => url.replace(/\/+$/, "");
  return { apiUrl: trim(result.data.VITE_API_URL), issuerUrl: trim(result.data.VITE_ISSUER_URL) };
}

export const env: Env = parseEnv(import.meta.env);
