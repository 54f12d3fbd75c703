/**
 * Loads the built main.js the way Obsidian mobile would (see load-bundle.ts) and edits a note
 * through the plugin's public api. `npm test` builds main.js first.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadBundle, newCalls } from "./load-bundle";

const DANA = readFileSync(new URL("../fixtures/people/Dana Okafor.md", import.meta.url), "utf8");

/** What the test uses of the loaded plugin: its public api and its note store. */
interface LoadedPlugin {
  onload(): Promise<void> | void;
  api: {
    parsePerson(text: string, path: string): { name: string };
    addKeyFact(text: string, fact: string, ctx: { today: string }): string;
  };
  store: { process(path: string, edit: (text: string) => string): Promise<unknown> };
}

describe("main.js on a phone", () => {
  it("loads without Node and runs onload", async () => {
    const calls = newCalls();
    const files = new Map<string, string>();
    const { obsidian, exports } = loadBundle(calls, files);

    const PluginClass = exports.default as new (app: unknown, manifest: unknown) => LoadedPlugin;
    expect(typeof PluginClass).toBe("function");
    const plugin = new PluginClass(obsidian.app, { id: "kith", name: "Kith", version: "0.1.0" });
    expect(plugin).toBeInstanceOf(obsidian.Plugin);
    await plugin.onload();

    const path = "People/Dana Okafor.md";
    files.set(path, DANA);
    expect(plugin.api.parsePerson(DANA, path).name).toBe("Dana Okafor");
    await plugin.store.process(path, (text) => plugin.api.addKeyFact(text, "Prefers email.", { today: "2026-11-25" }));
    expect(files.get(path)).toBe(
      DANA.replace("GCS API later.\n", "GCS API later.\n- Prefers email.\n").replace("*Last updated: *", "*Last updated: 2026-11-25*"),
    );
  });
});
