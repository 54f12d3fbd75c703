import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

/** The browser test of the people panel (`npm run test:ui`): headless Chromium, not part of `vitest run`. */
export default defineConfig({
  root: fileURLToPath(new URL("../..", import.meta.url)),
  test: {
    include: ["tests/ui/**/*.ui.ts"],
    environment: "node",
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
