/**
 * Loads the built main.js the way Obsidian mobile would: no Buffer, fs, process or Node
 * `require`, only a `require` that knows `obsidian` (a fake module simulating a phone, from
 * tests/support/obsidian-stubs.ts, which the onload bench shares). Catches libraries that need
 * Node at load or parse time. `npm test` builds main.js first.
 */
import { existsSync, readFileSync } from "node:fs";
import { expect } from "vitest";
import { fakeObsidian, memoryFiles, newCalls, runBundle, type Calls } from "../support/obsidian-stubs";

export { newCalls, type Calls };

const MAIN_JS = new URL("../../main.js", import.meta.url);

/** main.js over a vault of `files` (edits land in the Map); what it registers goes to `calls`. */
export function loadBundle(calls: Calls, files: Map<string, string>) {
  if (!existsSync(MAIN_JS)) {
    throw new Error("main.js is missing: build it first (`npm run build`; `npm test` does it).");
  }
  const obsidian = fakeObsidian({ files: memoryFiles(files), calls, missingExports: "throw" });
  const { exports, environment } = runBundle(readFileSync(MAIN_JS, "utf8"), obsidian.module);
  expect(environment).toBe("undefined,undefined,undefined");
  return { obsidian, exports };
}
