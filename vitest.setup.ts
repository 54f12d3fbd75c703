// obsidian-test-mocks' setup patches DOM prototypes (createEl, activeDocument...), so it needs a
// DOM: it runs in files that opt in with `// @vitest-environment happy-dom`. Node-environment
// files still get the mocks for `obsidian` through the alias in vitest.config.ts.
export {};

if (typeof document !== "undefined") await import("obsidian-test-mocks/vitest-setup");

// Property tests in `npm test` run the same cases every time, so CI says the same of the same
// code; `npm run fuzz` (KITH_FUZZ_RUNS set) draws new cases each run to find what these miss.
if (!process.env.KITH_FUZZ_RUNS) {
  const { default: fc } = await import("fast-check");
  fc.configureGlobal({ seed: 20261206 });
}
