import { defineConfig } from "vitest/config";

// Browser tests: the real back end (DynamoDB Local, issuer, API), a Vite dev server and Debian's Chromium.
export default defineConfig({
  test: {
    include: ["e2e/**/*.e2e.ts"],
    environment: "node",
    silent: "passed-only",
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
