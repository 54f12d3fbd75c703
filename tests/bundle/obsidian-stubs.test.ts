/**
 * The fake `obsidian` module the bundle tests and the onload bench share
 * (tests/support/obsidian-stubs.ts): what it counts, what it holds back until the layout is
 * ready, how it answers an export it lacks, and the built main.js's load through it.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fakeObsidian, memoryFiles, runBundle, type FakeFiles } from "../support/obsidian-stubs";

const DANA_PATH = "People/Dana Okafor.md";
const DANA = readFileSync(new URL("../fixtures/people/Dana Okafor.md", import.meta.url), "utf8");

interface Vault {
  getMarkdownFiles(): Array<{ path: string }>;
  getFileByPath(path: string): { path: string; basename: string; extension: string } | null;
  cachedRead(file: { path: string }): Promise<string>;
  process(file: { path: string }, edit: (text: string) => string): Promise<string>;
  modify(file: { path: string }, text: string): Promise<void>;
}

describe("the fake vault", () => {
  it("counts reads, lists and metadata look-ups, each call by name", async () => {
    const files = new Map([[DANA_PATH, DANA], ["Meetings/m.md", "# M\n"], ["a.png", ""]]);
    const obsidian = fakeObsidian({ files: memoryFiles(files, (p) => (p === DANA_PATH ? { frontmatter: { type: "people" } } : null)), missingExports: "throw" });
    const vault = obsidian.app.vault as unknown as Vault;
    const cache = obsidian.app.metadataCache as unknown as { getFileCache(file: unknown): unknown };
    expect(vault.getMarkdownFiles().map((f) => f.path)).toEqual([DANA_PATH, "Meetings/m.md"]);
    const file = vault.getFileByPath(DANA_PATH);
    expect([file?.basename, file?.extension]).toEqual(["Dana Okafor", "md"]);
    expect(await vault.cachedRead({ path: "Meetings/m.md" })).toBe("# M\n");
    expect(cache.getFileCache({ path: DANA_PATH })).toEqual({ frontmatter: { type: "people" } });
    expect(cache.getFileCache({ path: "Meetings/m.md" })).toBeNull();
    expect(obsidian.counters).toEqual({ reads: 1, lists: 1, cacheLookups: 2, calls: { getMarkdownFiles: 1, getFileByPath: 1, cachedRead: 1 } });
  });

  it("edits the Map in place; a read-only vault hands back the edit and writes nothing", async () => {
    const files = new Map([["a.md", "a"]]);
    const vault = fakeObsidian({ files: memoryFiles(files), missingExports: "throw" }).app.vault as unknown as Vault;
    expect(await vault.process({ path: "a.md" }, (t) => `${t}b`)).toBe("ab");
    expect(files.get("a.md")).toBe("ab");

    const readOnly: FakeFiles = { paths: () => ["a.md"], has: (p) => p === "a.md", read: () => Promise.resolve("a") };
    const roVault = fakeObsidian({ files: readOnly, missingExports: "throw" }).app.vault as unknown as Vault;
    expect(await roVault.process({ path: "a.md" }, (t) => `${t}b`)).toBe("ab");
    await expect(roVault.modify({ path: "a.md" }, "x")).rejects.toThrow("read-only vault: cannot write a.md");
  });

  it("an export it lacks: named when asked to throw, stubbed and noted when asked to stub", () => {
    const files = memoryFiles(new Map());
    const strict = fakeObsidian({ files, missingExports: "throw" }).module;
    expect(() => strict.Menu).toThrow('The fake obsidian module (tests/support/obsidian-stubs.ts) has no "Menu": add a stub.');
    const lenient = fakeObsidian({ files, missingExports: "stub" });
    const module = lenient.module;
    expect(typeof module.Menu).toBe("function");
    expect(module.Menu).toBe(module.Menu);
    expect(lenient.stubbed).toEqual(["Menu"]);
  });
});

describe("runBundle", () => {
  it("gives the bundle no Node globals and no module but obsidian", () => {
    const obsidian = fakeObsidian({ files: memoryFiles(new Map()), missingExports: "throw" });
    const { exports, environment } = runBundle('module.exports.kind = typeof require("obsidian").Plugin;', obsidian.module);
    expect([environment, exports.kind]).toEqual(["undefined,undefined,undefined", "function"]);
    expect(() => runBundle('require("fs");', obsidian.module, "x.js")).toThrow('x.js required "fs" at load time; Obsidian mobile has no such module.');
  });
});

describe("main.js through the fake", () => {
  it("onload reads, lists and looks up nothing; the index is built once the layout is ready", async () => {
    const files = new Map([[DANA_PATH, DANA], ["Meetings/m.md", "# M\n"]]);
    const obsidian = fakeObsidian({ files: memoryFiles(files, (p) => (p === DANA_PATH ? { frontmatter: { type: "people" } } : null)), missingExports: "throw" });
    const { exports } = runBundle(readFileSync(new URL("../../main.js", import.meta.url), "utf8"), obsidian.module);
    const PluginClass = exports.default as new (
      app: unknown,
      manifest: unknown,
    ) => { onload(): Promise<void>; indexer?: { ready: Promise<void> }; people?: { index: { size: number } } };

    const plugin = new PluginClass(obsidian.app, { id: "kith", name: "Kith", version: "0.1.0" });
    await plugin.onload();
    expect(obsidian.counters).toEqual({ reads: 0, lists: 0, cacheLookups: 0, calls: {} });
    // The index build, and the first refresh of today's meetings.
    expect(obsidian.layoutReady).toHaveLength(2);

    for (const callback of obsidian.layoutReady.splice(0)) callback();
    await plugin.indexer?.ready;
    expect(plugin.people?.index.size).toBe(1);
    // The two template settings (Templates, Templater) are read from the config folder before the build.
    expect(obsidian.counters).toEqual({ reads: 1, lists: 1, cacheLookups: 2, calls: { "adapter.read": 2, on: 3, getMarkdownFiles: 1, cachedRead: 1 } });
  });
});
