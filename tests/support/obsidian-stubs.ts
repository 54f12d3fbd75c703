/**
 * A stand-in for the `obsidian` module, simulating a phone, and a loader that runs the built
 * main.js in a vm context the way Obsidian mobile would: no Buffer, fs, process or Node
 * `require`, only a `require` that knows `obsidian`. Shared by the bundle tests
 * (tests/bundle/load-bundle.ts) and the onload bench (bench/onload.ts, bundled by esbuild for
 * Node), so it imports no test runner.
 *
 * Every vault call is counted (reads and lists apart) and so is every metadata cache look-up;
 * callbacks given to `workspace.onLayoutReady` wait in `layoutReady` until the caller runs them,
 * as Obsidian holds them until the layout is ready.
 */
import { clearInterval, clearTimeout, setTimeout } from "node:timers";
import vm from "node:vm";

export type Callback = (...args: unknown[]) => unknown;

/** What the plugin registered. */
export interface Calls {
  commands: { id: string; name: string }[];
  ribbonIcons: string[];
  settingTabs: unknown[];
  views: string[];
  events: unknown[];
  notices: string[];
}

export function newCalls(): Calls {
  return { commands: [], ribbonIcons: [], settingTabs: [], views: [], events: [], notices: [] };
}

export interface VaultCounters {
  /** Calls that read a note (read, cachedRead, readBinary, process). */
  reads: number;
  /** Calls that list the vault's files or folders. */
  lists: number;
  /** Metadata cache look-ups (per-file work, though not a read). */
  cacheLookups: number;
  /** Every vault call by name (adapter calls as `adapter.<name>`). */
  calls: Record<string, number>;
}

export function newCounters(): VaultCounters {
  return { reads: 0, lists: 0, cacheLookups: 0, calls: {} };
}

const READS = new Set(["read", "cachedRead", "readBinary", "process"]);
const LISTS = new Set(["getMarkdownFiles", "getFiles", "getAllLoadedFiles", "getAllFolders", "getRoot", "list"]);

/** The notes behind the fake vault. */
export interface FakeFiles {
  /** Every note's path, in the vault's order. */
  paths(): readonly string[];
  has(path: string): boolean;
  read(path: string): Promise<string>;
  /** Absent: a read-only vault (`process` hands back the edited text, `create` and `modify` refuse). */
  write?(path: string, text: string): void;
  /** What `metadataCache.getFileCache` gives for a note; null when absent. */
  cache?(path: string): unknown;
}

/** Notes in a Map, edited in place; `cache` gives their metadata cache entries. */
export function memoryFiles(files: Map<string, string>, cache?: (path: string) => unknown): FakeFiles {
  return {
    cache,
    paths: () => [...files.keys()],
    has: (path) => files.has(path),
    read: (path) => {
      const text = files.get(path);
      return text === undefined ? Promise.reject(new Error(`no file ${path}`)) : Promise.resolve(text);
    },
    write: (path, text) => void files.set(path, text),
  };
}

/** An object that accepts any call or chained property access (DOM elements, Setting builders). */
export function absorb(): unknown {
  const target = (() => undefined) as Callback;
  const proxy: unknown = new Proxy(target, {
    // Not thenable, so awaiting it does not hang.
    get: (_t, prop) => (prop === "then" || typeof prop === "symbol" ? undefined : proxy),
    apply: () => proxy,
  });
  return proxy;
}

/** Known members of `target`; anything else absorbs whatever is done with it. */
function lenient<T extends object>(target: T): T {
  return new Proxy(target, {
    get: (t, prop) => (typeof prop === "string" && prop in t ? (t as Record<string, unknown>)[prop] : absorb()),
  });
}

export interface FakeObsidianOptions {
  files: FakeFiles;
  /** Where registrations are recorded (a new record when absent). */
  calls?: Calls;
  /** Where vault calls are counted (new counters when absent). */
  counters?: VaultCounters;
  /**
   * An export the fake does not have: "throw" fails loudly, naming it (instead of as "Class
   * extends value undefined"); "stub" hands back a callable stand-in and notes its name in
   * `stubbed`.
   */
  missingExports: "throw" | "stub";
}

/** A stand-in for the parts of the `obsidian` module main.js touches, simulating a phone. */
export function fakeObsidian(options: FakeObsidianOptions) {
  const { files, missingExports } = options;
  const calls = options.calls ?? newCalls();
  const counters = options.counters ?? newCounters();
  const layoutReady: Callback[] = [];

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

  const count = (name: string): void => {
    counters.calls[name] = (counters.calls[name] ?? 0) + 1;
    if (READS.has(name)) counters.reads++;
    if (LISTS.has(name)) counters.lists++;
  };
  const fileAt = (path: string): TFile | null => (files.has(path) ? new TFile(path) : null);
  const read = (file: TFile): Promise<string> => files.read(file.path);
  const write = (path: string, text: string): Promise<void> =>
    files.write ? Promise.resolve(files.write(path, text)) : Promise.reject(new Error(`read-only vault: cannot write ${path}`));
  const vaultImpl: Record<string, unknown> = {
    getFileByPath: fileAt,
    getAbstractFileByPath: fileAt,
    getFolderByPath: () => null,
    getMarkdownFiles: () => files.paths().filter((p) => p.endsWith(".md")).map((p) => new TFile(p)),
    getFiles: () => files.paths().map((p) => new TFile(p)),
    getAllLoadedFiles: () => files.paths().map((p) => new TFile(p)),
    read,
    cachedRead: read,
    process: async (file: TFile, edit: (text: string) => string) => {
      const after = edit(await read(file));
      if (files.write) files.write(file.path, after);
      return after;
    },
    modify: (file: TFile, text: string) => write(file.path, text),
    create: async (path: string, text: string) => {
      if (files.has(path)) throw new Error(`${path} exists`);
      await write(path, text);
      return new TFile(path);
    },
    on: (name: string) => ({ name }),
    offref: () => undefined,
    // The vault's config folder: the plugin reads the Templates and Templater settings in it.
    configDir: ".obsidian",
    adapter: new Proxy(
      {},
      {
        get: (_t, prop) =>
          (...args: unknown[]) => {
            count(`adapter.${String(prop)}`);
            return Promise.reject(new Error(`adapter ${String(prop)} ${String(args[0])}`));
          },
      },
    ),
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
  const metadataCache = lenient<Record<string, Callback>>({
    getFileCache: (file) => (counters.cacheLookups++, files.cache?.((file as { path?: string } | null)?.path ?? "") ?? null),
    getCache: (path) => (counters.cacheLookups++, files.cache?.(String(path)) ?? null),
    on: (name) => ({ name }),
    offref: () => undefined,
    getFirstLinkpathDest: () => null,
  });
  // No note is open in an editor on this phone: edits go through vault.process.
  const workspace = lenient<Record<string, unknown>>({
    onLayoutReady: (cb: Callback) => void layoutReady.push(cb),
    getLeavesOfType: () => [],
    getActiveViewOfType: () => null,
    getActiveFile: () => null,
    on: (name: string) => ({ name }),
    layoutReady: false,
  });
  const app = { vault, workspace, metadataCache, fileManager: absorb(), plugins: absorb(), commands: absorb() };

  // As Obsidian's: what is registered is undone on unload (an interval left running would keep the process alive).
  class Component {
    private cleanups: Callback[] = [];
    register(cb: Callback): void {
      this.cleanups.push(cb);
    }
    registerEvent(ref: unknown): void {
      calls.events.push(ref);
    }
    registerDomEvent(): void {}
    registerInterval(id: number): number {
      this.cleanups.push(() => clearInterval(id));
      return id;
    }
    addChild<T>(child: T): T {
      return child;
    }
    load(): void {}
    onunload(): void {}
    unload(): void {
      this.onunload();
      for (const cleanup of this.cleanups.splice(0)) cleanup();
    }
  }
  class Plugin extends Component {
    private data: unknown = null;
    constructor(
      public app: unknown,
      public manifest: unknown,
    ) {
      super();
    }
    addCommand<T extends { id: string; name: string }>(command: T): T {
      calls.commands.push(command);
      return command;
    }
    addRibbonIcon(icon: string): unknown {
      calls.ribbonIcons.push(icon);
      return absorb();
    }
    addStatusBarItem(): unknown {
      return absorb();
    }
    addSettingTab(tab: unknown): void {
      calls.settingTabs.push(tab);
    }
    registerView(type: string): void {
      calls.views.push(type);
    }
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
  class PluginSettingTab {
    containerEl = absorb();
    constructor(
      public app: unknown,
      public plugin: unknown,
    ) {}
  }
  class ItemView extends Component {
    containerEl = absorb();
    contentEl = absorb();
    constructor(public leaf: unknown) {
      super();
    }
  }
  class MarkdownView extends ItemView {}
  class Modal {
    containerEl = absorb();
    contentEl = absorb();
    constructor(public app: unknown) {}
    open(): void {}
    close(): void {}
  }
  class SuggestModal extends Modal {
    setPlaceholder(): void {}
  }
  class FuzzySuggestModal extends SuggestModal {}
  class AbstractInputSuggest {
    constructor(public app: unknown) {}
  }
  class Notice {
    constructor(message: string) {
      calls.notices.push(message);
    }
    hide(): void {}
  }
  class Setting {
    constructor() {
      return absorb() as Setting;
    }
  }
  const Platform = {
    isDesktop: false,
    isMobile: true,
    isDesktopApp: false,
    isMobileApp: true,
    isIosApp: true,
    isAndroidApp: false,
    isPhone: true,
    isTablet: false,
  };
  const normalizePath = (path: string): string => path.replace(/\\/g, "/").replace(/\/+/g, "/").replace(/^\/|\/$/g, "");
  // Obsidian's getAllTags: the frontmatter's tags (`tags` or `tag`, a list or one value), with
  // a `#`, then the body's.
  const getAllTags = (cache: { frontmatter?: Record<string, unknown>; tags?: Array<{ tag: string }> } | null): string[] | null => {
    if (!cache) return null;
    const listed = cache.frontmatter?.tags ?? cache.frontmatter?.tag ?? [];
    const front = (Array.isArray(listed) ? listed : [listed]).filter((t): t is string => typeof t === "string").map((t) => (t.startsWith("#") ? t : `#${t}`));
    return [...front, ...(cache.tags ?? []).map((t) => t.tag)];
  };

  // Obsidian's debounce: `cb` runs `timeout` ms after the first call, or after the last with resetTimer.
  const debounce = (cb: (...args: unknown[]) => unknown, timeout = 0, resetTimer = false) => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    let last: unknown[] = [];
    const fire = (): unknown => {
      timer = null;
      return cb(...last);
    };
    const debounced = Object.assign(
      (...args: unknown[]) => {
        last = args;
        if (timer !== null && !resetTimer) return debounced;
        if (timer !== null) clearTimeout(timer);
        timer = setTimeout(fire, timeout);
        return debounced;
      },
      {
        cancel: () => {
          if (timer !== null) clearTimeout(timer);
          timer = null;
          return debounced;
        },
        run: () => {
          if (timer === null) return undefined;
          clearTimeout(timer);
          return fire();
        },
      },
    );
    return debounced;
  };

  const exports: Record<string, unknown> = {
    debounce,
    Component,
    Plugin,
    PluginSettingTab,
    ItemView,
    MarkdownView,
    Modal,
    SuggestModal,
    FuzzySuggestModal,
    AbstractInputSuggest,
    prepareFuzzySearch: () => () => null,
    Notice,
    Setting,
    Platform,
    TAbstractFile,
    TFile,
    TFolder,
    normalizePath,
    getAllTags,
  };
  const stubbed: string[] = [];
  const module = new Proxy(exports, {
    get(target, prop) {
      if (typeof prop === "symbol") return undefined;
      if (prop in target || prop === "__esModule" || prop === "default") return target[prop];
      if (missingExports === "throw") throw new Error(`The fake obsidian module (tests/support/obsidian-stubs.ts) has no "${prop}": add a stub.`);
      stubbed.push(prop);
      const stub = function Stub(): void {};
      target[prop] = stub;
      return stub;
    },
  });
  return { module, app, Plugin, calls, counters, layoutReady, stubbed };
}

export type FakeObsidian = ReturnType<typeof fakeObsidian>;

/**
 * Runs a bundle's source (main.js) in a fresh vm context with no Node globals, giving it
 * `obsidian` as its only module. `environment` is what `typeof` says of Buffer, process and
 * require in there.
 */
export function runBundle(source: string, obsidianModule: unknown, filename = "main.js"): { exports: Record<string, unknown>; environment: string } {
  const context = vm.createContext({ console, setTimeout, clearTimeout, setInterval, clearInterval });
  vm.runInContext("globalThis.window = globalThis; globalThis.activeWindow = globalThis;", context);
  const environment = String(vm.runInContext("[typeof Buffer, typeof process, typeof require].join()", context));
  if (environment !== "undefined,undefined,undefined") throw new Error(`the vm context leaks Node globals: ${environment}`);
  const wrapper = vm.runInContext(`(function (module, exports, require) {\n${source}\n})`, context, { filename }) as (
    m: { exports: Record<string, unknown> },
    e: unknown,
    r: (name: string) => unknown,
  ) => void;
  const mod = { exports: {} as Record<string, unknown> };
  wrapper(mod, mod.exports, (name) => {
    if (name === "obsidian") return obsidianModule;
    throw new Error(`${filename} required "${name}" at load time; Obsidian mobile has no such module.`);
  });
  return { exports: mod.exports, environment };
}
