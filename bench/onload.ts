/**
 * The plugin as Obsidian runs it, over the vault on disk: the built main.js runs in this realm
 * (see loadInThisRealm) against the fake `obsidian` module of tests/support/obsidian-stubs.ts
 * (no Node `require`). Its vault's `cachedRead` reads the file from disk; every call that reads
 * or lists notes is counted.
 *
 * - `benchOnload`: `onload` timed; it must read and list nothing.
 * - `buildIndexes`: a fresh plugin, onload, layout-ready fired, then `plugin.indexer.ready`
 *   awaited: the people, task and project indexes built the way the plugin builds them.
 * - `readsAlone`: the baseline: the same stub vault reading the same files with the same
 *   chunking (200 files a chunk, read together, then a yield to the event loop), and nothing else.
 */
import { fakeObsidian, newCounters, type Callback, type FakeFiles, type VaultCounters } from "../tests/support/obsidian-stubs";
import { gc, median, msSince, now } from "./measure";
import { fs, path, proc as process, timers, vm } from "./node";

export type { VaultCounters };

export interface VaultFile {
  path: string;
  kind: "person" | "meeting" | "project";
}

/** The metadata cache entry Obsidian would have for each kind of generated note (every meeting and project note holds tasks and links). */
function cacheOf(kind: VaultFile["kind"] | undefined): unknown {
  if (kind === "person") return { frontmatter: { type: "people", tags: ["type/people"] } };
  if (kind === "meeting") return { frontmatter: { type: "meeting" }, listItems: [{ task: " " }], links: [{ link: "someone" }] };
  if (kind === "project") return { frontmatter: { type: "project" }, listItems: [{ task: " " }], links: [{ link: "someone" }] };
  return null;
}

/**
 * The notes on disk, read-only. A read is `fs.promises.readFile`, as Obsidian's desktop adapter
 * reads a note for `cachedRead`: the reads run on Node's thread pool while the plugin indexes
 * the notes read before, as they do in Obsidian. `onRead` sees every path read.
 */
export function diskFiles(dir: string, files: readonly VaultFile[], onRead?: (path: string) => void): FakeFiles {
  const paths = files.map((f) => f.path);
  const kinds = new Map(files.map((f) => [f.path, f.kind]));
  return {
    paths: () => paths,
    has: (p) => kinds.has(p),
    read: (p) => {
      onRead?.(p);
      return fs.promises.readFile(path.join(dir, p), "utf8");
    },
    cache: (p) => cacheOf(kinds.get(p)),
  };
}

interface PluginLike {
  onload(): Promise<void> | void;
  unload(): void;
  indexer?: { ready: Promise<void>; settled?: Promise<void> };
}

/**
 * main.js run in the bench's own realm, as Obsidian runs a plugin in its window's realm. A vm
 * context (tests/bundle/mobile-load.test.ts's loader, which proves no Node global is used) looks
 * up every global (`Date`, `Map`, `Number`, ...) through the context's interceptors: the task
 * index over 40,000 meetings took 1.37-1.77 s of CPU in one against 1.17-1.31 s here, a cost
 * Obsidian never has. `window` is this realm's global, as it is Obsidian's.
 */
function loadInThisRealm(source: string, obsidianModule: unknown): Record<string, unknown> {
  const wrapper = vm.runInThisContext(`(function (module, exports, require, window, activeWindow) {\n${source}\n})`, { filename: "main.js" }) as (
    m: { exports: Record<string, unknown> },
    e: unknown,
    r: (name: string) => unknown,
    w: typeof globalThis,
    a: typeof globalThis,
  ) => void;
  const mod = { exports: {} as Record<string, unknown> };
  wrapper(mod, mod.exports, (name) => {
    if (name === "obsidian") return obsidianModule;
    throw new Error(`main.js required "${name}"; Obsidian mobile has no such module.`);
  }, globalThis, globalThis);
  return mod.exports;
}

/** A fresh fake Obsidian and a fresh run of main.js in it. `metadataCache.on` handlers are kept in `handlers`. */
function host(source: string, files: FakeFiles) {
  const counters = newCounters();
  const obsidian = fakeObsidian({ files, counters, missingExports: "stub" });
  const handlers = new Map<string, Callback>();
  const metadataCache = new Proxy(obsidian.app.metadataCache, {
    get: (target, prop) =>
      prop === "on" ? (name: string, cb: Callback) => (handlers.set(name, cb), { name }) : (target as Record<string | symbol, unknown>)[prop],
  });
  const app = { ...obsidian.app, metadataCache };
  const PluginClass = loadInThisRealm(source, obsidian.module).default as new (app: unknown, manifest: unknown) => PluginLike;
  const manifest = { id: "kith", name: "Kith", version: "0.0.0" };
  return { obsidian, counters, handlers, app, newPlugin: () => new PluginClass(app, manifest) };
}

export interface OnloadResult {
  notes: number;
  /** The first onload (cold: first run of the plugin's code) and the median of later ones. */
  coldMs: number;
  medianMs: number;
  runs: number;
  duringOnload: VaultCounters;
  stubbed: string[];
}

export async function benchOnload(mainJs: string, dir: string, files: readonly VaultFile[], runs: number): Promise<OnloadResult> {
  const h = host(fs.readFileSync(mainJs, "utf8"), diskFiles(dir, files));
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const plugin = h.newPlugin();
    const start = now();
    await plugin.onload();
    times.push(msSince(start));
    plugin.unload();
  }
  return {
    notes: files.length,
    coldMs: times[0] ?? NaN,
    medianMs: median(times.slice(1)),
    runs,
    duringOnload: { ...h.counters, calls: { ...h.counters.calls } },
    stubbed: [...new Set(h.obsidian.stubbed)],
  };
}

/** Peak heapUsed and rss, sampled every millisecond the event loop is free (between chunks and slices). */
class PeakSampler {
  heapMb = 0;
  rssMb = 0;
  private timer: ReturnType<typeof timers.setInterval> | null = null;
  start(): void {
    this.sample();
    this.timer = timers.setInterval(() => this.sample(), 1);
  }
  stop(): void {
    this.sample();
    if (this.timer) timers.clearInterval(this.timer);
  }
  private sample(): void {
    const m = process.memoryUsage();
    this.heapMb = Math.max(this.heapMb, m.heapUsed / 1048576);
    this.rssMb = Math.max(this.rssMb, m.rss / 1048576);
  }
}

export interface BuildResult {
  /** From layout-ready to `indexer.ready`: every note in, commands and views can run. */
  ms: number;
  /** From `indexer.ready` to `indexer.settled`: the work left between frames (the task index's lookup maps). */
  settleMs: number;
  /** From layout-ready to the last file read: reading and indexing. */
  lastReadMs: number;
  reads: number;
  lists: number;
  /** Settled heap (after full GCs) before the layout was ready, in MB. */
  heapBeforeMb: number;
  /** Settled heap with the built plugin alive, minus heapBeforeMb. */
  keptMb: number;
  /** Peak sampled heapUsed during the build (garbage included), minus heapBeforeMb; peak rss as sampled. */
  peakHeapMb: number;
  peakRssMb: number;
  /** The paths the plugin read, in its order. */
  read: Set<string>;
  /** The plugin's metadataCache "changed" handler: one changed note re-indexed. */
  changed: (path: string, text: string) => void;
  /** Unloads the plugin, as Obsidian does when it is turned off: its timers stopped, its index let go. */
  unload: () => void;
}

/** A fresh plugin over the vault: onload, layout ready, `indexer.ready` awaited. */
export async function buildIndexes(mainJs: string, dir: string, files: readonly VaultFile[]): Promise<BuildResult> {
  const read = new Set<string>();
  let lastRead = now();
  const disk = diskFiles(dir, files, (p) => {
    read.add(p);
    lastRead = now();
  });
  const h = host(fs.readFileSync(mainJs, "utf8"), disk);
  const plugin = h.newPlugin();
  await plugin.onload();
  if (!plugin.indexer) throw new Error("main.js: the plugin has no `indexer`");
  gc();
  const heapBeforeMb = process.memoryUsage().heapUsed / 1048576;
  const before = { reads: h.counters.reads, lists: h.counters.lists };
  const peak = new PeakSampler();
  peak.start();
  const start = now();
  for (const cb of h.obsidian.layoutReady.splice(0)) cb();
  await plugin.indexer.ready;
  const ms = msSince(start);
  // The heap is measured once the work after the build is done too: what the plugin keeps.
  await plugin.indexer.settled;
  const settleMs = msSince(start) - ms;
  peak.stop();
  gc();
  const keptMb = process.memoryUsage().heapUsed / 1048576 - heapBeforeMb;
  const onChanged = h.handlers.get("changed");
  if (!onChanged) throw new Error("main.js: no metadataCache 'changed' handler after layout ready");
  return {
    ms,
    settleMs,
    lastReadMs: Number(lastRead - start) / 1e6,
    reads: h.counters.reads - before.reads,
    lists: h.counters.lists - before.lists,
    heapBeforeMb,
    keptMb,
    peakHeapMb: peak.heapMb - heapBeforeMb,
    peakRssMb: peak.rssMb,
    read,
    changed: (p, text) => void onChanged({ path: p }, text, disk.cache?.(p) ?? null),
    unload: () => plugin.unload(),
  };
}

export interface ReadsResult {
  ms: number;
  reads: number;
  peakHeapMb: number;
}

/** The baseline: the same stub vault's `cachedRead` over the same files, 200 a chunk read together, a yield after each chunk. */
export async function readsAlone(dir: string, files: readonly VaultFile[], wanted: ReadonlySet<string>): Promise<ReadsResult> {
  const counters = newCounters();
  const vault = fakeObsidian({ files: diskFiles(dir, files), counters, missingExports: "throw" }).app.vault as unknown as { getMarkdownFiles(): { path: string }[]; cachedRead(file: { path: string }): Promise<string> };
  gc();
  const heapBefore = process.memoryUsage().heapUsed / 1048576;
  const peak = new PeakSampler();
  peak.start();
  const start = now();
  const all = vault.getMarkdownFiles();
  let chars = 0;
  for (let i = 0; i < all.length; i += 200) {
    const texts = await Promise.all(all.slice(i, i + 200).filter((f) => wanted.has(f.path)).map((f) => vault.cachedRead(f)));
    for (const t of texts) chars += t.length;
    await new Promise((resolve) => timers.setTimeout(resolve, 0));
  }
  const ms = msSince(start);
  peak.stop();
  if (chars === 0 && wanted.size > 0) throw new Error("read nothing");
  return { ms, reads: counters.reads, peakHeapMb: peak.heapMb - heapBefore };
}
