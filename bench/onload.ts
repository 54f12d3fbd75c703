/**
 * The plugin's load with a whole vault behind it: the built main.js runs in a vm context the
 * way tests/bundle/mobile-load.test.ts loads it (no Buffer, fs, process or require; a fake
 * `obsidian` module), over a fake vault of every generated note. Every call that reads or lists
 * notes is counted: `onload` must make none; the indexes build once the layout is ready.
 */
import { fs, fsp, path, vm } from "./node";
import { median, msSince, now } from "./measure";

type Callback = (...args: unknown[]) => unknown;

/** An object that accepts any call or chained property access (DOM elements, Setting builders). */
function absorb(): unknown {
  const target = (() => undefined) as Callback;
  const proxy: unknown = new Proxy(target, {
    get: (_t, prop) => (prop === "then" || typeof prop === "symbol" ? undefined : proxy),
    apply: () => proxy,
    construct: () => proxy as object,
  });
  return proxy;
}

export interface VaultCounters {
  reads: number;
  lists: number;
  /** Metadata cache look-ups (per-file work, though not a read). */
  cacheLookups: number;
  calls: Record<string, number>;
}

interface FakeFile {
  path: string;
  kind: "person" | "meeting" | "project";
}

const READS = new Set(["read", "cachedRead", "readBinary", "process"]);
const LISTS = new Set(["getMarkdownFiles", "getFiles", "getAllLoadedFiles", "getAllFolders", "getRoot", "list"]);

function fakeObsidian(dir: string, files: readonly FakeFile[], counters: VaultCounters, layoutReady: Callback[]) {
  class TAbstractFile {
    constructor(public path: string) {}
    get name(): string {
      return this.path.slice(this.path.lastIndexOf("/") + 1);
    }
  }
  class TFile extends TAbstractFile {
    get basename(): string {
      return this.name.replace(/\.[^.]*$/, "");
    }
    get extension(): string {
      return this.name.slice(this.name.lastIndexOf(".") + 1);
    }
  }
  class TFolder extends TAbstractFile {
    children: TAbstractFile[] = [];
  }
  const kinds = new Map(files.map((f) => [f.path, f.kind]));
  const count = (name: string): void => {
    counters.calls[name] = (counters.calls[name] ?? 0) + 1;
    if (READS.has(name)) counters.reads++;
    if (LISTS.has(name)) counters.lists++;
  };
  const read = (file: TFile): Promise<string> => fsp.readFile(path.join(dir, file.path), "utf8");
  const vaultImpl: Record<string, unknown> = {
    getFileByPath: (p: string) => (kinds.has(p) ? new TFile(p) : null),
    getAbstractFileByPath: (p: string) => (kinds.has(p) ? new TFile(p) : null),
    getFolderByPath: () => null,
    getMarkdownFiles: () => files.map((f) => new TFile(f.path)),
    getFiles: () => files.map((f) => new TFile(f.path)),
    getAllLoadedFiles: () => files.map((f) => new TFile(f.path)),
    read,
    cachedRead: read,
    process: async (file: TFile, edit: (text: string) => string) => edit(await read(file)),
    on: (name: string) => ({ name }),
    offref: () => undefined,
    adapter: new Proxy({}, { get: (_t, prop) => (...args: unknown[]) => (count(`adapter.${String(prop)}`), Promise.reject(new Error(`adapter ${String(prop)} ${String(args[0])}`))) }),
  };
  const vault = new Proxy(vaultImpl, {
    get(target, prop) {
      if (typeof prop !== "string") return undefined;
      const value = target[prop];
      if (typeof value !== "function") return value ?? absorb();
      return (...args: unknown[]) => {
        count(prop);
        return (value as Callback)(...args);
      };
    },
  });
  const fileCache = (file: { path: string }): unknown => {
    const kind = kinds.get(file.path);
    if (kind === "person") return { frontmatter: { type: "people", tags: ["type/people"] } };
    if (kind === "meeting") return { frontmatter: { type: "meeting" }, listItems: [{ task: " " }] };
    if (kind === "project") return { frontmatter: { type: "project" }, listItems: [{ task: " " }] };
    return null;
  };
  const metadataImpl: Record<string, Callback> = {
    getFileCache: (file) => (counters.cacheLookups++, fileCache(file instanceof TAbstractFile ? file : { path: "" })),
    getCache: (p) => (counters.cacheLookups++, fileCache(new TFile(p as string))),
    on: (name) => ({ name }),
    offref: () => undefined,
    getFirstLinkpathDest: () => null,
  };
  const metadataCache = new Proxy(metadataImpl, {
    get: (target, prop) => (typeof prop === "string" && prop in target ? target[prop] : absorb()),
  });
  const workspaceImpl: Record<string, unknown> = {
    onLayoutReady: (cb: Callback) => void layoutReady.push(cb),
    getLeavesOfType: () => [],
    getActiveViewOfType: () => null,
    getActiveFile: () => null,
    on: (name: string) => ({ name }),
    layoutReady: false,
  };
  const workspace = new Proxy(workspaceImpl, {
    get: (target, prop) => (typeof prop === "string" && prop in target ? target[prop] : absorb()),
  });
  const app = { vault, workspace, metadataCache, fileManager: absorb(), plugins: absorb(), commands: absorb() };

  class Component {
    register(_cb: Callback): void {}
    registerEvent(_ref: unknown): void {}
    registerDomEvent(): void {}
    registerInterval(id: number): number {
      return id;
    }
    addChild<T>(child: T): T {
      return child;
    }
    load(): void {}
    unload(): void {}
  }
  class Plugin extends Component {
    private data: unknown = null;
    constructor(
      public app: unknown,
      public manifest: unknown,
    ) {
      super();
    }
    addCommand<T>(command: T): T {
      return command;
    }
    addRibbonIcon(): unknown {
      return absorb();
    }
    addStatusBarItem(): unknown {
      return absorb();
    }
    addSettingTab(): void {}
    registerView(): void {}
    registerMarkdownCodeBlockProcessor(): void {}
    registerMarkdownPostProcessor(): void {}
    registerEditorSuggest(): void {}
    registerObsidianProtocolHandler(): void {}
    registerHoverLinkSource(): void {}
    registerExtensions(): void {}
    loadData(): Promise<unknown> {
      return Promise.resolve(this.data);
    }
    saveData(data: unknown): Promise<void> {
      this.data = data;
      return Promise.resolve();
    }
  }
  class WithContainer {
    containerEl = absorb();
    contentEl = absorb();
    constructor(..._args: unknown[]) {}
  }
  class ItemView extends Component {
    containerEl = absorb();
    contentEl = absorb();
    constructor(public leaf: unknown) {
      super();
    }
  }
  class Notice {
    constructor(_message: string) {}
    hide(): void {}
  }
  class Setting {
    constructor() {
      return absorb() as Setting;
    }
  }
  const exports: Record<string, unknown> = {
    Component,
    Plugin,
    PluginSettingTab: WithContainer,
    Modal: WithContainer,
    SuggestModal: WithContainer,
    FuzzySuggestModal: WithContainer,
    ItemView,
    MarkdownView: class extends ItemView {},
    Notice,
    Setting,
    TAbstractFile,
    TFile,
    TFolder,
    Platform: { isDesktop: false, isMobile: true, isDesktopApp: false, isMobileApp: true, isIosApp: true, isAndroidApp: false, isPhone: true, isTablet: false },
    normalizePath: (p: string): string => p.replace(/\\/g, "/").replace(/\/+/g, "/").replace(/^\/|\/$/g, ""),
  };
  const stubbed: string[] = [];
  const module = new Proxy(exports, {
    get(target, prop) {
      if (typeof prop === "symbol") return undefined;
      if (prop in target || prop === "__esModule" || prop === "default") return target[prop];
      // An export this fake does not know: a constructible, callable stand-in, noted in the report.
      stubbed.push(prop);
      const stub = function Stub(): void {};
      target[prop] = stub;
      return stub;
    },
  });
  return { module, app, stubbed };
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
  const counters: VaultCounters = { reads: 0, lists: 0, cacheLookups: 0, calls: {} };
  const layoutReady: Callback[] = [];
  const obsidian = fakeObsidian(dir, files, counters, layoutReady);
  const context = vm.createContext({ console, setTimeout, clearTimeout, setInterval, clearInterval });
  vm.runInContext("globalThis.window = globalThis; globalThis.activeWindow = globalThis;", context);
  const environment = String(vm.runInContext("[typeof Buffer, typeof process, typeof require].join()", context));
  if (environment !== "undefined,undefined,undefined") throw new Error(`the vm context leaks Node globals: ${environment}`);
  const wrapper = vm.runInContext(`(function (module, exports, require) {\n${source}\n})`, context, { filename: "main.js" }) as (
    m: { exports: Record<string, unknown> },
    e: unknown,
    r: (name: string) => unknown,
  ) => void;
  const mod = { exports: {} as Record<string, unknown> };
  wrapper(mod, mod.exports, (name) => {
    if (name === "obsidian") return obsidian.module;
    throw new Error(`main.js required "${name}" at load time`);
  });
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
