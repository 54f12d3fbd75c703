import { builtinModules } from "node:module";
import { defineConfig, globalIgnores } from "eslint/config";
import obsidianmd from "eslint-plugin-obsidianmd";

/** Globals of Node code (CLI, tests, build scripts); the recommended config only knows the browser's. */
const nodeGlobals = Object.fromEntries(
  ["NodeJS", "process", "Buffer", "__dirname", "__filename", "require", "module", "exports", "global", "setImmediate", "clearImmediate"].map(
    (name) => [name, "readonly"],
  ),
);

/** The recommended `rule-custom-message` options without its `no-console` entry, for Node programs. */
const customMessageRule = "obsidianmd/rule-custom-message";
const [level, { "no-console": _console, ...nodeCustomMessages }] = obsidianmd.configs.recommended.find(
  (config) => config.rules?.[customMessageRule],
).rules[customMessageRule];
const consoleAllowed = { [customMessageRule]: [level, nodeCustomMessages] };

/** `no-restricted-imports` options forbidding imports of another layer's folder. */
const notFrom = (layers, why) => ({
  regex: `^(\\.\\.?/)+(src/)?(${layers.join("|")})(/|$)`,
  message: why,
});

export default defineConfig([
  globalIgnores(["main.js", "dist/", "node_modules/", "example-vault/", "artifacts/", "bench/results.json", "coverage/"]),
  ...obsidianmd.configs.recommended,
  {
    languageOptions: {
      parserOptions: {
        projectService: {
          // Build scripts and this file are outside tsconfig.json.
          allowDefaultProject: ["*.mjs", "scripts/*.mjs", "scripts/*.cjs"],
          // typescript-eslint warns past 8 files; these few small scripts do not slow the lint.
          maximumDefaultProjectFileMatchCount_THIS_WILL_SLOW_DOWN_LINTING: 16,
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  {
    files: ["src/core/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: ["obsidian", "electron", ...builtinModules].map((name) => ({
            name,
            message: "src/core is pure TypeScript: no Obsidian or Node APIs. Take what you need as a parameter (see NoteStore).",
          })),
          patterns: [
            { group: ["node:*"], message: "src/core is pure TypeScript: no Node APIs. Take what you need as a parameter (see NoteStore)." },
            notFrom(["plugin", "cli"], "src/core must not depend on src/plugin or src/cli: they depend on it."),
          ],
        },
      ],
      // The core runs in Node (the CLI) as well as in a window: the standard timers, which both
      // have, time a request out (src/core/extract/request.ts); window.setTimeout is not in Node.
      "obsidianmd/prefer-window-timers": "off",
    },
  },
  {
    files: ["src/plugin/**"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [notFrom(["cli"], "The plugin must not import the CLI; share code through src/core.")] }],
    },
  },
  {
    files: ["src/cli/**"],
    languageOptions: { globals: nodeGlobals },
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [{ name: "obsidian", message: "The CLI runs without Obsidian; share code through src/core." }],
          patterns: [notFrom(["plugin"], "The CLI must not import the plugin; share code through src/core.")],
        },
      ],
      // The CLI is a Node program (dist/kith.cjs), never loaded by Obsidian: it uses Node
      // modules and writes its output with console.log.
      "obsidianmd/no-nodejs-modules": "off",
      ...consoleAllowed,
      // There is no Vault#configDir outside Obsidian: the CLI finds a vault's settings in the
      // default `.obsidian` folder.
      "obsidianmd/hardcoded-config-path": "off",
      // Node has no requestUrl: the CLI reads a calendar's address with Node's fetch.
      "no-restricted-globals": ["warn", "app", "localStorage"],
    },
  },
  {
    files: ["tests/**"],
    languageOptions: { globals: nodeGlobals },
    rules: {
      // Tests run in Node (vitest) and may read files, spawn the CLI and use vm.
      "obsidianmd/no-nodejs-modules": "off",
      // Tests build DOM fixtures with plain DOM calls; createEl is for plugin UI code.
      "obsidianmd/prefer-create-el": "off",
      // Test names and fixture strings are not UI text.
      "obsidianmd/ui/sentence-case": "off",
      // Outside Obsidian there is no bundled moment: the date format tests load Obsidian's
      // version from node_modules as their oracle.
      "@typescript-eslint/no-restricted-imports": "off",
      // Test vaults are folders the tests write: their config folder is the default `.obsidian`.
      "obsidianmd/hardcoded-config-path": "off",
      // Tests delete notes as the user or a sync client would, behind the plugin's back.
      "obsidianmd/prefer-file-manager-trash-file": "off",
    },
  },
  {
    files: ["*.mjs", "*.ts", "scripts/**", "bench/**"],
    languageOptions: { globals: nodeGlobals },
    rules: {
      // Build tooling and the bench run in Node, never inside Obsidian, and report on the console.
      "obsidianmd/no-nodejs-modules": "off",
      ...consoleAllowed,
      // No Vault here: the example vault's config folder is the default `.obsidian`.
      "obsidianmd/hardcoded-config-path": "off",
      // No popout windows in Node: the bench hands main.js this realm's global as its `window`.
      "obsidianmd/no-global-this": "off",
    },
  },
  {
    files: ["scripts/*.cjs"],
    rules: {
      // These stand in for CommonJS files inside gray-matter and js-yaml, so they are CommonJS.
      "@typescript-eslint/no-require-imports": "off",
    },
  },
  {
    files: ["package.json"],
    rules: {
      // js-yaml 3 comes with gray-matter anyway; depending on it directly adds no bytes. moment
      // 2.29.4 comes with obsidian and is what Obsidian formats dates with: a dev-only test oracle.
      "depend/ban-dependencies": ["error", { presets: ["native", "microutilities", "preferred"], allowed: ["js-yaml", "moment"] }],
    },
  },
]);
