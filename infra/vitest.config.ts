import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Each evaluation is a child process running SST's components under Pulumi's mocks.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
