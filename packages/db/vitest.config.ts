import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    silent: "passed-only",
    globalSetup: ["./src/testing/global-setup.ts"],
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
