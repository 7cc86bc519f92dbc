import { defineConfig } from "vitest/config";

// Rendering a five-year PDF and drawing its pages takes seconds, and longer beside other suites on a busy machine.
export default defineConfig({
  test: { silent: "passed-only", testTimeout: 120_000, hookTimeout: 120_000 },
});
