import { defineConfig } from "vitest/config";

// Tests are selected by what they need: `*.db.test.ts` get DynamoDB Local (one in-memory engine per run),
// every other `*.test.ts` is pure and runs without it.
export default defineConfig({
  test: {
    silent: "passed-only",
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      { extends: true, test: { name: "unit", include: ["src/**/*.test.ts"], exclude: ["src/**/*.db.test.ts"] } },
      {
        extends: true,
        test: {
          name: "db",
          include: ["src/**/*.db.test.ts"],
          globalSetup: ["../../packages/db/src/testing/global-setup.ts"],
        },
      },
    ],
  },
});
