/**
 * The plugin's load with a whole vault behind it: the built main.js runs in a vm context the
 * way tests/bundle/mobile-load.test.ts loads it (no Buffer, fs, process or require; the fake
 * `obsidian` module of tests/support/obsidian-stubs.ts), over a read-only vault of every
 * generated note on disk. Every call that reads or lists notes is counted: `onload` must make
 * none; the indexes build once the layout is ready (the layout-ready callbacks wait until then).
 */
import { fakeObsidian, newCounters, runBundle, type Callback, type FakeFiles, type VaultCounters } from "../tests/support/obsidian-stubs";
import { median, msSince, now } from "./measure";
import { fs, fsp, path } from "./node";

export type { VaultCounters };

interface FakeFile {
  path: string;
  kind: "person" | "meeting" | "project";
}

/** The generated notes on disk, read-only, with the metadata cache entry each kind of note has. */
function diskFiles(dir: string, files: readonly FakeFile[]): FakeFiles {
  const paths = files.map((f) => f.path);
  const kinds = new Map(files.map((f) => [f.path, f.kind]));
  return {
    paths: () => paths,
    has: (p) => kinds.has(p),
    read: (p) => fsp.readFile(path.join(dir, p), "utf8"),
    cache: (p) => {
      const kind = kinds.get(p);
      if (kind === "person") return { frontmatter: { type: "people", tags: ["type/people"] } };
      if (kind === "meeting") return { frontmatter: { type: "meeting" }, listItems: [{ task: " " }] };
      if (kind === "project") return { frontmatter: { type: "project" }, listItems: [{ task: " " }] };
      return null;
    },
  };
}

export interface OnloadResult {
  notes: number;
  /** The first onload (cold: first run of the plugin's code) and the median of later ones. */
  coldMs: number;
  medianMs: number;
  runs: number;
  duringOnload: VaultCounters;
  stubbed: string[];
  /** After the layout is ready: the plugin's own index build over the vault. */
  build: { ms: number; reads: number; lists: number; cacheLookups: number; peopleIndexed: number | null } | null;
}

export async function benchOnload(mainJs: string, dir: string, files: readonly FakeFile[], runs: number, withBuild: boolean): Promise<OnloadResult> {
  const source = fs.readFileSync(mainJs, "utf8");
  const counters = newCounters();
  // An export the fake lacks gets a stand-in, noted in the report, so the bench still runs.
  const obsidian = fakeObsidian({ files: diskFiles(dir, files), counters, missingExports: "stub" });
  const layoutReady: Callback[] = obsidian.layoutReady;
  const mod = runBundle(source, obsidian.module);
  const PluginClass = mod.exports.default as new (app: unknown, manifest: unknown) => { onload(): Promise<void> | void; indexer?: { ready: Promise<void> }; people?: { index: { size: number } } };
  const manifest = { id: "kith", name: "Kith", version: "0.0.0" };

  const times: number[] = [];
  let first: InstanceType<typeof PluginClass> | null = null;
  for (let i = 0; i < runs; i++) {
    const plugin = new PluginClass(obsidian.app, manifest);
    const start = now();
    await plugin.onload();
    times.push(msSince(start));
    first ??= plugin;
  }
  const duringOnload: VaultCounters = { ...counters, calls: { ...counters.calls } };

  let build: OnloadResult["build"] = null;
  if (withBuild && first) {
    // Only the first plugin's callbacks: the later instances measured onload alone.
    const callbacks = layoutReady.splice(0, layoutReady.length / runs);
    const before = { reads: counters.reads, lists: counters.lists, cacheLookups: counters.cacheLookups };
    const start = now();
    for (const cb of callbacks) cb();
    await first.indexer?.ready;
    build = {
      ms: msSince(start),
      reads: counters.reads - before.reads,
      lists: counters.lists - before.lists,
      cacheLookups: counters.cacheLookups - before.cacheLookups,
      peopleIndexed: first.people?.index.size ?? null,
    };
  }
  return {
    notes: files.length,
    coldMs: times[0] ?? NaN,
    medianMs: median(times.slice(1)),
    runs,
    duringOnload,
    stubbed: [...new Set(obsidian.stubbed)],
    build,
  };
}
