// obsidian-test-mocks' setup patches DOM prototypes (createEl, activeDocument...), so it needs a
// DOM: it runs in files that opt in with `// @vitest-environment happy-dom`. Node-environment
// files still get the mocks for `obsidian` through the alias in vitest.config.ts.
export {};

if (typeof document !== "undefined") await import("obsidian-test-mocks/vitest-setup");
