import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    // The obsidian package is types only; tests get obsidian-test-mocks' in-memory implementation.
    alias: { obsidian: "obsidian-test-mocks/obsidian" },
  },
  test: {
    include: ["tests/**/*.test.ts"],
    // Node by default; a DOM test opts in with `// @vitest-environment happy-dom`.
    environment: "node",
    setupFiles: ["./vitest.setup.ts"],
    // A guard against hangs, not a speed test: CLI tests start many processes at once, and a
    // busy 2-core machine may take many seconds for what takes one when idle.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
